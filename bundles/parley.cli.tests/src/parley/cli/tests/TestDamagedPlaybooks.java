package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import parley.testsupport.Folders;
import parley.testsupport.Git;

/**
 * Playbooks and repositories damaged outside Parley (issue 11, item 14): every command ends with one clear
 * message naming the file (and line) and what to do, exit 1, never a stack trace; nothing is saved as a
 * version on the basis of a damaged folder, and the advice given works.
 */
class TestDamagedPlaybooks extends StarterCliTest {

	private static final Git ANA = Git.as("Ana", "ana@example.org");

	private static String git(Path dir, String... args) {
		return ANA.run(dir, args).strip();
	}

	private void commit(String message) {
		CliRun run = parley("commit", "-m", message, "--author", "Ana <ana@example.org>");
		assertEquals(0, run.exitCode(), run.toString());
	}

	private static void assertOneClearFailure(CliRun run) {
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("parley: "), run.err());
		assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
	}

	@Test
	void bytesThatAreNotUtf8AreNamedWithFileAndLineByValidateAndCommit() throws Exception {
		commit("Starter");
		String head = git(pb, "rev-parse", "HEAD");
		Path shard = pb.resolve("techniques/0.xmi");
		String text = Files.readString(shard);
		int at = text.indexOf("title=\"") + "title=\"".length(); // on line 3, the first entry
		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		broken.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
		broken.write(new byte[] { 'C', 'a', 'f', (byte) 0xE9, ' ' }); // "Café " saved as Windows-1252
		broken.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
		Files.write(shard, broken.toByteArray());

		CliRun validate = parley("validate");
		assertOneClearFailure(validate);
		assertTrue(validate.err().contains("techniques/0.xmi:3:") && validate.err().contains("not valid UTF-8")
				&& validate.err().contains("save it as UTF-8")
				&& validate.err().contains("git checkout -- techniques/0.xmi"), validate.err());

		CliRun commit = parley("commit", "-m", "Café", "--author", "Ana <ana@example.org>");
		assertOneClearFailure(commit);
		assertTrue(commit.err().contains("techniques/0.xmi:3:"), commit.err());
		assertEquals(head, git(pb, "rev-parse", "HEAD"), "no version was saved");

		git(pb, "checkout", "--", "techniques/0.xmi"); // the advice works
		assertEquals(0, parley("validate").exitCode());
	}

	@Test
	void anEntryFolderReplacedByAFileIsOneProblemAndNothingIsSavedAsAVersion() throws Exception {
		commit("Starter");
		String head = git(pb, "rev-parse", "HEAD");
		Folders.deleteRecursively(pb.resolve("techniques"));
		Files.writeString(pb.resolve("techniques"), "notes about techniques\n");

		CliRun validate = parley("validate");
		assertOneClearFailure(validate);
		assertTrue(validate.err().contains("techniques: is a file, not a folder"), validate.err());
		assertEquals(1, validate.err().lines().filter(l -> l.startsWith("  ")).count(), "one problem: " + validate.err());
		assertFalse(validate.err().contains("dangling") || validate.err().contains("points to nothing"), validate.err());

		CliRun commit = parley("commit", "-m", "Tidy up", "--author", "Ana <ana@example.org>");
		assertOneClearFailure(commit);
		assertTrue(commit.err().contains("techniques: is a file, not a folder"), commit.err());
		assertEquals(head, git(pb, "rev-parse", "HEAD"), "no version deleting every technique was saved");
		assertFalse(git(pb, "ls-tree", "--name-only", "HEAD", "techniques/").isEmpty());

		Files.move(pb.resolve("techniques"), pb.resolve("techniques.moved")); // the advice works
		git(pb, "checkout", "--", "techniques");
		assertEquals(0, parley("validate").exitCode());
	}

	@Test
	void aFolderWithoutAPlaybookSaysHowToMakeOne() throws Exception {
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		CliRun run = CliRun.run(home, tmp, "stats", "--playbook", empty.toString());
		assertOneClearFailure(run);
		assertTrue(run.err().contains("has no playbook.xmi") && run.err().contains("parley init " + empty)
				&& run.err().contains("--playbook"), "the command line adds its own next step: " + run.err());
		CliRun missing = CliRun.run(home, tmp, "stats", "--playbook", tmp.resolve("nowhere").toString());
		assertOneClearFailure(missing);
		assertTrue(missing.err().contains("does not exist") && missing.err().contains("parley init "), missing.err());
	}

	@Test
	void aMissingPlaybookFileIsExplainedWithAdviceThatWorks() throws Exception {
		commit("Starter");
		Files.delete(pb.resolve("playbook.xmi"));
		boolean hadDefault = Files.exists(home.resolve("playbook"));

		CliRun inside = parley("validate"); // from inside the folder: not passed over for the default playbook
		assertOneClearFailure(inside);
		assertTrue(inside.err().contains("playbook.xmi") && inside.err().contains("is missing")
				&& inside.err().contains("git checkout -- playbook.xmi"), inside.err());
		assertFalse(inside.err().contains("parley init " + pb), "init would not help here: " + inside.err());
		assertEquals(hadDefault, Files.exists(home.resolve("playbook")), "the default playbook is not used instead");

		CliRun explicit = CliRun.run(home, tmp, "stats", "--playbook", pb.toString());
		assertOneClearFailure(explicit);
		assertTrue(explicit.err().contains("git checkout -- playbook.xmi"), explicit.err());

		List<String> before = files(pb);
		CliRun init = CliRun.run(home, tmp, "init", pb.toString());
		assertOneClearFailure(init);
		assertTrue(init.err().contains("git checkout -- playbook.xmi"), init.err());
		assertEquals(before, files(pb), "init changed nothing");

		git(pb, "checkout", "--", "playbook.xmi"); // the advice works
		assertEquals(0, parley("validate").exitCode());
	}

	@Test
	void damagedVersionHistoryIsOneLineNotAStackTrace() throws Exception {
		commit("Starter");
		Files.writeString(pb.resolve("synonyms.txt"), "\nhullabaloo, commotion\n", java.nio.file.StandardOpenOption.APPEND);
		commit("More synonyms");
		String first = git(pb, "rev-parse", "HEAD~1");
		Files.delete(pb.resolve(".git/objects/" + first.substring(0, 2) + "/" + first.substring(2)));

		CliRun history = parley("history");
		assertOneClearFailure(history);
		assertEquals(1, history.err().lines().count(), history.err());
		assertTrue(history.err().contains("version history") && history.err().contains("damaged")
				&& history.err().contains(first), history.err());
		assertEquals(0, parley("validate").exitCode(), "the playbook itself still opens");
	}

	private static List<String> files(Path dir) throws Exception {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(p -> !p.startsWith(dir.resolve(".git"))).map(p -> dir.relativize(p) + "@" + p.toFile().length())
					.sorted().toList();
		}
	}
}
