package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.CuratedContent;
import parley.core.curation.CurationException;
import parley.core.curation.CurationState;
import parley.core.curation.Curator;
import parley.core.curation.ReleaseGate;
import parley.core.curation.ReviewQueue;
import parley.core.curation.ReviewSchedule;
import parley.core.edit.EditingSession;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.CurationAction;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/** The curation life cycle (issue 13): every step legal and illegal, four eyes, changed since approval, due dates. */
class TestCuration {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
	private static final String ANA = "Ana Lopez <ana@example.org>";
	private static final String BEN = "Ben Osei <ben@example.org>";

	@TempDir
	Path tmp;
	private EditingSession session;
	private Technique draft;

	@BeforeEach
	void open() throws Exception {
		Playbooks.starter(tmp);
		session = new EditingSession(new XmiPlaybookStore().open(tmp), CLOCK);
		session.setEditor(ANA);
		draft = (Technique) session.create(P.getTechnique(), "Name the next step");
		session.set(draft, P.getTechnique_Summary(), "Tell the customer what happens next and when.");
	}

	@AfterEach
	void close() {
		session.dispose();
	}

	private Curator as(String who) {
		return new Curator(session.domain(), who, CLOCK);
	}

	private void run(Command command) {
		assertTrue(session.executeCommand(command), "the step's command executes");
	}

	@Test
	void aDraftGoesThroughReviewToApprovalAndEveryStepIsRecorded() throws Exception {
		assertEquals(ANA, draft.getEditedBy(), "a content edit records its editor");
		run(as(ANA).submit(draft, BEN, "ready"));
		assertEquals(CurationState.IN_REVIEW, CurationState.of(draft));
		assertEquals(BEN, draft.getReviewer());
		run(as(BEN).approve(draft, "clear and kind"));
		assertEquals(CurationState.APPROVED, CurationState.of(draft));
		assertEquals(Status.APPROVED, draft.getStatus());
		assertNull(draft.getReviewer(), "an approved entry waits for nobody");
		assertEquals(TODAY, draft.getLastReviewed());
		List<CurationEvent> events = draft.getEvents();
		assertEquals(List.of(CurationAction.SUBMITTED, CurationAction.APPROVED),
				events.stream().map(CurationEvent::getAction).toList());
		CurationEvent approval = events.get(1);
		assertEquals(BEN, approval.getBy());
		assertEquals(CLOCK.instant(), approval.getAt());
		assertEquals("clear and kind", approval.getComment());
		assertEquals(CuratedContent.fingerprint(draft), approval.getFingerprint());
		assertTrue(approval.getContent().contains("summary: Tell the customer what happens next and when."),
				approval.getContent());
		assertEquals("ready", events.get(0).getComment());
	}

	@Test
	void everyStepIsOneUndoableCommand() throws Exception {
		run(as(ANA).submit(draft, null, null));
		run(as(BEN).approve(draft, null));
		session.undo();
		assertEquals(CurationState.IN_REVIEW, CurationState.of(draft));
		assertEquals(1, draft.getEvents().size());
		assertNull(draft.getLastReviewed());
		session.undo();
		assertEquals(CurationState.DRAFT, CurationState.of(draft));
		assertTrue(draft.getEvents().isEmpty());
		session.redo();
		session.redo();
		assertEquals(CurationState.APPROVED, CurationState.of(draft));
	}

