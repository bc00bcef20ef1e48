package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.testsupport.Playbooks;
import parley.vcs.Author;
import parley.vcs.Conflict;
import parley.vcs.MergeInProgressException;
import parley.vcs.PlaybookRepository;
import parley.vcs.RemoteUnreachableException;
import parley.vcs.SyncResult;
import parley.vcs.UnversionedChangesException;
import parley.vcs.VcsException;
import parley.vcs.workflow.SyncPlaybook.Synced;
import parley.vcs.workflow.SyncPlaybook;

/** Sync as the command line and the workbench run it ({@link SyncPlaybook}), and the typed errors of a sync. */
class TestSyncPlaybook {

	@TempDir
	Path tmp;

	final Author ana = new Author("Ana", "ana@example.org");
	Path pb;
	Path shared;
	PlaybookRepository repo;

	@BeforeEach
	void open() throws Exception {
		pb = tmp.resolve("pb");
		Playbooks.starterCopy(pb);
		shared = tmp.resolve("shared.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(shared.toFile()).call().close();
		repo = PlaybookRepository.open(pb);
	}

	@AfterEach
	void close() {
		repo.close();
	}

	/** No front end's words in a message of parley.vcs: each front end adds its own hint from the type. */
	static void assertNoFrontEndWords(Exception e) {
		String message = e.getMessage();
		assertFalse(message.contains("'parley ") || message.contains(" --") || message.contains(" -m")
				|| message.contains("Versions >"), "a front end's words in: " + message);
	}

	@Test
	void eachOutcomeIsSaidInOnePlace() {
		Conflict conflict = new Conflict("id", "Technique 'T'", "summary", "b", "m", "t");
		Map<SyncResult.Outcome, String> said = Map.of(
				SyncResult.Outcome.UP_TO_DATE, "Already in step with team.",
				SyncResult.Outcome.PUSHED, "Sent your versions to team.",
				SyncResult.Outcome.PULLED, "Took the new versions from team.",
				SyncResult.Outcome.MERGED, "Merged the versions from team with yours and sent the result.",
				SyncResult.Outcome.CONFLICTS, "Merged what could be merged; 1 field(s) were changed differently on both sides:");
		for (SyncResult.Outcome outcome : SyncResult.Outcome.values()) {
			Synced synced = new Synced("team", new SyncResult(outcome,
					outcome == SyncResult.Outcome.CONFLICTS ? List.of(conflict) : List.of()));
			assertEquals(said.get(outcome), synced.summary(), outcome.name());
			assertEquals(outcome != SyncResult.Outcome.UP_TO_DATE && outcome != SyncResult.Outcome.PUSHED,
					synced.changedFiles(), outcome.name());
		}
	}

	@Test
	void anAddressBecomesTheDefaultRemoteAndChangesAreSavedFirst() throws Exception {
		List<String> chosen = new ArrayList<>();
		Synced first = SyncPlaybook.saveAndSync(repo, shared.toString(), "Starter", ana, chosen::add);
		assertEquals(List.of(SyncPlaybook.DEFAULT_REMOTE), chosen, "told before the exchange");
		assertEquals(SyncResult.Outcome.PUSHED, first.outcome());
		assertEquals("Sent your versions to origin.", first.summary());
		assertEquals("Starter", repo.history().get(0).message(), "the changes were saved as a version first");
		assertEquals(SyncResult.Outcome.UP_TO_DATE, SyncPlaybook.sync(repo, null, ana).outcome(), "origin by default");
	}

	@Test
	void unversionedChangesAreTyped() throws Exception {
		repo.commit("Starter", ana);
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		open.playbook().getTechniques().get(0).setSummary("Changed, not versioned.");
		open.save();
		repo.remoteFor(shared.toString(), SyncPlaybook.DEFAULT_REMOTE);
		UnversionedChangesException e = assertThrows(UnversionedChangesException.class,
				() -> SyncPlaybook.sync(repo, "origin", ana));
		assertTrue(e.unversioned().isEmpty(), "a sync names no entries");
		assertTrue(e.getMessage().contains("not saved as a version"), e.getMessage());
		assertNoFrontEndWords(e);
	}

	@Test
	void aMergeInProgressIsTyped() throws Exception {
		repo.commit("Starter", ana);
		Path merge = LocalState.file(pb, LocalState.MERGE);
		Files.createDirectories(merge.getParent());
		Files.writeString(merge, """
				[{"id": "some-id", "title": "Technique 'T'", "field": "summary", "base": "b", "mine": "m", "theirs": "t"}]
				""");
		for (VcsException e : List.of(
				assertThrows(MergeInProgressException.class, () -> repo.commit("Too early", ana)),
				assertThrows(MergeInProgressException.class, () -> SyncPlaybook.sync(repo, "origin", ana)))) {
			assertTrue(((MergeInProgressException) e).readable(), e.getMessage());
			assertTrue(e.getMessage().contains("merge is waiting"), e.getMessage());
			assertNoFrontEndWords(e);
		}
		Files.writeString(merge, "not json");
		MergeInProgressException damaged = assertThrows(MergeInProgressException.class, () -> repo.commit("x", ana));
		assertFalse(damaged.readable());
		assertNoFrontEndWords(damaged);
		SyncPlaybook.abort(repo);
		assertEquals(List.of(), repo.conflicts(), "given up");
	}

	@Test
	void anUnreachableRemoteIsTyped() throws Exception {
		repo.commit("Starter", ana);
		RemoteUnreachableException sync = assertThrows(RemoteUnreachableException.class,
				() -> SyncPlaybook.sync(repo, tmp.resolve("no-such.git").toString(), ana));
		assertTrue(sync.getMessage().contains("failed") && sync.getMessage().contains("unchanged"), sync.getMessage());
		assertNoFrontEndWords(sync);
		RemoteUnreachableException clone = assertThrows(RemoteUnreachableException.class,
				() -> PlaybookRepository.cloneFrom(tmp.resolve("no-such.git").toString(), tmp.resolve("copy")));
		assertTrue(clone.getMessage().contains("Could not clone"), clone.getMessage());
		assertFalse(Files.exists(tmp.resolve("copy")), "nothing was written");
	}
}
