package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.edit.FieldValues;
import parley.core.edit.FieldValues.FieldException;
import parley.core.edit.FieldValues.Refusal;
import parley.model.playbook.Channel;
import parley.model.playbook.Emotion;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Phrase;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/**
 * Fields by name and values from text (issue 14, editing from the command line): what may be set, aliases,
 * values of every type and the messages for bad ones, and list edits, each run through the editing session.
 */
class TestFieldValues {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	@TempDir
	Path tmp;

	EditingSession session;

	@BeforeEach
	void open() throws Exception {
		session = new EditingSession(Playbooks.starter(tmp.resolve("pb")));
	}

	@AfterEach
	void close() {
		session.dispose();
	}

	@Test
	void fieldsAreFoundByModelNameOrKebabAliasAndTheKeptOnesAreRefused() {
		assertSame(P.getEntry_ReviewIntervalDays(), FieldValues.named(P.getTechnique(), "review-interval-days"));
		assertSame(P.getEntry_ReviewIntervalDays(), FieldValues.named(P.getTechnique(), "reviewIntervalDays"));
		assertSame(P.getTechnique_Summary(), FieldValues.named(P.getTechnique(), "Summary"));
		assertSame(P.getScenario_Steps(), FieldValues.named(P.getScenario(), "steps"));
		assertSame(P.getTechnique_Steps(), FieldValues.named(P.getTechnique(), "steps"));
		assertEquals("last-reviewed", FieldValues.alias(P.getEntry_LastReviewed()));

		FieldException unknown = assertThrows(FieldException.class, () -> FieldValues.named(P.getPhrase(), "colour"));
		assertEquals(Refusal.UNKNOWN, unknown.refusal());
		assertTrue(unknown.getMessage().startsWith("a phrase has no field 'colour'; its fields are title, text, kind,"
				+ " usage, channels, owner, last-reviewed, review-interval-days, reviewer"), unknown.getMessage());
		assertEquals(Refusal.LINK, assertThrows(FieldException.class, () -> FieldValues.named(P.getPhrase(), "tags")).refusal());
		assertEquals(Refusal.CURATION,
				assertThrows(FieldException.class, () -> FieldValues.named(P.getPhrase(), "status")).refusal());
		assertEquals(Refusal.KEPT,
				assertThrows(FieldException.class, () -> FieldValues.named(P.getPhrase(), "modified")).refusal());
		assertEquals(Refusal.KEPT, assertThrows(FieldException.class, () -> FieldValues.named(P.getPhrase(), "id")).refusal());
		List<EStructuralFeature> technique = FieldValues.settable(P.getTechnique());
		assertEquals(P.getEntry_Title(), technique.get(0));
		assertFalse(technique.contains(P.getEntry_EditedBy()));
		assertFalse(technique.contains(P.getTechnique_Related()));
	}

	@Test
	void valuesOfEveryTypeAreReadAndBadOnesNamedWithWhatIsValid() {
		assertEquals(PhraseKind.AVOID, FieldValues.parse(P.getPhrase_Kind(), "avoid"));
		assertEquals(Channel.IN_PERSON, FieldValues.parse(P.getEntry_Channels(), "in-person"));
		assertEquals(Channel.IN_PERSON, FieldValues.parse(P.getEntry_Channels(), "IN_PERSON"));
		assertEquals(90, FieldValues.parse(P.getEntry_ReviewIntervalDays(), "90"));
		assertEquals(LocalDate.of(2026, 11, 25), FieldValues.parse(P.getEntry_LastReviewed(), "2026-11-25"));
		assertNull(FieldValues.parse(P.getEntry_LastReviewed(), ""));
		assertNull(FieldValues.parse(P.getTechnique_Summary(), ""));
		assertEquals("in-person", FieldValues.format(Channel.IN_PERSON));

		assertEquals("kind is one of recommended, avoid, not 'maybe'",
				assertThrows(FieldException.class, () -> FieldValues.parse(P.getPhrase_Kind(), "maybe")).getMessage());
		assertEquals("review-interval-days is a whole number from 0, not '-3'",
				assertThrows(FieldException.class, () -> FieldValues.parse(P.getEntry_ReviewIntervalDays(), "-3"))
						.getMessage());
		assertEquals("last-reviewed is a date such as 2026-11-25, not '25.11.2026'",
				assertThrows(FieldException.class, () -> FieldValues.parse(P.getEntry_LastReviewed(), "25.11.2026"))
						.getMessage());
		assertEquals("last-reviewed is a date such as 2026-11-25, not '2026-02-30'",
				assertThrows(FieldException.class, () -> FieldValues.parse(P.getEntry_LastReviewed(), "2026-02-30"))
						.getMessage());
		assertEquals("title cannot be empty",
				assertThrows(FieldException.class, () -> FieldValues.parse(P.getEntry_Title(), " ")).getMessage());
		assertNull(assertThrows(FieldException.class, () -> FieldValues.parse(P.getPhrase_Kind(), "")).refusal());
	}