	@Test
	void illegalStepsAreRefusedWithTheReasonAndChangeNothing() throws Exception {
		String before = CuratedContent.of(draft);
		assertRefused(() -> as(BEN).approve(draft, null), "is a draft; submit it for review before approving it");
		assertRefused(() -> as(BEN).sendBack(draft, "no"), "only an entry in review can be sent back");
		assertRefused(() -> as(BEN).markReviewed(draft, null), "only an approved entry can be marked reviewed");
		assertRefused(() -> as(BEN).reopen(draft, null), "not retired");
		run(as(ANA).submit(draft, null, null));
		assertRefused(() -> as(ANA).submit(draft, null, null), "already in review");
		assertRefused(() -> as(BEN).sendBack(draft, " "), "needs a comment");
		run(as(BEN).approve(draft, null));
		assertRefused(() -> as(BEN).approve(draft, null), "already approved and unchanged");
		assertRefused(() -> as(ANA).submit(draft, null, null), "nothing to review");
		run(as(BEN).retire(draft, null, null));
		assertRefused(() -> as(BEN).retire(draft, null, null), "already retired");
		assertRefused(() -> as(BEN).approve(draft, null), "is retired");
		assertRefused(() -> as(ANA).submit(draft, null, null), "reopen it first");
		assertRefused(() -> new Curator(session.domain(), " ", CLOCK).comment(draft, "hello"), "no name is known");
		assertEquals(before, CuratedContent.of(draft), "refused steps leave the content alone");
		assertEquals(3, draft.getEvents().size(), "refused steps record nothing");
	}

	@Test
	void sendBackReturnsToDraftWithTheComment() throws Exception {
		run(as(ANA).submit(draft, BEN, null));
		run(as(BEN).sendBack(draft, "say when, not just what"));
		assertEquals(CurationState.DRAFT, CurationState.of(draft));
		assertNull(draft.getReviewer());
		CurationEvent returned = draft.getEvents().get(draft.getEvents().size() - 1);
		assertEquals(CurationAction.RETURNED, returned.getAction());
		assertEquals("say when, not just what", returned.getComment());
		assertEquals(BEN, returned.getBy());
	}

	@Test
	void retireNamesAReplacementOfTheSameTypeAndReopenClearsIt() throws Exception {
		Technique other = session.playbook().playbook().getTechniques().get(0);
		Phrase phrase = session.playbook().playbook().getPhrases().get(0);
		assertRefused(() -> as(BEN).retire(draft, phrase, null), "must be of the same type");
		assertRefused(() -> as(BEN).retire(draft, draft, null), "cannot replace itself");
		run(as(BEN).retire(draft, other, "merged"));
		assertEquals(CurationState.RETIRED, CurationState.of(draft));
		assertEquals(other, draft.getReplacedBy());
		Technique third = (Technique) session.create(P.getTechnique(), "Third");
		assertRefused(() -> as(BEN).retire(third, draft, null), "it is retired itself");
		run(as(BEN).reopen(draft, null));
		assertEquals(CurationState.DRAFT, CurationState.of(draft));
		assertNull(draft.getReplacedBy());
	}

	@Test
	void editingApprovedContentShowsChangedSinceApprovalUntilApprovedAgain() throws Exception {
		run(as(ANA).submit(draft, null, null));
		run(as(BEN).approve(draft, null));
		String approved = CuratedContent.lastApproval(draft).getContent();
		session.set(draft, P.getTechnique_Summary(), "Say what happens next.");
		assertEquals(CurationState.CHANGED, CurationState.of(draft));
		assertEquals(Status.APPROVED, draft.getStatus(), "the stored status stays; the change shows as a state");
		assertTrue(CuratedContent.lastApproval(draft).getContent().contains("what happens next and when"),
				"the approved wording is kept for comparison");
		assertEquals(approved, CuratedContent.lastApproval(draft).getContent());
		assertRefused(() -> as(BEN).markReviewed(draft, null), "approve it again instead");
		run(as(BEN).approve(draft, "shorter is better"));
		assertEquals(CurationState.APPROVED, CurationState.of(draft));
		session.undo();
		assertEquals(CurationState.CHANGED, CurationState.of(draft));
		session.undo();
		assertEquals(CurationState.APPROVED, CurationState.of(draft), "undoing the edit restores the approved text");
	}

