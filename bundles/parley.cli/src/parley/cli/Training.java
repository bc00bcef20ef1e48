package parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run the launcher records its AOT cache from ({@code java -XX:AOTCacheOutput=... parley.cli.Training}): the
 * everyday commands on a fresh copy of the starter playbook in a temporary folder, in one JVM, so the cache
 * holds the classes they load (picocli's model, EMF, the store, Lucene, JGit) and not only those of
 * {@code --version}. Nothing outside the temporary folder is touched; it is deleted at the end.
 */
public final class Training {

	private Training() {
	}

	public static void main(String[] args) throws IOException {
		run(); // a command that fails still leaves its classes in the cache
	}

	/** Runs the training; returns how many of its commands failed (none, unless the command line broke). */
	static int run() throws IOException {
		int failed = 0;
		Path dir = Files.createTempDirectory("parley-training");
		try {
			Path pb = dir.resolve("playbook");
			Map<String, String> env = Map.of("PARLEY_HOME", dir.resolve("home").toString(), "PARLEY_AUTHOR",
					"Parley <training@localhost>");
			List<List<String>> commands = List.of(List.of("init", pb.toString()), List.of("stats"),
					List.of("validate"), List.of("list"), List.of("show", "Active listening"),
					List.of("search", "angry", "caller"), List.of("commit", "-m", "Training"), List.of("history"),
					List.of("set", "Active listening", "summary", "Edited."), List.of("diff"), List.of("--version"));
			for (List<String> command : commands) {
				PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
				if (new ParleyCli(nowhere, nowhere, env, Files.isDirectory(pb) ? pb : dir)
						.run(command.toArray(String[]::new)) != ParleyCli.OK) {
					failed++;
				}
			}
			return failed;
		} finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
