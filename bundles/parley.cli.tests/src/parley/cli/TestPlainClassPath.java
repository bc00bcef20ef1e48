package parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain class path the launcher runs commands on (issue 15): the framework lists every bundle the command
 * line is wired to, and a command run in a separate JVM on that class path alone ({@link Main}, no OSGi) gives
 * the same answer as inside the framework.
 */
class TestPlainClassPath {

	@TempDir
	Path tmp;

	@Test
	void eachGroupsAotTrainingRunsItsCommandsAndLeavesNothingBehind() throws Exception {
		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		java.util.function.Supplier<List<Path>> leftovers = () -> {
			try (var list = Files.list(temp)) {
				return list.filter(p -> p.getFileName().toString().startsWith("parley-training")).toList();
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		};
		List<Path> before = leftovers.get();
		for (Training.Group group : Training.Group.values()) {
			assertEquals(0, Training.run(group), "every training command of " + group + " succeeds");
		}
		assertEquals(before, leftovers.get(), "the training's temporary playbook is deleted");
	}

	/** The launcher picks a command's AOT cache by the same groups as the training records them. */
	@Test
	void theLauncherGroupsCommandsAsTheTrainingDoes() throws Exception {
		Path launcher = Path.of("../../features/parley.feature/rootfiles/parley");
		assertTrue(Files.isRegularFile(launcher), "run from the test bundle's folder: " + launcher.toAbsolutePath());
		Map<String, String> inLauncher = new java.util.TreeMap<>();
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^\\s+([a-z|]+)\\) group=([a-z]+) ;;$")
				.matcher(Files.readString(launcher));
		while (line.find()) {
			for (String command : line.group(1).split("\\|")) {
				inLauncher.put(command, line.group(2));
			}
		}
		Map<String, String> inTraining = new java.util.TreeMap<>();
		for (Training.Group group : Training.Group.values()) {
			group.serves().forEach(command -> inTraining.put(command, group.name().toLowerCase(java.util.Locale.ROOT)));
		}
		assertEquals(inTraining, inLauncher);

		CliContext context = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
				Map.of("PARLEY_HOME", tmp.toString()), tmp);
		picocli.CommandLine root = new picocli.CommandLine(parley.cli.commands.RootCommand.class,
				new parley.cli.commands.CommandFactory(context));
		parley.cli.commands.RootCommand.addSubcommands(root, new String[0]);
		assertTrue(root.getSubcommands().keySet().containsAll(inTraining.keySet()),
				"every grouped name is a command: " + inTraining.keySet());
	}

	@Test
	void versionAloneIsAnsweredAsPicocliWouldAnswerIt() {
		StringWriter fast = new StringWriter();
		StringWriter parsed = new StringWriter();
		Map<String, String> env = Map.of("PARLEY_HOME", tmp.toString());
		assertEquals(0, new ParleyCli(new PrintWriter(fast), new PrintWriter(new StringWriter()), env, tmp).run("--version"));
		assertEquals(0, new ParleyCli(new PrintWriter(parsed), new PrintWriter(new StringWriter()), env, tmp)
				.run("-p", tmp.toString(), "--version"));
		assertEquals("Parley 0.1.0", fast.toString().strip());
		assertEquals(parsed.toString(), fast.toString());
		StringWriter shortForm = new StringWriter();
		assertEquals(0, new ParleyCli(new PrintWriter(shortForm), new PrintWriter(new StringWriter()), env, tmp).run("-V"));
		assertEquals(fast.toString(), shortForm.toString());
	}

	@Test
	void aCommandOnTheListedClassPathAnswersAsInTheFramework() throws Exception {
		Path file = tmp.resolve("cli.classpath");
		assertTrue(CliClassPath.write(file), "the tests run in OSGi");
		List<String> entries = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertTrue(entries.get(0).contains("parley.cli"), "parley.cli comes first: " + entries.get(0));
		for (String entry : entries) {
			assertTrue(Files.exists(Path.of(entry)), entry);
			if (entry.endsWith(".jar")) {
				try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(entry)) {
					assertTrue(jar.stream().noneMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")),
							"signed jars are listed as unsigned copies: " + entry);
				}
			}
		}
		assertTrue(entries.stream().anyMatch(e -> e.startsWith(tmp.resolve("cli.jars").toString())),
				"the Eclipse jars are signed, so some copies were made");
		// slf4j's provider is found through ServiceLoader, not wired (the test runtime names jars as Maven does)
		for (String needed : List.of("picocli", "emf.ecore", "parley.core", "parley.search", "lucene-core", "nop")) {
			assertTrue(entries.stream().anyMatch(e -> e.contains(needed)), needed + " is listed: " + entries);
		}

		Path home = tmp.resolve("home");
		Path pb = tmp.resolve("pb");
		StringWriter inside = new StringWriter();
		ParleyCli cli = new ParleyCli(new PrintWriter(inside), new PrintWriter(new StringWriter()),
				Map.of("PARLEY_HOME", home.toString()), tmp);
		assertEquals(0, cli.run("init", pb.toString()));
		inside.getBuffer().setLength(0);
		assertEquals(0, new ParleyCli(new PrintWriter(inside), new PrintWriter(new StringWriter()),
				Map.of("PARLEY_HOME", home.toString()), pb).run("stats"));

		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", String.join(File.pathSeparator, entries),
				"-Dparley.cwd=" + pb, Main.class.getName(), "stats"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(tmp.resolve("err.txt").toFile())
				.redirectOutput(tmp.resolve("out.txt").toFile());
		builder.environment().put("PARLEY_HOME", home.toString());
		Process process = builder.start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command finished");
		String err = Files.readString(tmp.resolve("err.txt"));
		assertEquals(0, process.exitValue(), err);
		assertEquals(inside.toString().replace("\r\n", "\n"), Files.readString(tmp.resolve("out.txt")), err);
	}
}
