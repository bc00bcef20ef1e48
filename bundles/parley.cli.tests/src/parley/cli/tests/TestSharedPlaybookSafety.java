package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import parley.testsupport.Git;

/**
 * The command line on a shared playbook someone has tampered with (a committed journal and a symbolic link
 * pushed with plain git): {@code clone} and {@code sync} refuse it, say what they refused and change
 * nothing; the commands that follow work on the playbook as it was.
 */
class TestSharedPlaybookSafety extends StarterCliTest {

	private static final Git MALLORY = Git.as("Mallory", "m@example.org");

	private static String git(Path dir, String... args) {
		return MALLORY.run(dir, args);
	}

	@Test
	void cloneAndSyncRefuseATamperedPlaybookAndSaySo() throws Exception {
		Path outside = Files.createDirectories(tmp.resolve("outside"));
		Path victimFile = Files.writeString(outside.resolve("notes.txt"), "mine\n");
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		Path bare = tmp.resolve("shared.git");
		Git.bareClone(pb, bare);
		Path ana = tmp.resolve("ana");
		CliRun relative = CliRun.run(home, tmp, "clone", "shared.git", "ana"); // paths relative to the working folder
		assertEquals(0, relative.exitCode(), relative.toString());

		// Mallory pushes a journal that would overwrite a file outside, and a link to it.
		Path mallory = tmp.resolve("mallory");
		git(tmp, "clone", "-q", bare.toString(), mallory.toString());
		Files.createDirectories(mallory.resolve(".parley/journal"));
		Files.writeString(mallory.resolve(".parley/journal/0.tmp"), "overwritten\n");
		Files.writeString(mallory.resolve(".parley/journal/commit"), "0.tmp\t" + victimFile + "\n");
		Files.createSymbolicLink(mallory.resolve("techniques/e.xmi"), victimFile);
		git(mallory, "add", "-f", ".parley", "techniques/e.xmi");
		git(mallory, "commit", "-q", "--no-verify", "-m", "Tidy up");
		git(mallory, "push", "-q", "origin", "main");

		CliRun clone = CliRun.run(home, tmp, "clone", bare.toString(), tmp.resolve("bob").toString());
		assertEquals(1, clone.exitCode(), clone.toString());
		assertTrue(clone.err().contains(".parley/journal/commit: is Parley's local state"), clone.err());
		assertTrue(clone.err().contains("techniques/e.xmi: is a symbolic link"), clone.err());
		assertTrue(clone.err().contains("Nothing was cloned"), clone.err());
		assertFalse(clone.err().contains("\tat "), "no stack trace");
		assertFalse(Files.exists(tmp.resolve("bob")));

		String head = git(ana, "rev-parse", "HEAD");
		CliRun sync = CliRun.run(home, ana, "sync");
		assertEquals(1, sync.exitCode(), sync.toString());
		assertTrue(sync.err().contains("Mallory") && sync.err().contains("techniques/e.xmi"), sync.err());
		assertEquals(head, git(ana, "rev-parse", "HEAD"));
		assertEquals(0, CliRun.run(home, ana, "validate").exitCode());
		assertEquals(0, CliRun.run(home, ana, "search", "listening").exitCode());
		assertEquals("mine\n", Files.readString(victimFile));
		assertFalse(Files.exists(ana.resolve(".parley")), "the clone keeps its own state inside .git");
	}
}