	@Test
	void titleTagAndLinkEditsCountAsContentButCurationFieldsDoNot() throws Exception {
		run(as(ANA).submit(draft, null, null));
		run(as(BEN).approve(draft, null));
		session.set(draft, P.getEntry_Owner(), "Ben");
		session.set(draft, P.getEntry_ReviewIntervalDays(), 90);
		session.set(draft, P.getEntry_LastReviewed(), TODAY.minusDays(3));
		run(as(BEN).comment(draft, "owner changed"));
		assertEquals(CurationState.APPROVED, CurationState.of(draft), "curation data is not approved content");
		session.set(draft, P.getEntry_Title(), "Name the next step clearly");
		assertEquals(CurationState.CHANGED, CurationState.of(draft), "a title-only edit");
		session.undo();
		session.add(draft, P.getEntry_Tags(), session.playbook().playbook().getTags().get(0));
		assertEquals(CurationState.CHANGED, CurationState.of(draft), "a tag-only edit");
		session.undo();
		Technique related = session.playbook().playbook().getTechniques().get(0);
		related.getTitle();
		session.add(draft, P.getTechnique_Related(), related);
		assertEquals(CurationState.CHANGED, CurationState.of(draft), "a new link");
		session.undo();
		session.set(related, P.getEntry_Title(), related.getTitle() + " (renamed)");
		assertEquals(CurationState.APPROVED, CurationState.of(draft), "renaming another entry changes nothing here");
	}

	@Test
	void fourEyesRefusesTheLastEditorAndAllowsSomeoneElse() throws Exception {
		session.set(session.playbook().playbook(), P.getPlaybook_FourEyes(), true);
		run(as(ANA).submit(draft, null, null));
		CurationException refused = assertThrows(CurationException.FourEyes.class, () -> as(ANA).approve(draft, null));
		assertTrue(refused.getMessage().contains("Ana Lopez last edited"), refused.getMessage());
		assertThrows(CurationException.FourEyes.class, () -> as("ANA@example.org").approve(draft, null),
				"the same person by another spelling");
		run(as(BEN).approve(draft, null));
		assertEquals(CurationState.APPROVED, CurationState.of(draft));
		session.set(session.playbook().playbook(), P.getPlaybook_FourEyes(), false);
		session.setEditor(BEN);
		session.set(draft, P.getTechnique_Summary(), "Ben's words");
		run(as(BEN).approve(draft, null)); // four eyes off: the editor may approve
		assertEquals(CurationState.APPROVED, CurationState.of(draft));
	}

	@Test
	void dueDatesFollowTheEntryIntervalElseThePlaybookDefaultForItsType() throws Exception {
		run(as(ANA).submit(draft, null, null));
		run(as(BEN).approve(draft, null));
		assertNull(ReviewSchedule.dueDate(draft), "no interval: never due");
		session.set(session.playbook().playbook(), P.getPlaybook_TechniqueReviewDays(), 30);
		assertEquals(TODAY.plusDays(30), ReviewSchedule.dueDate(draft));
		assertFalse(ReviewSchedule.isDue(draft, TODAY.plusDays(29)));
		assertTrue(ReviewSchedule.isDue(draft, TODAY.plusDays(30)));
		session.set(draft, P.getEntry_ReviewIntervalDays(), 7);
		assertEquals(TODAY.plusDays(7), ReviewSchedule.dueDate(draft), "the entry's own interval wins");
		Clock later = Clock.fixed(CLOCK.instant().plusSeconds(86_400 * 10), ZoneOffset.UTC);
		run(new Curator(session.domain(), BEN, later).markReviewed(draft, "still right"));
		assertEquals(TODAY.plusDays(10), draft.getLastReviewed(), "mark reviewed moves the date");
		assertEquals(CurationState.APPROVED, CurationState.of(draft), "and changes nothing else");
		assertEquals(TODAY.plusDays(17), ReviewSchedule.dueDate(draft));
	}

