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
import parley.testsupport.Playbooks;

/** Recovery of a save interrupted before and after its commit point (the journal written by hand). */
class TestSaveJournal {

	@TempDir
	Path tmp;

	@Test
	void committedJournalIsCompletedOnOpen() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.synthetic(dir, 40, 42);
		String newRoot = Files.readString(dir.resolve(PlaybookLayout.ROOT_FILE)).replace(open.playbook().getTitle(), "Renamed by a save that was interrupted");
		Path journal = parley.core.store.LocalState.file(dir, parley.core.store.LocalState.JOURNAL);
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
		OpenPlaybook open = Playbooks.synthetic(dir, 40, 42);
		Map<String, String> before = Fixtures.snapshot(dir);
		Path journal = parley.core.store.LocalState.file(dir, parley.core.store.LocalState.JOURNAL);
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
		OpenPlaybook open = Playbooks.synthetic(dir, 40, 42);
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

	@Test
	void openingNeverDiscardsTheJournalOfASaveInProgress() throws Exception {
		// Issue 11, defect 8: a reader ran the recovery without the lock and deleted the journal of a save
		// another process was making. Here the "other saver" holds the playbook's lock while its journal has
		// no commit file yet; an open must wait for it, then see the saved change.
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.synthetic(dir, 40, 42);
		String newRoot = Files.readString(dir.resolve(PlaybookLayout.ROOT_FILE)).replace(open.playbook().getTitle(), "Saved by the other writer");
		Path journal = parley.core.store.LocalState.file(dir, parley.core.store.LocalState.JOURNAL);
		java.util.concurrent.CountDownLatch journalWritten = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch readerWaiting = new java.util.concurrent.CountDownLatch(1);
		Thread writer = new Thread(() -> {
			try {
				parley.core.store.LocalState.locked(dir, () -> {
					Files.createDirectories(journal);
					Files.writeString(journal.resolve("0.tmp"), newRoot);
					journalWritten.countDown();
					try {
						readerWaiting.await();
					} catch (InterruptedException e) {
						throw new java.io.InterruptedIOException();
					}
					Files.writeString(journal.resolve("commit"), "0.tmp\t" + PlaybookLayout.ROOT_FILE + "\n");
					return null;
				});
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		writer.start();
		journalWritten.await();
		java.util.concurrent.atomic.AtomicReference<String> title = new java.util.concurrent.atomic.AtomicReference<>();
		Thread reader = new Thread(() -> {
			try {
				title.set(new XmiPlaybookStore().open(dir).playbook().getTitle());
			} catch (Exception e) {
				title.set(e.toString());
			}
		});
		reader.start();
		while (reader.getState() != Thread.State.WAITING && reader.getState() != Thread.State.TERMINATED) {
			Thread.onSpinWait();
		}
		assertEquals(Thread.State.WAITING, reader.getState(), "the reader waits for the save in progress");
		assertEquals(true, Files.exists(journal.resolve("0.tmp")), "the journal of the save in progress is kept");
		readerWaiting.countDown();
		writer.join();
		reader.join();
		assertEquals("Saved by the other writer", title.get());
	}
}
