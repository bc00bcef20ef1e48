package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.inbox.CandidateState;
import parley.core.inbox.InboxDecisions;
import parley.core.inbox.InboxException;
import parley.core.inbox.InboxStore;
import parley.core.store.LocalState;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateDecision;
import parley.model.playbook.CandidateKind;
import parley.model.playbook.Entry;
import parley.model.playbook.Inbox;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/**
 * The import inbox (issue 14): accepting makes a draft that cites the source, merging adds the wording to an
 * existing entry, both undoable with the candidate coming back; discard and restore; the inbox file is local state,
 * written atomically and read defensively.
 */
class TestInbox {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
	private static final String ANA = "Ana Lopez <ana@example.org>";

	@TempDir
	Path tmp;
	private EditingSession session;
	private InboxDecisions decisions;
	private Source source;
	private Inbox inbox;

	@BeforeEach
	void open() throws Exception {
		Playbooks.starter(tmp);
		session = new EditingSession(new XmiPlaybookStore().open(tmp), CLOCK);
		session.setEditor(ANA);
		decisions = new InboxDecisions(session, CLOCK);
		source = (Source) session.create(P.getSource(), "Calm calls, a guide");
		inbox = PlaybookFactory.eINSTANCE.createInbox();
	}

	@AfterEach
	void close() {
		session.dispose();
	}

	private Candidate candidate(CandidateKind kind, String title, String text, PhraseKind phraseKind) {
		Candidate c = PlaybookFactory.eINSTANCE.createCandidate();
		c.getId();
		c.setKind(kind);
		c.setTitle(title);
		c.setText(text);
		c.setPassage("The guide says: " + text);
		c.setPhraseKind(phraseKind);
		c.setSourceId(source.getId());
		c.setDocument("guide.md");
		inbox.getCandidates().add(c);
		return c;
	}

	private CandidateState state(Candidate c) {
		return CandidateState.of(c, CandidateState.entriesById(session.playbook().playbook()));
	}

	@Test
	void acceptingMakesADraftThatCitesTheSourceAndUndoPutsTheCandidateBack() throws Exception {
		Candidate c = candidate(CandidateKind.TECHNIQUE, "Pause before answering", "Take a breath before you reply.", null);
		int before = session.playbook().playbook().getTechniques().size();

		Entry entry = decisions.accept(c, null);

		Technique technique = (Technique) entry;
		assertEquals("Pause before answering", technique.getTitle());
		assertEquals("Take a breath before you reply.", technique.getSummary());
		assertEquals(Status.DRAFT, technique.getStatus(), "accepting never approves");
		assertEquals(List.of(source), technique.getSources());
		assertEquals(ANA, technique.getEditedBy());
		assertEquals(before + 1, session.playbook().playbook().getTechniques().size());
		assertEquals(CandidateState.ACCEPTED, state(c));
		assertEquals(entry.getId(), c.getEntryId());

		session.undo();
		assertEquals(before, session.playbook().playbook().getTechniques().size(), "one undo removes the entry");
		assertEquals(CandidateState.PENDING, state(c), "and the candidate waits again");
		session.redo();
		assertEquals(CandidateState.ACCEPTED, state(c));
	}

	@Test
	void acceptingAsAnotherKindPutsTheWordingInThatKindsMainField() throws Exception {
		Candidate c = candidate(CandidateKind.TECHNIQUE, "Caller repeats the same complaint", "The caller says it again and again.", null);
		Entry entry = decisions.accept(c, CandidateKind.SCENARIO);
		assertEquals(P.getScenario(), entry.eClass());
		assertEquals("The caller says it again and again.", ((parley.model.playbook.Scenario) entry).getSituation());
	}

	@Test
	void anAvoidPhraseBringsItsPairedReplacementLinkedAsOneUndoableStep() throws Exception {
		Candidate avoid = candidate(CandidateKind.PHRASE, "Calm down", "Calm down.", PhraseKind.AVOID);
		Candidate say = candidate(CandidateKind.PHRASE, "I can hear this matters", "I can hear how much this matters.",
				PhraseKind.RECOMMENDED);
		avoid.setReplacement(say);
		int before = session.playbook().playbook().getPhrases().size();

		Phrase phrase = (Phrase) decisions.accept(avoid, null);

		assertEquals(PhraseKind.AVOID, phrase.getKind());
		assertEquals(1, phrase.getReplacements().size());
		Phrase replacement = phrase.getReplacements().get(0);
		assertEquals("I can hear how much this matters.", replacement.getText());
		assertEquals(PhraseKind.RECOMMENDED, replacement.getKind());
		assertEquals(CandidateState.ACCEPTED, state(say));
		assertEquals(before + 2, session.playbook().playbook().getPhrases().size());
		session.undo();
		assertEquals(before, session.playbook().playbook().getPhrases().size());
		assertEquals(CandidateState.PENDING, state(avoid));
		assertEquals(CandidateState.PENDING, state(say));
	}

	@Test
	void mergingAddsTheWordingAndTheCitationToTheExistingEntry() throws Exception {
		Technique target = session.playbook().playbook().getTechniques().get(0);
		int steps = target.getSteps().size();
		Candidate c = candidate(CandidateKind.TECHNIQUE, "Let them finish", "Let the caller finish before you speak.", null);

		decisions.merge(c, target);

		assertEquals(steps + 1, target.getSteps().size());
		assertEquals("Let the caller finish before you speak.", target.getSteps().get(steps));
		assertTrue(target.getSources().contains(source));
		assertEquals(CandidateState.MERGED, state(c));
		assertEquals(ANA, target.getEditedBy(), "a merge is an edit of the entry's content");
		session.undo();
		assertEquals(steps, target.getSteps().size());
		assertFalse(target.getSources().contains(source));
		assertEquals(CandidateState.PENDING, state(c), "undoing the merge puts the candidate back");
	}

