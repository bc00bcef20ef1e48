package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.XmiPlaybookStore;

/** Recovery of a save interrupted before and after its commit point (the journal written by hand). */
class TestSaveJournal {

	@TempDir
	Path tmp;

	@Test
	void committedJournalIsCompletedOnOpen() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Fixtures.generated(dir, 40);
		String newRoot = Files.readString(dir.resolve(PlaybookLayout.ROOT_FILE)).replace(open.playbook().getTitle(), "Renamed by a save that was interrupted");
		Path journal = dir.resolve(".parley/journal");
		Files.createDirectories(journal);
		Files.writeString(journal.resolve("0.tmp"), newRoot);
		Files.writeString(journal.resolve("commit"), "0.tmp\t" + PlaybookLayout.ROOT_FILE + "\n");

		OpenPlaybook reopened = new XmiPlaybookStore().open(dir);
		assertEquals("Renamed by a save that was interrupted", reopened.playbook().getTitle());
		assertFalse(Files.exists(journal.resolve("commit")));
		assertFalse(Files.exists(journal.resolve("0.tmp")));
	}

	@Test
	void uncommittedJournalIsDiscarded() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Fixtures.generated(dir, 40);
		Map<String, String> before = Fixtures.snapshot(dir);
		Path journal = dir.resolve(".parley/journal");
		Files.createDirectories(journal);
		Files.writeString(journal.resolve("0.tmp"), "<half a file");
		Files.writeString(journal.resolve("plan.tmp"), "0.tmp\tplaybook.xmi\n");

		OpenPlaybook reopened = new XmiPlaybookStore().open(dir);
		assertEquals(open.playbook().getTitle(), reopened.playbook().getTitle());
		assertEquals(before, Fixtures.snapshot(dir));
		assertFalse(Files.exists(journal.resolve("0.tmp")));
	}

	@Test
	void journalDeletesFilesOfEmptiedShards() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Fixtures.generated(dir, 40);
		var audience = open.playbook().getAudiences().get(0);
		String shard = PlaybookLayout.shardPath(PlaybookLayout.kindOf(audience.eClass()), audience);
		for (var list : java.util.List.of(open.playbook().getTechniques(), open.playbook().getPhrases(),
				open.playbook().getScenarios(), open.playbook().getSources())) {
			for (var entry : list) {
				((parley.model.playbook.Entry) entry).getAudiences().clear();
			}
		}
		open.playbook().getAudiences().clear();
		open.save();
		assertFalse(Files.exists(dir.resolve(shard)), "an emptied shard file is removed");
	}
}
