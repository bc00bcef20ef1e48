package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parley.testsupport.Git.git;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Technique;
import parley.testsupport.SharedPlaybook;
import parley.vcs.Author;
import parley.vcs.Conflict;
import parley.vcs.PlaybookRepository;
import parley.vcs.SyncResult;
import parley.vcs.VcsException;

/**
 * Issue 11, defects 9-12: sync keeps every versioned file (not only the model), edit stamps never conflict,
 * a lock left by a killed git process does not block the next version, and restoring a whole version is
 * one journaled write.
 */
class TestSyncKeepsEverything {

	@TempDir
	Path tmp;

	SharedPlaybook team;
	Author ana = new Author("Ana", "ana@example.org");
	Author ben = new Author("Ben", "ben@example.org");

	@BeforeEach
	void shareTheStarter() throws Exception {
		team = SharedPlaybook.starter(tmp, ana);
	}

	private static Technique first(Path pb) throws Exception {
		return new XmiPlaybookStore().open(pb).playbook().getTechniques().get(0);
	}

	@Test
	void filesOutsideTheModelAreMergedLineByLine() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		Files.writeString(a.resolve("synonyms.txt"), Files.readString(a.resolve("synonyms.txt")) + "irate, furious, livid\n");
		Files.writeString(a.resolve("team-notes.txt"), "Ana's notes\n");
		OpenPlaybook open = new XmiPlaybookStore().open(b);
		open.playbook().getTechniques().get(0).setTitle("Ben's title");
		open.save();
		assertEquals(SyncResult.Outcome.PUSHED, SharedPlaybook.commitAndSync(a, "More synonyms", ana).outcome());
		assertEquals(SyncResult.Outcome.MERGED, SharedPlaybook.commitAndSync(b, "A title", ben).outcome());
		assertTrue(Files.readString(b.resolve("synonyms.txt")).contains("irate, furious, livid"), "the merge keeps their line");
		assertEquals("Ana's notes\n", Files.readString(b.resolve("team-notes.txt")));
		assertTrue(git(b, "show", "HEAD:synonyms.txt").contains("irate, furious, livid"), "and versions it");
		try (PlaybookRepository repo = PlaybookRepository.open(a)) {
			assertEquals(SyncResult.Outcome.PULLED, repo.sync("origin", ana).outcome());
		}
		assertTrue(Files.readString(a.resolve("synonyms.txt")).contains("irate, furious, livid"), "and the next sync keeps it");
		assertEquals("Ben's title", first(a).getTitle());
	}

	@Test
	void bothChangingTheSameLinesOfAFileIsAConflictSettledLikeAField() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		Files.writeString(a.resolve("team-notes.txt"), "Ana wrote this\n");
		Files.writeString(b.resolve("team-notes.txt"), "Ben wrote that\n");
		OpenPlaybook open = new XmiPlaybookStore().open(b);
		open.playbook().getTechniques().get(1).setTitle("Ben's other title");
		open.save();
		assertEquals(SyncResult.Outcome.PUSHED, SharedPlaybook.commitAndSync(a, "Ana's notes", ana).outcome());
		SyncResult result = SharedPlaybook.commitAndSync(b, "Ben's notes", ben);
		assertEquals(SyncResult.Outcome.CONFLICTS, result.outcome());
		Conflict conflict = result.conflicts().stream().filter(c -> c.id().equals("team-notes.txt")).findFirst().orElseThrow();
		assertEquals("Ana wrote this\n", conflict.theirs());
		assertEquals("Ben wrote that\n", conflict.mine());
		assertEquals("Ben wrote that\n", Files.readString(b.resolve("team-notes.txt")), "mine stays until settled");
		try (PlaybookRepository repo = PlaybookRepository.open(b)) {
			assertEquals(0, repo.resolve("team-notes.txt", conflict.field(), PlaybookRepository.Choice.THEIRS, null));
			repo.commit("Merge", ben);
		}
		assertEquals("Ana wrote this\n", Files.readString(b.resolve("team-notes.txt")));
		assertEquals("Ana wrote this\n", git(b, "show", "HEAD:team-notes.txt"));
	}

	@Test
	void editsToDifferentFieldsOfOneEntryDoNotConflictOnTheirStamps() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		Instant anaTime = Instant.parse("2026-12-01T10:00:00Z");
		Instant benTime = Instant.parse("2026-12-01T11:30:00Z");
		OpenPlaybook pa = new XmiPlaybookStore().open(a);
		pa.playbook().getTechniques().get(0).setTitle("Ana's title");
		pa.playbook().getTechniques().get(0).setModified(anaTime);
		pa.save();
		OpenPlaybook pb = new XmiPlaybookStore().open(b);
		pb.playbook().getTechniques().get(0).setOwner("Ben");
		pb.playbook().getTechniques().get(0).setModified(benTime);
		pb.save();
		assertEquals(SyncResult.Outcome.PUSHED, SharedPlaybook.commitAndSync(a, "Title", ana).outcome());
		SyncResult merged = SharedPlaybook.commitAndSync(b, "Owner", ben);
		assertEquals(SyncResult.Outcome.MERGED, merged.outcome(), merged.conflicts().toString());
		Technique t = first(b);
		assertEquals("Ana's title", t.getTitle());
		assertEquals("Ben", t.getOwner());
		assertEquals(benTime, t.getModified(), "the later stamp wins");
	}

	@Test
	void aLockLeftByAKilledGitProcessDoesNotBlockTheNextVersion() throws Exception {
		Path a = team.cloneAs("a");
		Path lock = oldLock(a.resolve(".git/index.lock"));
		OpenPlaybook open = saved(a, "After a crash inside git");
		try (PlaybookRepository repo = PlaybookRepository.open(a)) {
			repo.commit("After the crash", ana);
		}
		assertFalse(Files.exists(lock));
		assertTrue(git(a, "log", "-1", "--format=%s").startsWith("After the crash"));

		// A lock a live process holds is left alone, with advice instead of a stack trace.
		oldLock(lock);
		saved(open, "While git is busy");
		try (FileChannel held = FileChannel.open(lock, StandardOpenOption.WRITE);
				PlaybookRepository repo = PlaybookRepository.open(a)) {
			VcsException e = assertThrows(VcsException.class, () -> repo.commit("Busy", ana));
			assertTrue(e.getMessage().contains("Another git or Parley process") && e.getMessage().contains("index.lock"),
					e.getMessage());
		}
		assertTrue(Files.exists(lock));
	}

	@Test
	void aGcLockLeftByAKilledGcIsRemovedAndAHeldOneBlocksNothing() throws Exception {
		Path a = team.cloneAs("a");
		Path lock = oldLock(a.resolve(".git/gc.log.lock"));
		OpenPlaybook open = saved(a, "After a killed gc");
		try (PlaybookRepository repo = PlaybookRepository.open(a)) {
			repo.commit("After the gc", ana);
		}
		assertFalse(Files.exists(lock), "a stale gc lock stops git's automatic housekeeping for good");

		oldLock(lock);
		saved(open, "While gc runs");
		try (FileChannel held = FileChannel.open(lock, StandardOpenOption.WRITE);
				PlaybookRepository repo = PlaybookRepository.open(a)) {
			repo.commit("During gc", ana);
		}
		assertTrue(Files.exists(lock), "a gc lock a live process holds is left alone");
		assertTrue(git(a, "log", "-1", "--format=%s").startsWith("During gc"));
	}

	/** A lock file a minute old, as a killed git or Parley process leaves it. */
	private static Path oldLock(Path lock) throws Exception {
		Files.writeString(lock, "");
		Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(60)));
		return lock;
	}

	private static OpenPlaybook saved(Path folder, String summary) throws Exception {
		return saved(new XmiPlaybookStore().open(folder), summary);
	}

	/** Saves a new summary of the first technique. */
	private static OpenPlaybook saved(OpenPlaybook open, String summary) throws Exception {
		open.playbook().getTechniques().get(0).setSummary(summary);
		open.save();
		return open;
	}

	@Test
	void restoringAWholeVersionBringsBackEveryFileAndRemovesNewShards() throws Exception {
		Path a = team.cloneAs("a");
		String before = git(a, "rev-parse", "HEAD").strip();
		String synonyms = Files.readString(a.resolve("synonyms.txt"));
		OpenPlaybook open = new XmiPlaybookStore().open(a);
		open.playbook().getTechniques().forEach(t -> t.setSummary("Rewritten"));
		Technique added = parley.model.playbook.PlaybookFactory.eINSTANCE.createTechnique();
		added.setId("ffffffff-0000-4000-8000-000000000000");
		added.setTitle("Added later");
		open.playbook().getTechniques().add(added);
		open.save();
		Files.writeString(a.resolve("synonyms.txt"), "changed\n");
		try (PlaybookRepository repo = PlaybookRepository.open(a)) {
			repo.commit("Rewrite", ana);
			repo.restorePlaybook(before);
		}
		List<String> diff = git(a, "diff", "--stat", before).lines().toList();
		assertTrue(diff.isEmpty(), "the folder is exactly the version again: " + diff);
		assertEquals(synonyms, Files.readString(a.resolve("synonyms.txt")));
		assertFalse(Files.exists(a.resolve("techniques/f.xmi")) && Files.readString(a.resolve("techniques/f.xmi")).contains("Added later"));
	}
}
