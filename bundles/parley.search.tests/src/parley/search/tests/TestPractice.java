package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.model.playbook.Scenario;
import parley.search.check.CustomerLines;
import parley.search.check.Practice;
import parley.search.check.Practice.Feedback;
import parley.search.check.Practice.Scene;
import parley.search.check.ReplyChecker;
import parley.testsupport.Playbooks;

/**
 * Practising the starter playbook's scenarios: the customer's opening made from the situation, replies scored
 * against the expected step (by its phrases and by similarity), avoid-phrases and the model answer, turns through
 * the steps, the summary and the log written atomically.
 */
class TestPractice {

	static final String ANGRY = "Angry caller letting off steam about a faulty product";
	static final String BLAMED = "Customer blaming you for a problem you didn't cause";

	@TempDir
	static Path tmp;

	static OpenPlaybook starter;
	static ReplyChecker checker;

	@BeforeAll
	static void open() throws Exception {
		starter = Playbooks.starter(tmp.resolve("pb"));
		checker = ReplyChecker.of(starter.playbook(), starter.folder());
	}

	static Scene scene(String title) {
		Scenario scenario = starter.playbook().getScenarios().stream().filter(s -> s.getTitle().equals(title))
				.findFirst().orElseThrow(() -> new AssertionError(title));
		return Practice.scene(scenario);
	}

	static Practice practise(String title) throws Exception {
		return Practice.start(scene(title), checker, starter.folder());
	}

	@Test
	void theOpeningRetellsTheSituationInTheCustomersWordsWithHowItIsSaid() {
		CustomerLines.Line angry = CustomerLines.opening(scene(ANGRY));
		assertEquals("angry, frustrated; raised voice and rapid speech", angry.direction());
		assertTrue(angry.words().startsWith("I phone about an appliance that broke down within days of delivery."),
				angry.words());
		assertFalse(angry.words().matches("(?i).*\\b(customer|they|their)\\b.*"), angry.words());

		CustomerLines.Line blamed = CustomerLines.opening(scene(BLAMED));
		assertEquals("I hold you personally responsible and say that you people never get anything right.",
				blamed.words());

		assertEquals("I, angry about a delayed refund, make personal remarks about your competence and call the company "
				+ "useless.", CustomerLines.opening(scene("Customer using hurtful, aggressive language")).words());
		assertEquals("", CustomerLines.opening(scene("Agent shaken after a difficult contact")).words(),
				"a scene about the agent alone has no customer words");

		for (Scenario scenario : starter.playbook().getScenarios()) {
			CustomerLines.Line line = CustomerLines.opening(Practice.scene(scenario));
			assertFalse(line.direction().isBlank(), scenario.getTitle());
			assertFalse(line.words().matches("(?i).*\\b(a customer|the customer|they|their|them)\\b.*"),
					scenario.getTitle() + ": " + line.words());
		}
	}

	@Test
	void aReplyInTheStepsWordsCoversItAndTheFeedbackSaysSo() throws Exception {
		Practice practice = practise(ANGRY);
		assertEquals(1, practice.expected().number());
		Feedback f = practice.check("Please, take all the time you need and tell me everything that happened. I'm listening.");
		assertTrue(f.expectedCovered(), f.toString());
		assertTrue(f.avoid().isEmpty());
		assertTrue(f.text().startsWith("Step 1 of 5 (Let the customer get everything off their chest without interrupting.): covered."),
				f.text());
		assertEquals("Please take your time and tell me everything that's happened. I'm listening. Go on, I'm following you.",
				f.modelAnswer());
	}

	@Test
	void aReworderedReplyCoversTheStepBySimilarity() throws Exception {
		Practice practice = practise(ANGRY);
		practice.check("Go ahead, I'm listening.");
		practice.next();
		practice.next();
		assertEquals(3, practice.expected().number());
		Feedback f = practice.check("I'm so sorry for everything you've been through, I understand how frustrating this is.");
		assertTrue(f.expectedCovered(), f.matches().toString());
		assertTrue(f.matches().get(2).similarity() >= Practice.COVERS, f.matches().toString());
		assertFalse(f.matches().get(2).phraseUsed(), "by similarity, not by a phrase");
	}

