package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parley.testsupport.Git.git;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.CuratedContent;
import parley.core.curation.CurationState;
import parley.core.edit.EditingSession;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.CurationAction;
import parley.model.playbook.Entry;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;
import parley.testsupport.SharedPlaybook;
import parley.vcs.Author;
import parley.vcs.CurationStep;
import parley.vcs.PlaybookRepository;
import parley.vcs.SyncResult;
import parley.vcs.UnapprovedContentException;
import parley.vcs.Version;
import parley.vcs.workflow.MakeRelease;

/**
 * Issue 13 in versions: curation steps appear as trailers (read back with the git CLI), the history of an entry
 * says who approved which version, the release gate, the release notes, and a merge of an approval with an edit.
 */
class TestCurationInVersions {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
	private static final Author ANA = new Author("Ana Lopez", "ana@example.org");
	private static final Author BEN = new Author("Ben Osei", "ben@example.org");

	@TempDir
	Path tmp;
	Path pb;

	@BeforeEach
	void starter() throws Exception {
		pb = tmp.resolve("pb");
		Playbooks.starterCopy(pb);
	}

	/** Opens the playbook as {@code who}, applies {@code edit} and saves. */
	private void as(Path folder, Author who, Edit edit) throws Exception {
		EditingSession session = new EditingSession(new XmiPlaybookStore().open(folder), CLOCK);
		try {
			session.setEditor(who.toString());
			edit.apply(session);
			session.save();
		} finally {
			session.dispose();
		}
	}

	private interface Edit {
		void apply(EditingSession session) throws Exception;
	}

	private static Technique technique(EditingSession session, String id) {
		return session.playbook().playbook().getTechniques().stream().filter(t -> t.getId().equals(id)).findFirst()
				.orElseThrow();
	}

	private String draftTechniqueId() throws Exception {
		return draftTechniqueId(pb);
	}

	private static String draftTechniqueId(Path folder) throws Exception {
		return new XmiPlaybookStore().open(folder).playbook().getTechniques().stream()
				.filter(t -> t.getStatus() == Status.DRAFT).findFirst().orElseThrow().getId();
	}