	@Test
	void singleValuesAndListsAreSetThroughTheSessionAndStamped() {
		Technique technique = session.playbook().playbook().getTechniques().get(0);
		assertTrue(FieldValues.set(session, technique, P.getTechnique_Summary(), List.of("New summary")));
		assertEquals("New summary", technique.getSummary());
		assertFalse(FieldValues.set(session, technique, P.getTechnique_Summary(), List.of("New summary")), "unchanged");
		assertThrows(FieldException.class,
				() -> FieldValues.set(session, technique, P.getTechnique_Summary(), List.of("a", "b")));

		assertTrue(FieldValues.set(session, technique, P.getTechnique_Pitfalls(), List.of("one", "two")));
		assertEquals(List.of("one", "two"), technique.getPitfalls());
		assertTrue(FieldValues.append(session, technique, P.getTechnique_Pitfalls(), List.of("three")));
		assertTrue(FieldValues.setAt(session, technique, P.getTechnique_Pitfalls(), 2, "TWO"));
		assertTrue(FieldValues.removeAt(session, technique, P.getTechnique_Pitfalls(), 1));
		assertEquals(List.of("TWO", "three"), technique.getPitfalls());
		assertEquals("pitfalls has 2 items: give an item from 1 to 2, not 5", assertThrows(FieldException.class,
				() -> FieldValues.removeAt(session, technique, P.getTechnique_Pitfalls(), 5)).getMessage());
		assertEquals("summary holds one value, not a list", assertThrows(FieldException.class,
				() -> FieldValues.append(session, technique, P.getTechnique_Summary(), List.of("x"))).getMessage());

		assertTrue(FieldValues.set(session, technique, P.getEntry_Channels(), List.of("phone", "chat", "phone")));
		assertEquals(List.of(Channel.PHONE, Channel.CHAT), technique.getChannels());
		assertTrue(FieldValues.append(session, technique, P.getEntry_Channels(), List.of("chat", "email")));
		assertEquals(List.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL), technique.getChannels());
		assertTrue(session.unsavedChanges().stream().anyMatch(u -> u.element() == technique));
	}

	@Test
	void scenarioStepsKeepTheirIdsWhenTheirInstructionsAreReplaced() {
		Scenario scenario = session.playbook().playbook().getScenarios().stream()
				.filter(s -> s.getSteps().size() >= 2).findFirst().orElseThrow();
		Step first = scenario.getSteps().get(0);
		String firstId = first.getId();
		int links = first.getPhrases().size() + first.getTechniques().size();

		assertTrue(FieldValues.set(session, scenario, P.getScenario_Steps(), List.of("Greet", "Listen", "Act", "Close")));
		assertEquals(List.of("Greet", "Listen", "Act", "Close"), FieldValues.formatAll(scenario, P.getScenario_Steps()));
		assertEquals(firstId, scenario.getSteps().get(0).getId());
		assertEquals(links, first.getPhrases().size() + first.getTechniques().size(), "the first step keeps its links");

		assertTrue(FieldValues.set(session, scenario, P.getScenario_Steps(), List.of("Only")));
		assertEquals(1, scenario.getSteps().size());
		assertTrue(FieldValues.append(session, scenario, P.getScenario_Steps(), List.of("Then")));
		assertTrue(FieldValues.setAt(session, scenario, P.getScenario_Steps(), 2, "Finally"));
		assertTrue(FieldValues.removeAt(session, scenario, P.getScenario_Steps(), 1));
		assertEquals(List.of("Finally"), FieldValues.formatAll(scenario, P.getScenario_Steps()));

		Phrase phrase = session.playbook().playbook().getPhrases().stream()
				.filter(p -> p.getKind() == PhraseKind.RECOMMENDED).findFirst().orElseThrow();
		assertTrue(FieldValues.set(session, phrase, P.getPhrase_Kind(), List.of("avoid")));
		assertEquals(PhraseKind.AVOID, phrase.getKind());
		assertTrue(FieldValues.set(session, scenario, P.getScenario_Emotions(), List.of("angry", "upset")));
		assertEquals(List.of(Emotion.ANGRY, Emotion.UPSET), scenario.getEmotions());
	}
}
