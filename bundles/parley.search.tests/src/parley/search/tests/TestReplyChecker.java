package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.model.playbook.Phrase;
import parley.model.playbook.Status;
import parley.search.check.ReplyChecker;
import parley.search.check.ReplyChecker.Finding;
import parley.search.check.ReplyChecker.Kind;
import parley.testsupport.Playbooks;

/** The reply checker on the starter playbook: spans, typos, word order, negatives, good phrases, retired phrases. */
class TestReplyChecker {

	@TempDir
	static Path tmp;

	static OpenPlaybook starter;
	static ReplyChecker checker;

	@BeforeAll
	static void open() throws Exception {
		starter = Playbooks.starter(tmp.resolve("pb"));
		checker = ReplyChecker.of(starter.playbook(), starter.folder());
	}

	static List<Finding> avoid(String text) {
		return checker.check(text, ReplyChecker.DEFAULT_MIN_CONFIDENCE).stream().filter(f -> f.kind() == Kind.AVOID)
				.toList();
	}

	@Test
	void anExactPhraseIsFoundWithItsSpanReplacementsAndTechniques() {
		String text = "Thanks for waiting. You need to calm down. I will look at it now.";
		List<Finding> found = avoid(text);
		assertEquals(1, found.size(), found.toString());
		Finding f = found.get(0);
		assertEquals("Telling them to calm down", f.phrase().title());
		assertEquals("You need to calm down", text.substring(f.start(), f.end()));
		assertEquals(f.span(), text.substring(f.start(), f.end()));
		assertEquals(1.0, f.confidence(), 1e-9);
		assertFalse(f.replacements().isEmpty(), "say instead");
		assertFalse(f.techniques().isEmpty(), "techniques");
	}

	@Test
	void everyOccurrenceInALongTextIsFoundAtItsOffsets() {
		String sentence = "Order %d: you need to calm down. The parcel left on Monday. ";
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			text.append(String.format(sentence, i));
		}
		List<Finding> found = avoid(text.toString());
		assertEquals(2000, found.size());
		for (Finding f : found) {
			assertEquals("you need to calm down", text.substring(f.start(), f.end()));
		}
	}

	@Test
	void curlyApostrophesReadAsStraightOnes() {
		assertEquals(List.of("Flatly contradicting the customer"),
				avoid("That\u2019s just not true.").stream().map(f -> f.phrase().title()).toList());
		assertEquals(List.of("Declaring yourself powerless"),
				avoid("There\u2019s nothing I can do about that.").stream().map(f -> f.phrase().title()).toList());
		assertEquals(List.of(), avoid("I\u2019d never say there\u2019s nothing I can do about that."));
	}

	@Test
	void anyTextGivesSpansInsideIt() {
		java.util.Random random = new java.util.Random(17);
		String[] pieces = { "calm", " ", "down", "n't", "\u2019", "'", "[", "]", ".", ",", "you", "need", "sorry",
				"\u00e9", "\ud83d\ude00", "\u0645\u0631\u062d\u0628\u0627", "\n", "not", "policy", "-", "\"", "  " };
		for (int i = 0; i < 500; i++) {
			StringBuilder text = new StringBuilder();
			int n = random.nextInt(40);
			for (int j = 0; j < n; j++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			for (Finding f : checker.check(text.toString())) {
				assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), text + ": " + f);
				assertEquals(text.substring(f.start(), f.end()), f.span());
				assertTrue(f.confidence() > 0 && f.confidence() <= 1, f.toString());
			}
		}
	}

	@Test
	void aTypoIsFound() {
		List<Finding> found = avoid("We apologise for any inconvenence this may have caused.");
		assertEquals(List.of("The stock corporate apology"), found.stream().map(f -> f.phrase().title()).toList());
		assertTrue(found.get(0).confidence() < 1, "a typo is less certain than the exact words");
	}

	@Test
	void reorderedAndInflectedWordsAreFound() {
		List<Finding> found = avoid("Calm down, you need to.");
		assertEquals(List.of("Telling them to calm down"), found.stream().map(f -> f.phrase().title()).toList());
		found = avoid("Somebody will be getting back to you at some point.");
		assertEquals(List.of("Making a vague promise"), found.stream().map(f -> f.phrase().title()).toList());
	}

	@Test
	void harmlessUsesAndNegationsAreNotFindings() {
		assertEquals(List.of(), avoid("I stayed calm and we sorted it out together."));
		assertEquals(List.of(), avoid("Our policy gives you thirty days to return it."));
		assertEquals(List.of(), avoid("I can't claim to know exactly how this has felt for you."));
		assertEquals(List.of(), avoid("That's true, the second parcel arrives tomorrow."));
		// the negation of "not our department" is about the department, not about ringing someone else
		assertEquals(List.of(), avoid("Our department handles this directly, so you won't need to ring anyone else."));
		// "no need to shout" without the shouting
		assertEquals(List.of(), avoid("There's no need to repeat yourself, I have all the details here."));
		assertEquals(List.of(), checker.check("   "));
	}

	@Test
	void recommendedPhrasesAreNotedAsGood() {
		List<Finding> good = checker.check("I'm sorry this has happened to you, and I can see why you feel this way.")
				.stream().filter(f -> f.kind() == Kind.GOOD && f.confidence() >= ReplyChecker.DEFAULT_MIN_CONFIDENCE)
				.toList();
		assertTrue(good.stream().anyMatch(f -> f.phrase().title().equals("Apologise for the experience")), good.toString());
	}

	@Test
	void retiredPhrasesAreNotChecked() throws Exception {
		OpenPlaybook copy = Playbooks.starter(tmp.resolve("retired"));
		Phrase calmDown = copy.playbook().getPhrases().stream()
				.filter(p -> p.getTitle().equals("Telling them to calm down")).findFirst().orElseThrow();
		calmDown.setStatus(Status.RETIRED);
		ReplyChecker withoutIt = ReplyChecker.of(copy.playbook(), copy.folder());
		assertEquals(List.of(), withoutIt.check("You need to calm down.", 0.0).stream()
				.filter(f -> f.phrase().title().equals("Telling them to calm down")).toList());
	}
}