	@Test
	void aSettledOrDiscardedCandidateIsNotSettledAgain() throws Exception {
		Candidate c = candidate(CandidateKind.PHRASE, "Thanks for waiting", "Thank you for waiting with me.", PhraseKind.RECOMMENDED);
		Entry entry = decisions.accept(c, null);
		InboxException twice = assertThrows(InboxException.class, () -> decisions.accept(c, null));
		assertTrue(twice.getMessage().contains("already accepted"), twice.getMessage());
		assertTrue(twice.getMessage().contains(entry.getTitle()), twice.getMessage());

		Candidate d = candidate(CandidateKind.PHRASE, "Noted", "Noted, thanks.", PhraseKind.RECOMMENDED);
		decisions.discard(d);
		assertEquals(CandidateState.DISCARDED, state(d));
		assertThrows(InboxException.class, () -> decisions.accept(d, null));
		decisions.restore(d);
		assertEquals(CandidateState.PENDING, state(d));
		assertEquals(CandidateDecision.PENDING, d.getDecision());
	}

	@Test
	void candidatesOfAnUndoneImportAreWithdrawnAndRedoBringsThemBack() throws Exception {
		Candidate c = candidate(CandidateKind.TECHNIQUE, "Pause before answering", "Take a breath before you reply.", null);
		session.undo(); // the source's creation: the import that filed the candidate
		assertEquals(CandidateState.WITHDRAWN, state(c));
		InboxException refused = assertThrows(InboxException.class, () -> decisions.accept(c, null));
		assertTrue(refused.getMessage().contains("guide.md again"), refused.getMessage());
		int techniques = session.playbook().playbook().getTechniques().size();
		assertEquals(techniques, session.playbook().playbook().getTechniques().size(), "nothing was added");
		session.redo();
		assertEquals(CandidateState.PENDING, state(c));
		decisions.accept(c, null);
		assertEquals(CandidateState.ACCEPTED, state(c));
	}

	@Test
	void candidatesAreFoundByIdOrUnambiguousPrefix() throws Exception {
		Candidate c = candidate(CandidateKind.TECHNIQUE, "A", "a", null);
		assertEquals(c, InboxDecisions.find(inbox, c.getId()));
		assertEquals(c, InboxDecisions.find(inbox, c.getId().substring(0, 8)));
		InboxException missing = assertThrows(InboxException.class, () -> InboxDecisions.find(inbox, "nope-nope"));
		assertTrue(missing.getMessage().contains("parley inbox"), missing.getMessage());
	}

	@Test
	void theInboxIsLocalStateAndKeepsDecisionsFromTwoWriters() throws Exception {
		Candidate a = candidate(CandidateKind.TECHNIQUE, "First", "first thing", null);
		Candidate b = candidate(CandidateKind.TECHNIQUE, "Second", "second thing", null);
		a.setReplacement(null);
		InboxStore.save(tmp, inbox);
		assertTrue(InboxStore.file(tmp).startsWith(LocalState.dir(tmp)), "kept with the local state, never versioned");

		// two processes read the same inbox, each settles one candidate
		Inbox one = InboxStore.load(tmp);
		Inbox two = InboxStore.load(tmp);
		new InboxDecisions(session, CLOCK).discard(InboxDecisions.find(one, a.getId()));
		InboxStore.record(tmp, List.of(InboxDecisions.find(one, a.getId())));
		new InboxDecisions(session, CLOCK).discard(InboxDecisions.find(two, b.getId()));
		InboxStore.record(tmp, List.of(InboxDecisions.find(two, b.getId())));

		Inbox after = InboxStore.load(tmp);
		assertEquals(2, after.getCandidates().size());
		assertEquals(CandidateDecision.DISCARDED, InboxDecisions.find(after, a.getId()).getDecision());
		assertEquals(CandidateDecision.DISCARDED, InboxDecisions.find(after, b.getId()).getDecision());
	}

	@Test
	void aBrokenOrHostileInboxFileIsReportedAndLeftAsItIs() throws Exception {
		Path file = InboxStore.file(tmp);
		Files.createDirectories(file.getParent());
		String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<parley:Inbox xmlns:parley=\"urn:parley:playbook:1.0\"><candidates title=\"&e;\"/></parley:Inbox>\n";
		Files.writeString(file, hostile);
		StoreException e = assertThrows(StoreException.class, () -> InboxStore.load(tmp));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("move it away"), e.getMessage());
		assertEquals(hostile, Files.readString(file), "nothing is rewritten");

		Files.writeString(file, "<parley:Inbox");
		assertThrows(StoreException.class, () -> InboxStore.load(tmp));
		// a failed update writes nothing
		assertThrows(StoreException.class, () -> InboxStore.update(tmp, i -> null));
		assertEquals("<parley:Inbox", Files.readString(file));
	}

	@Test
	void anEmptyInboxNeedsNoFile() throws Exception {
		Inbox empty = InboxStore.load(tmp);
		assertNotNull(empty);
		assertTrue(empty.getCandidates().isEmpty());
		assertFalse(Files.exists(InboxStore.file(tmp)));
	}
}
