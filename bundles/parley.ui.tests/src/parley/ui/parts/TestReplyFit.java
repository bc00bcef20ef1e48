package parley.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a replacement's wording is fitted into the draft where the avoid span was. */
class TestReplyFit {

	private static String put(String text, String span, String wording) {
		int start = text.indexOf(span);
		String fitted = ReplyCheckPart.fit(wording, text, start, start + span.length());
		return text.substring(0, start) + fitted + text.substring(start + span.length());
	}

	@Test
	void aSentenceEndIsNotDoubled() {
		assertEquals("Thanks. I'll update you by Friday. Bye.",
				put("Thanks. Someone will call you. Bye.", "Someone will call you", "I'll update you by Friday."));
	}

	@Test
	void inTheMiddleOfASentenceTheWordingGoesOnWithoutItsFullStopAndInLowerCase() {
		assertEquals("To be honest, please take your time before we go on.",
				put("To be honest, calm down before we go on.", "calm down", "Please take your time."));
		assertEquals("Honestly, I can see why before we go on.",
				put("Honestly, calm down before we go on.", "calm down", "I can see why."));
	}

	@Test
	void atTheEndOfTheDraftTheWordingKeepsItsFullStop() {
		assertEquals("Sorry. I'll update you by Friday.",
				put("Sorry. Someone will call you", "Someone will call you", "I'll update you by Friday."));
	}
}
