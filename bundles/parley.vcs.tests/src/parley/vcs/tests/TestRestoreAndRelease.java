package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;
import parley.vcs.Author;
import parley.vcs.InvalidInputException;
import parley.vcs.NoSuchVersionException;
import parley.vcs.PlaybookRepository;
import parley.vcs.UnversionedChangesException;
import parley.vcs.VcsException;
import parley.vcs.Version;
import parley.vcs.workflow.MakeRelease;
import parley.vcs.workflow.RestoreVersion;

/** Restore and release as the command line and the workbench run them, and a version that does not exist. */
class TestRestoreAndRelease {

	@TempDir
	Path tmp;

	final Author ana = new Author("Ana", "ana@example.org");
	Path pb;
	PlaybookRepository repo;
	Version first;
	String techniqueId;
	String title;

	@BeforeEach
	void open() throws Exception {
		pb = tmp.resolve("pb");
		Playbooks.starterCopy(pb);
		repo = PlaybookRepository.open(pb);
		first = repo.commit("Starter", ana);
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		Technique technique = open.playbook().getTechniques().get(0);
		techniqueId = technique.getId();
		title = technique.getTitle();
		technique.setSummary("Changed, not versioned yet.");
		open.save();
	}

	@AfterEach
	void close() {
		repo.close();
	}

	@Test
	void aVersionThatDoesNotExistIsTyped() {
		for (NoSuchVersionException e : List.of(
				assertThrows(NoSuchVersionException.class, () -> repo.diff("v9", null)),
				assertThrows(NoSuchVersionException.class, () -> repo.load("v9")),
				assertThrows(NoSuchVersionException.class, () -> RestoreVersion.onDisk(repo, null, "v9", true)))) {
			assertEquals("v9", e.revision());
			assertTrue(e.getMessage().startsWith("There is no version 'v9'"), e.getMessage());
			TestSyncPlaybook.assertNoFrontEndWords(e);
		}
	}

	@Test
	void unversionedChangesAreNamedAndKeptUnlessDiscarded() throws Exception {
		RestoreVersion.Target target = RestoreVersion.target(new XmiPlaybookStore().open(pb).playbook(), title);
		assertEquals(new RestoreVersion.Target(techniqueId, "'" + title + "'"), target, "found by its title");
		UnversionedChangesException refused = assertThrows(UnversionedChangesException.class,
				() -> RestoreVersion.onDisk(repo, target, first.id(), false));
		assertEquals(List.of(techniqueId), refused.unversioned().stream().map(c -> c.id()).toList());
		assertTrue(refused.getMessage().endsWith(UnversionedChangesException.KEEP_OR_DISCARD), refused.getMessage());
		TestSyncPlaybook.assertNoFrontEndWords(refused);
		assertTrue(repo.hasUnversionedChanges(), "nothing was restored");

		RestoreVersion.Prepared prepared = RestoreVersion.prepare(repo, first, techniqueId);
		assertTrue(prepared.replacesUnversioned(), "the workbench asks, by the same rule");
		assertEquals(List.of(techniqueId), prepared.replaced(new XmiPlaybookStore().open(pb).playbook()).stream()
				.map(c -> c.id()).toList());
		assertTrue(RestoreVersion.describe(prepared.unversioned(), 8).startsWith("• " + title + ": "),
				RestoreVersion.describe(prepared.unversioned(), 8));

		RestoreVersion.Restored restored = RestoreVersion.onDisk(repo, target, first.id(), true);
		assertEquals("Restored '" + title + "' as it was in " + first.id() + ".", restored.summary());
		assertTrue(!repo.hasUnversionedChanges(), "back as in the version");
	}

	@Test
	void saveFirstKeepsTheChangesInTheHistory() throws Exception {
		Version kept = RestoreVersion.saveFirst(repo, "'" + title + "'", first, ana);
		assertEquals("Before restoring '" + title + "' from version " + first.shortId(), kept.message());
		assertEquals(List.of(techniqueId), kept.entities());
	}

	@Test
	void aReleaseNameFollowsOneRule() throws Exception {
		for (String bad : List.of("bad name!", "", " ", "-v1", "v1/2")) {
			InvalidInputException e = assertThrows(InvalidInputException.class, () -> MakeRelease.checkName(bad), bad);
			assertEquals(InvalidInputException.Input.RELEASE_NAME, e.input());
		}
		assertEquals("v1.2_rc-1", MakeRelease.checkName(" v1.2_rc-1 "));
		String notes = MakeRelease.release(repo, "v1", "  ", ana, true, Clock.systemDefaultZone());
		assertTrue(notes.startsWith("v1\n\nFirst release."), "a blank headline is the name: " + notes);
		assertEquals("Released v1.", MakeRelease.summary("v1"));
		VcsException again = assertThrows(VcsException.class, () -> MakeRelease.release(repo, "v1", "Again", ana, true,
				Clock.systemDefaultZone()));
		assertTrue(again.getMessage().contains("already exists"), again.getMessage());
	}
}
