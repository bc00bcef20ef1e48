package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import parley.core.store.LocalState;

/**
 * The command line words its own hints for versioning failures, from their type ({@code parley.vcs} names no
 * command or option): a merge in progress, a damaged merge file, a version that does not exist, a blank
 * message.
 */
class TestVersioningHints extends StarterCliTest {

	private void commitStarter() {
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "A <a@b.c>").exitCode());
	}

	@Test
	void aMergeInProgressNamesTheCommandsThatSettleIt() throws Exception {
		commitStarter();
		Path merge = LocalState.file(pb, LocalState.MERGE);
		Files.writeString(merge, """
				[{"id": "some-id", "title": "Technique 'T'", "field": "summary", "base": "b", "mine": "m", "theirs": "t"}]
				""");
		CliRun commit = parley("commit", "-m", "Too early", "--author", "A <a@b.c>");
		assertEquals(1, commit.exitCode(), commit.toString());
		assertTrue(commit.err().contains("see 'parley conflicts', then 'parley resolve', then 'parley commit'"), commit.err());
		assertEquals(1, commit.err().lines().count(), "no cause repeated: " + commit.err());

		Files.writeString(merge, "[null]");
		CliRun conflicts = parley("conflicts");
		assertEquals(1, conflicts.exitCode(), conflicts.toString());
		assertTrue(conflicts.err().contains(merge.toString()) && conflicts.err().contains("conflict 1 is empty"),
				conflicts.err());
		assertTrue(conflicts.err().contains("'parley sync --abort'"), conflicts.err());
		assertEquals(0, parley("sync", "--abort").exitCode());
		assertEquals("No conflicts.\n", parley("conflicts").out());
	}

	@Test
	void aMissingVersionAndABlankMessageNameTheirOptions() {
		commitStarter();
		CliRun unknown = parley("restore", "--from", "v9");
		assertEquals(1, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("There is no version 'v9'; use a commit id from 'parley history'"), unknown.err());
		CliRun blank = parley("commit", "-m", " ", "--author", "A <a@b.c>");
		assertEquals(1, blank.exitCode(), blank.toString());
		assertTrue(blank.err().contains("A version needs a message saying what changed; give one with -m."), blank.err());
	}
}
