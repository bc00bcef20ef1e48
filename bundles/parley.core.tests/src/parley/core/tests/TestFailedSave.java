package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Technique;
import parley.testsupport.Folders;
import parley.testsupport.Playbooks;

/**
 * A save that fails (a full disk, a folder that cannot be written; here the journal's place is taken by a
 * file) keeps the session's changes, so saving again once the cause is gone writes them; and a playbook with
 * no interrupted save opens without taking the lock (found by the fault matrix, docs/RELIABILITY.md).
 */
class TestFailedSave {

	@TempDir
	Path tmp;

	@Test
	void aFailedSaveKeepsItsChangesForTheNextSave() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.starter(dir);
		Technique first = open.playbook().getTechniques().get(0);
		open.playbook().setDescription("Saved once");
		open.save(); // the journal folder exists from now on, as after any save
		Path journal = LocalState.file(dir, LocalState.JOURNAL);
		Folders.deleteRecursively(journal);
		Files.writeString(journal, "in the way");
		Map<String, String> before = Fixtures.snapshot(dir);

		first.setSummary("Changed before a save that fails");
		open.playbook().setTitle("Retitled before a save that fails");
		StoreException failed = assertThrows(StoreException.class, open::save);
		assertTrue(failed.getMessage().contains("The previous version on disk is intact"), failed.getMessage());
		assertEquals(before, Fixtures.snapshot(dir), "a failed save writes nothing");

		Files.delete(journal);
		open.save();
		OpenPlaybook reopened = new XmiPlaybookStore().open(dir);
		assertEquals("Retitled before a save that fails", reopened.playbook().getTitle());
		assertEquals("Changed before a save that fails", reopened.playbook().getTechniques().stream()
				.filter(t -> t.getId().equals(first.getId())).findFirst().orElseThrow().getSummary(),
				"the second save wrote what the failed one could not");
	}

	@Test
	void aPlaybookWithoutAnInterruptedSaveOpensWithoutTheLock() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.starter(dir);
		open.playbook().setTitle("Saved once");
		open.save();
		assertTrue(Files.isDirectory(LocalState.file(dir, LocalState.JOURNAL)), "the journal folder stays after a save");
		// the lock cannot be taken (as in a folder that cannot be written): reading must not need it
		Path lock = LocalState.file(dir, LocalState.LOCK);
		Files.deleteIfExists(lock);
		Files.createDirectory(lock);

		assertEquals("Saved once", new XmiPlaybookStore().open(dir).playbook().getTitle());

		Files.writeString(LocalState.file(dir, LocalState.JOURNAL).resolve("0.tmp"), "<half a file");
		StoreException interrupted = assertThrows(StoreException.class, () -> new XmiPlaybookStore().open(dir));
		assertTrue(interrupted.getMessage().contains(LocalState.dir(dir).toString()), interrupted.getMessage());
	}
}
