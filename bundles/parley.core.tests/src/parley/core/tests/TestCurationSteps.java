package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.CurationState;
import parley.core.curation.CurationSteps;
import parley.core.edit.EditingSession;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/** A curation step on several entries: all or nothing, one undoable command, every refusal reported. */
class TestCurationSteps {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
	private static final String ANA = "Ana Lopez <ana@example.org>";
	private static final String BEN = "Ben Osei <ben@example.org>";

	@TempDir
	Path tmp;
	private EditingSession session;
	private Technique a;
	private Technique b;

	@BeforeEach
	void open() throws Exception {
		Playbooks.starter(tmp);
		session = new EditingSession(new XmiPlaybookStore().open(tmp), CLOCK);
		session.setEditor(ANA);
		a = (Technique) session.create(P.getTechnique(), "Name the next step");
		b = (Technique) session.create(P.getTechnique(), "Offer a choice");
	}

	@AfterEach
	void close() {
		session.dispose();
	}

	@Test
	void aStepOnSeveralEntriesIsOneUndoableCommand() {
		CurationSteps.Result submitted = CurationSteps.run(session, List.of(a, b, a), CurationSteps.submit(BEN, "ready"));
		assertFalse(submitted.refused());
		assertEquals(List.of(a, b), submitted.entries(), "each entry once, in the order given");
		assertEquals(CurationState.IN_REVIEW, CurationState.of(a));
		assertEquals(CurationState.IN_REVIEW, CurationState.of(b));
		assertEquals(BEN, b.getReviewer());
		assertEquals("Submit 2 entries", session.undoLabel());
		session.undo();
		assertEquals(CurationState.DRAFT, CurationState.of(a));
		assertEquals(CurationState.DRAFT, CurationState.of(b));
	}

	@Test
	void oneRefusalRefusesAllAndEveryReasonIsReported() {
		assertFalse(CurationSteps.run(session, List.of(a), CurationSteps.submit(null, null)).refused());
		session.setEditor(BEN);
		CurationSteps.Result r = CurationSteps.run(session, List.of(a, b), CurationSteps.approve("fine"));
		assertTrue(r.refused());
		assertNull(r.command());
		assertEquals(1, r.refusals().size());
		assertEquals(b, r.refusals().get(0).entry());
		assertTrue(r.message().startsWith("1 of 2 entries cannot be approved; nothing was changed:"), r.message());
		assertTrue(r.message().contains("'Offer a choice' is a draft"), r.message());
		assertEquals(CurationState.IN_REVIEW, CurationState.of(a), "the legal step was not taken either");
		assertEquals(1, a.getEvents().size());

		CurationSteps.Result both = CurationSteps.run(session, List.of(a, b), CurationSteps.reopen(null));
		assertEquals(2, both.refusals().size());
		assertTrue(both.message().startsWith("2 of 2 entries cannot be reopened; nothing was changed:"),
				both.message());
		assertTrue(both.message().contains("'Name the next step' is in review, not retired"), both.message());
	}

	@Test
	void fourEyesIsARefusalLikeAnyOther() {
		session.set(a, P.getTechnique_Summary(), "Say what happens next and when."); // Ana edits it
		assertFalse(CurationSteps.run(session, List.of(a), CurationSteps.submit(null, null)).refused());
		session.playbook().playbook().setFourEyes(true);
		CurationSteps.Result r = CurationSteps.run(session, List.of(a), CurationSteps.approve(null));
		assertTrue(r.refused());
		assertTrue(r.message().contains("requires four eyes"), r.message());
		session.setEditor(BEN);
		assertFalse(CurationSteps.run(session, List.of(a), CurationSteps.approve(null)).refused());
		assertEquals(CurationState.APPROVED, CurationState.of(a));
	}
}
