package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.core.store.PlaybookStore;

/** Every command on the starter playbook and on bad input: output, files and exit codes. */
class TestCommands {

	@TempDir
	Path tmp;

	Path home;
	Path pb;

	@BeforeEach
	void init() {
		home = tmp.resolve("home");
		pb = tmp.resolve("pb");
		CliRun init = CliRun.run(home, tmp, "init", pb.toString());
		assertEquals(0, init.exitCode(), init.toString());
		assertTrue(init.out().contains("Created playbook"), init.out());
		assertTrue(PlaybookStore.isPlaybook(pb));
		assertTrue(java.nio.file.Files.isDirectory(pb.resolve(".git")), "a new playbook is a git repository");
	}

	private CliRun parley(String... args) {
		return CliRun.run(home, tmp, args);
	}

	private int lines(String out, String prefix) {
		return (int) out.lines().filter(l -> l.startsWith(prefix)).count();
	}

	@Test
	void listShowsTheStarterContentByType() {
		CliRun techniques = parley("list", "--type", "technique", "--playbook", pb.toString());
		assertEquals(0, techniques.exitCode(), techniques.toString());
		assertTrue(lines(techniques.out(), "technique ") >= 15, techniques.out());
		assertEquals(0, lines(techniques.out(), "phrase "));
		assertTrue(lines(parley("list", "--type", "phrases", "-p", pb.toString()).out(), "phrase ") >= 40);
		assertTrue(lines(parley("list", "--type", "scenario", "-p", pb.toString()).out(), "scenario ") >= 8);
	}

	@Test
	void listFiltersByTagAndStatusAndSpeaksJson() {
		CliRun json = parley("list", "--tag", "listening", "--status", "approved", "--json", "-p", pb.toString());
		assertEquals(0, json.exitCode(), json.toString());
		JsonArray array = JsonParser.parseString(json.out()).getAsJsonArray();
		assertFalse(array.isEmpty());
		for (var element : array) {
			JsonObject o = element.getAsJsonObject();
			assertEquals("approved", o.get("status").getAsString());
			assertTrue(o.get("tags").toString().contains("\"listening\""), o.toString());
			assertEquals(36, o.get("id").getAsString().length());
		}
	}

	@Test
	void playbookIsFoundFromTheWorkingDirectory() {
		CliRun run = CliRun.run(home, pb.resolve("techniques"), "stats");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains(pb.toString()), run.out());
	}

	@Test
	void withoutAPlaybookTheDefaultIsCreatedFromTheStarter() {
		CliRun run = parley("stats", "--json");
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(home.resolve("playbook").toString(), o.get("folder").getAsString());
		assertTrue(o.get("techniques").getAsInt() >= 15);
	}

	@Test
	void showPrintsAnEntryWithLinksByTitle() {
		CliRun run = parley("show", "Active listening", "-p", pb.toString());
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("Active listening\ntechnique"), run.out());
		assertTrue(run.out().contains("rationale:"));
		assertTrue(run.out().contains("sources:"));
		CliRun json = parley("show", "--json", "-p", pb.toString(), "Active", "listening");
		JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals("technique", o.get("type").getAsString());
		assertTrue(o.get("steps").getAsJsonArray().size() >= 3);
	}

	@Test
	void showReportsMissingAndAmbiguousEntries() {
		CliRun missing = parley("show", "no such entry", "-p", pb.toString());
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().contains("no entry matches 'no such entry'"), missing.err());
		assertEquals("", missing.out());
		CliRun ambiguous = parley("show", "customer", "-p", pb.toString());
		assertEquals(1, ambiguous.exitCode());
		assertTrue(ambiguous.err().contains("entries match 'customer'; be more specific"), ambiguous.err());
	}

	@Test
	void validatePassesOnTheStarterAndFailsOnBrokenContent() throws Exception {
		CliRun ok = parley("validate", "-p", pb.toString());
		assertEquals(0, ok.exitCode(), ok.toString());
		assertTrue(ok.out().contains("0 errors"), ok.out());

		// Break one avoid-phrase by hand: drop its replacement links.
		Path broken = null;
		try (var files = Files.walk(pb.resolve("phrases"))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file) && Files.readString(file).contains("<replacements ")) {
					broken = file;
					break;
				}
			}
		}
		Files.writeString(broken, Files.readString(broken).replaceAll("\\s*<replacements [^>]*/>", ""));
		CliRun bad = parley("validate", "--json", "-p", pb.toString());
		assertEquals(1, bad.exitCode(), bad.toString());
		JsonObject o = JsonParser.parseString(bad.out()).getAsJsonObject();
		assertTrue(o.get("errors").getAsInt() >= 1);
		assertTrue(bad.out().contains("avoid-without-replacement"), bad.out());
	}

	@Test
	void malformedFileIsNamedWithLine() throws Exception {
		Files.writeString(pb.resolve("playbook.xmi"), "<?xml version=\"1.0\"?>\n<parley:Playbook oops");
		CliRun run = parley("validate", "-p", pb.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("playbook.xmi:2"), run.err());
	}

	@Test
	void unknownCommandsAndOptionsAreUsageErrors() {
		CliRun command = parley("frobnicate");
		assertEquals(2, command.exitCode());
		assertTrue(command.err().contains("unknown command 'frobnicate'"), command.err());
		assertTrue(command.err().contains("Usage: parley"), command.err());
		assertEquals("", command.out());
		CliRun option = parley("list", "--colour");
		assertEquals(2, option.exitCode());
		assertTrue(option.err().contains("--colour"), option.err());
		CliRun type = parley("list", "--type", "widget", "-p", pb.toString());
		assertEquals(2, type.exitCode());
		assertTrue(type.err().contains("unknown --type 'widget'"), type.err());
		assertEquals(2, parley().exitCode(), "no command is a usage error");
	}

	@Test
	void helpListsTheCommands() {
		CliRun help = parley("--help");
		assertEquals(0, help.exitCode());
		for (String command : new String[] { "init", "list", "show", "validate", "stats" }) {
			assertTrue(help.out().contains("  " + command + " "), command);
		}
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : new String[] { "init", "list", "show", "validate", "stats", "search", "suggest", "similar", "check",
				"duplicates", "reindex", "export", "bench" }) {
			CliRun help = parley(command, "--help");
			assertEquals(0, help.exitCode(), command + ": " + help);
			assertTrue(help.out().startsWith("Usage: parley " + command), help.out());
		}
	}

	@Test
	void benchWithoutTheBenchBundleSaysBenchmarksAreNotInstalled() {
		// The command line does not require parley.bench, and this test runtime does not have it.
		for (String benchmark : new String[] { "store", "search", "vcs", "publish" }) {
			CliRun run = parley("bench", benchmark, "--entities", "200", "--json");
			assertEquals(1, run.exitCode(), run.toString());
			assertTrue(run.err().contains("benchmarks are not installed in this product"), run.err());
			assertEquals("", run.out());
		}
	}

	@Test
	void initRefusesAnExistingPlaybookAndCanStartEmpty() {
		CliRun again = parley("init", pb.toString());
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("already holds a playbook"), again.err());
		Path empty = tmp.resolve("empty");
		CliRun run = parley("init", "--empty", "--title", "Night shift", empty.toString());
		assertEquals(0, run.exitCode(), run.toString());
		CliRun stats = parley("stats", "--json", "-p", empty.toString());
		JsonObject o = JsonParser.parseString(stats.out()).getAsJsonObject();
		assertEquals("Night shift", o.get("playbook").getAsString());
		assertEquals(0, o.get("techniques").getAsInt());
	}
}