	@Test
	void stepsAreTrailersInTheVersionAndTheEntryHistorySaysWhoApproved() throws Exception {
		String id = draftTechniqueId();
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			repo.commit("Starter content", ANA);
			as(pb, ANA, s -> s.executeCommand(s.curator().submit(technique(s, id), "Ben Osei", "please check")));
			repo.commit("Submit for review", ANA);
			as(pb, BEN, s -> s.executeCommand(s.curator().approve(technique(s, id), "good")));
			Version approved = repo.commit("Approve", BEN);
			assertEquals(List.of(new CurationStep(CurationAction.APPROVED, id, BEN.toString())), approved.curation());
			assertFalse(approved.message().contains("Parley-"), "trailers are not part of the message shown");

			String trailers = git(pb, "log", "-2", "--format=%(trailers:only,unfold)");
			assertTrue(trailers.contains("Parley-Approved: " + id + " by Ben Osei <ben@example.org>"), trailers);
			assertTrue(trailers.contains("Parley-Submitted: " + id + " by Ana Lopez <ana@example.org>"), trailers);
			assertTrue(trailers.contains("Parley-Changed: " + id), trailers);
			assertEquals(id + " by Ben Osei <ben@example.org>\n",
					git(pb, "log", "-1", "--format=%(trailers:key=Parley-Approved,valueonly)").strip() + "\n");

			List<Version> history = repo.history(id);
			assertEquals(List.of("Approve", "Submit for review", "Starter content"),
					history.stream().map(Version::message).toList());
			assertEquals(CurationAction.APPROVED, history.get(0).curationOf(id).get(0).action());
			assertEquals(BEN.toString(), history.get(0).curationOf(id).get(0).by());
			assertEquals(CurationAction.SUBMITTED, history.get(1).curationOf(id).get(0).action());
			assertEquals("approved by Ben Osei", history.get(0).describeCuration(id), "what the History part shows");
			assertEquals("1 approved", history.get(0).describeCuration(null));
			assertEquals("", history.get(2).describeCuration(id));
		}
	}

	@Test
	void theReleaseGateRefusesUnapprovedContentUnlessAllowedAndTheNotesNameIt() throws Exception {
		String id = draftTechniqueId();
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			repo.commit("Starter content", ANA);
			UnapprovedContentException refused = assertThrows(UnapprovedContentException.class,
					() -> MakeRelease.release(repo, "v1", "First", ANA, false, CLOCK));
			assertTrue(refused.blockers().stream().anyMatch(b -> b.endsWith("(in review)")), refused.blockers().toString());
			assertTrue(refused.blockers().stream().anyMatch(b -> b.endsWith("(draft)")), refused.blockers().toString());
			assertEquals(refused.blockers(), MakeRelease.blockers(repo, CLOCK));
			assertTrue(refused.getMessage().contains(refused.blockers().get(0)), refused.getMessage());
			assertEquals("", git(pb, "tag"), "nothing released");

			String notes = MakeRelease.release(repo, "v1", "First", ANA, true, CLOCK);
			assertTrue(notes.contains("Released with " + refused.blockers().size() + " unapproved or overdue entries:"),
					notes);
			assertEquals("v1\n", git(pb, "tag"));

			// Approve one entry and retire another; the next release's notes name both.
			as(pb, ANA, s -> s.executeCommand(s.curator().submit(technique(s, id), null, null)));
			as(pb, BEN, s -> s.executeCommand(s.curator().approve(technique(s, id), null)));
			String retiredTitle = new XmiPlaybookStore().open(pb).playbook().getPhrases().stream()
					.filter(p -> p.getStatus() == Status.APPROVED).findFirst().orElseThrow().getTitle();
			as(pb, BEN, s -> s.executeCommand(s.curator().retire(s.playbook().playbook().getPhrases().stream()
					.filter(p -> p.getTitle().equals(retiredTitle)).findFirst().orElseThrow(), null, "outdated")));
			repo.commit("Curation", BEN);
			String next = MakeRelease.release(repo, "v2", "Second", ANA, true, CLOCK);
			String title = technique(new EditingSession(new XmiPlaybookStore().open(pb)), id).getTitle();
			assertTrue(next.contains("Approved:\n  - Technique '" + title + "' (by Ben Osei)"), next);
			assertTrue(next.startsWith("Second\n\nChanges since v1:\n\nApproved:"), next);
			assertTrue(next.contains("Retired:\n  - Phrase '" + retiredTitle + "' (by Ben Osei)"), next);
		}
	}

	@Test
	void aFullyApprovedVersionIsReleasedWithoutAsking() throws Exception {
		as(pb, ANA, s -> {
			for (Object o : parley.core.service.Elements.all(s.playbook().playbook())) {
				if (o instanceof Entry e && e.getStatus() != Status.APPROVED && e.getStatus() != Status.RETIRED) {
					s.executeCommand(s.curator().retire(e, null, "not for this release"));
				}
			}
		});
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			repo.commit("Only approved content", ANA);
			assertEquals(List.of(), MakeRelease.blockers(repo, CLOCK));
			String notes = MakeRelease.release(repo, "v1", "Clean", ANA, false, CLOCK);
			assertFalse(notes.contains("Released with"), notes);
		}
	}

	@Test
	void mergingAnApprovalWithAnEditOfTheSameEntryShowsChangedSinceApproval() throws Exception {
		SharedPlaybook shared = SharedPlaybook.starter(tmp, ANA);
		Path ana = shared.origin();
		String id = draftTechniqueId(ana);
		as(ana, ANA, s -> s.executeCommand(s.curator().submit(technique(s, id), null, null)));
		SharedPlaybook.commitAndSync(ana, "Submit one entry", ANA);
		Path ben = shared.cloneAs("ben");

		// Ben approves the text he saw; Ana, meanwhile, rewrites the summary.
		as(ben, BEN, s -> s.executeCommand(s.curator().approve(technique(s, id), "reads well")));
		SharedPlaybook.commitAndSync(ben, "Approve", BEN);
		as(ana, ANA, s -> s.set(technique(s, id), PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Words Ben never saw."));
		SyncResult merged = SharedPlaybook.commitAndSync(ana, "Rewrite the summary", ANA);

		assertTrue(merged.conflicts().isEmpty(), merged.toString());
		Technique result = technique(new EditingSession(new XmiPlaybookStore().open(ana)), id);
		assertEquals("Words Ben never saw.", result.getSummary(), "the edit is kept");
		assertEquals(CurationState.CHANGED, CurationState.of(result), "never a silent approval of unseen text");
		assertEquals("reads well", CuratedContent.lastApproval(result).getComment(), "the approval is kept");
		assertFalse(CuratedContent.lastApproval(result).getContent().contains("Words Ben never saw."));
		assertEquals(List.of(CurationAction.SUBMITTED, CurationAction.APPROVED),
				result.getEvents().stream().map(e -> e.getAction()).toList());
	}

	@Test
	void commentsAndStepsMadeOnBothSidesAllSurviveAMerge() throws Exception {
		SharedPlaybook shared = SharedPlaybook.starter(tmp, ANA);
		Path ana = shared.origin();
		String id = draftTechniqueId(ana);
		Path ben = shared.cloneAs("ben");
		as(ben, BEN, s -> s.executeCommand(s.curator().comment(technique(s, id), "Ben's note")));
		SharedPlaybook.commitAndSync(ben, "Ben comments", BEN);
		as(ana, ANA, s -> {
			s.executeCommand(s.curator().comment(technique(s, id), "Ana's note"));
			s.executeCommand(s.curator().submit(technique(s, id), null, null));
		});
		SyncResult merged = SharedPlaybook.commitAndSync(ana, "Ana comments and submits", ANA);

		assertTrue(merged.conflicts().isEmpty(), merged.toString());
		Technique result = technique(new EditingSession(new XmiPlaybookStore().open(ana)), id);
		assertEquals(List.of("Ana's note", "Ben's note"),
				result.getComments().stream().map(c -> c.getText()).sorted().toList());
		assertEquals(CurationState.IN_REVIEW, CurationState.of(result));
	}
}