	@Test
	void anAvoidPhraseAndAMissedStepAreNamedWithWhatToSayAndTheModelAnswer() throws Exception {
		Practice practice = practise(ANGRY);
		Feedback f = practice.check("You need to calm down. I can't help you if you keep shouting.");
		assertFalse(f.expectedCovered(), f.matches().toString());
		assertTrue(f.covered().isEmpty(), "an avoid-phrase covers no step: " + f.matches());
		assertFalse(f.avoid().isEmpty());
		assertEquals("Telling them to calm down", f.avoid().get(0).phrase().title());
		assertTrue(f.text().contains("not covered yet."), f.text());
		assertTrue(f.text().contains("Avoid «You need to calm down» (Telling them to calm down); say instead: "),
				f.text());
		assertTrue(f.modelAnswer().startsWith("Please take your time"), f.modelAnswer());

		practice.next();
		assertEquals(CustomerLines.ESCALATE, practice.customer().words(), "an avoid-phrase makes the customer escalate");
		assertEquals("talks over your greeting", practice.customer().direction(), "the next signal is acted");
	}

	@Test
	void aReplyThatJumpsAheadCoversThatStepAndTheTurnsSkipIt() throws Exception {
		Practice practice = practise(ANGRY);
		Feedback f = practice.check("Let me make sure I've understood: the oven stopped working after two days. "
				+ "Have I got that right?");
		assertFalse(f.expectedCovered());
		assertEquals(List.of(4), f.covered().stream().map(Practice.Step::number).toList());
		assertTrue(f.text().contains("The reply reads like step 4"), f.text());
		assertTrue(practice.next());
		assertEquals(CustomerLines.PRESS, practice.customer().words());
		assertEquals(2, practice.expected().number());
		practice.next();
		assertEquals(3, practice.expected().number());
		practice.next();
		assertEquals(5, practice.expected().number(), "step 4 was covered already");
		practice.check("I'm going to look after this myself and make sure it gets resolved.");
		assertFalse(practice.next(), "the last step had its turn");
		assertTrue(practice.finished());
		assertNull(practice.expected());
		assertThrows(IllegalStateException.class, () -> practice.check("more"));

		Practice.Summary summary = practice.summary();
		assertEquals(5, summary.steps());
		assertEquals(2, summary.covered());
		assertEquals(4, summary.turns());
		assertTrue(summary.text().startsWith("Steps covered: 2 of 5 (missed: steps 1, 2, 3) in 4 turns."),
				summary.text());
	}

	@Test
	void theLogIsWrittenOnlyWhenAskedAndAtomically() throws Exception {
		Practice practice = practise(BLAMED);
		practice.check("That's not my fault, the courier lost it.");
		practice.next();
		practice.check("I'm sorry this has happened to you.");
		String log = practice.log(Instant.parse("2026-12-01T10:00:00Z"));
		assertTrue(log.startsWith("# Practice: " + BLAMED + "\n"), log);
		assertTrue(log.contains("## Turn 1: step 1"), log);
		assertTrue(log.contains("**Reply:** That's not my fault, the courier lost it."), log);
		assertTrue(log.contains("## Turn 2: step 2"), log);
		assertTrue(log.contains("**Model answer:** I'm sorry this has happened to you."), log);
		assertTrue(log.contains("## Summary"), log);

		Path file = tmp.resolve("logs/practice.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "old");
		practice.saveLog(file, Instant.parse("2026-12-01T10:00:00Z"));
		assertEquals(log, Files.readString(file));
		try (var left = Files.list(file.getParent())) {
			assertEquals(List.of(file), left.toList(), "no temporary file left");
		}
		java.io.IOException refused = assertThrows(java.io.IOException.class,
				() -> practice.saveLog(tmp.resolve("missing/folder/practice.md"), Instant.now()));
		assertTrue(refused.getMessage().contains("missing/folder/practice.md"), refused.getMessage());
	}

	@Test
	void aScenarioWithoutStepsIsRefusedSayingWhatToDo() {
		Scene empty = new Scene("x", "Empty", "A customer calls.", List.of(), List.of(), "", List.of());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Practice.start(empty, checker, starter.folder()));
		assertEquals("The scenario 'Empty' has no steps to practise: add steps to it in its editor first.", e.getMessage());
	}
}