	@Test
	void theQueueAndTheReleaseGateListWhatWaits() throws Exception {
		Technique inReview = (Technique) session.create(P.getTechnique(), "Waiting for Ben");
		run(as(ANA).submit(inReview, BEN, null));
		Technique changed = (Technique) session.create(P.getTechnique(), "Edited after approval");
		run(as(ANA).submit(changed, null, null));
		run(as(BEN).approve(changed, null));
		session.set(changed, P.getTechnique_Summary(), "new words");
		Technique due = (Technique) session.create(P.getTechnique(), "Overdue one");
		run(as(ANA).submit(due, null, null));
		run(as(BEN).approve(due, null));
		session.set(due, P.getEntry_ReviewIntervalDays(), 10);
		session.set(due, P.getEntry_Owner(), "Ana Lopez");
		LocalDate later = TODAY.plusDays(25);

		ReviewQueue queue = ReviewQueue.of(session.playbook().playbook(), later, null);
		assertTrue(titles(queue.items(ReviewQueue.Group.IN_REVIEW)).contains("Waiting for Ben"));
		assertEquals(List.of("Edited after approval"), titles(queue.items(ReviewQueue.Group.CHANGED)));
		ReviewQueue.Item overdue = queue.items(ReviewQueue.Group.DUE).stream()
				.filter(i -> i.entry() == due).findFirst().orElseThrow();
		assertEquals(15, overdue.overdueDays());
		assertTrue(titles(queue.items(ReviewQueue.Group.DRAFT)).contains("Name the next step"));
		ReviewQueue bens = ReviewQueue.of(session.playbook().playbook(), later, "ben osei");
		assertEquals(List.of("Waiting for Ben"), titles(bens.items()), "--mine: owner or reviewer");
		assertEquals(List.of("Overdue one"),
				titles(ReviewQueue.of(session.playbook().playbook(), later, ANA).items()));

		List<ReleaseGate.Blocker> blockers = ReleaseGate.blockers(session.playbook().playbook(), later);
		assertTrue(blockers.stream().anyMatch(b -> b.entry() == inReview && b.reason().equals("in review")));
		assertTrue(blockers.stream().anyMatch(b -> b.entry() == changed && b.reason().equals("changed since approval")));
		assertTrue(blockers.stream().anyMatch(b -> b.entry() == due && b.reason().startsWith("review due since")));
		assertTrue(blockers.stream().anyMatch(b -> b.entry() == draft && b.reason().equals("draft")));
		run(as(BEN).retire(draft, null, null));
		assertFalse(ReleaseGate.blockers(session.playbook().playbook(), later).stream().anyMatch(b -> b.entry() == draft),
				"a retired entry never holds a release back");
	}

	@Test
	void curationDataSurvivesSaveAndReload() throws Exception {
		run(as(ANA).submit(draft, BEN, "please look"));
		run(as(BEN).comment(draft, "one question"));
		run(as(BEN).approve(draft, "fine"));
		session.set(draft, P.getTechnique_Summary(), "changed after approval");
		session.save();
		Entry again = (Entry) new XmiPlaybookStore().open(tmp).playbook().getTechniques().stream()
				.filter(t -> t.getId().equals(draft.getId())).findFirst().orElseThrow();
		assertEquals(CurationState.CHANGED, CurationState.of(again));
		assertEquals(2, again.getEvents().size(), "submitted, approved");
		assertEquals("one question", again.getComments().get(0).getText());
		assertEquals(BEN, again.getComments().get(0).getAuthor());
		assertNotNull(CuratedContent.lastApproval(again).getContent());
		assertEquals(ANA, again.getEditedBy());
	}

	private static List<String> titles(List<ReviewQueue.Item> items) {
		return items.stream().map(i -> i.entry().getTitle()).toList();
	}

	private interface Step {
		Command take() throws CurationException;
	}

	private static void assertRefused(Step step, String reason) {
		CurationException e = assertThrows(CurationException.class, step::take);
		assertTrue(e.getMessage().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
	}
}
