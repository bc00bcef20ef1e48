package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Finding quotations (not apostrophes) and sentence ends (not inside quotations, not after abbreviations). */
class QuotesAndSentencesTest {

	private static List<String> quotes(String text) {
		return Quotes.find(text).stream().map(Quotes.Span::inner).toList();
	}

	private static List<String> sentences(String text) {
		return Sentences.split(text, Quotes.find(text)).stream().map(s -> s.of(text)).toList();
	}

	@Test
	void apostrophesAreNotQuotes() {
		assertEquals(List.of("We can’t promise that, but we’ll try"),
				quotes("Don’t promise; say ‘We can’t promise that, but we’ll try’ and the caller’s mood improves."));
		assertEquals(List.of("it's fixed"), quotes("The agents' line was 'it's fixed' every time."));
		assertEquals(List.of(), quotes("It isn't the callers' fault, nor a quote's business."));
	}

	@Test
	void allFourStylesAreFound() {
		assertEquals(List.of("one two", "three four", "five six", "seven eight"),
				quotes("“one two” ‘three four’ \"five six\" 'seven eight'"));
	}

	@Test
	void anUnclosedMarkIsNoQuote() {
		assertEquals(List.of(), quotes("He said “nothing at all, and went on " + "talking ".repeat(100)));
	}

	@Test
	void sentencesEndOutsideQuotesOrWithThem() {
		assertEquals(List.of("Greet them by asking “How can I help?” and wait.", "Then listen."),
				sentences("Greet them by asking “How can I help?” and wait. Then listen."));
		assertEquals(List.of("Stop the stream of “I’m sorry.”", "It wears thin."),
				sentences("Stop the stream of “I’m sorry.” It wears thin."));
		assertEquals(List.of("Use a name, e.g. Sam, and smile.", "Done."),
				sentences("Use a name, e.g. Sam, and smile. Done."));
	}

	@Test
	void leadIsTheFirstOneOrTwoSentences() {
		assertEquals("One. Two.", Sentences.lead("One. Two. Three."));
		String first = "This first sentence is long enough on its own, at well over twenty-five words, to stand as the whole "
				+ "gist of the paragraph it opens here.";
		assertEquals(first, Sentences.lead(first + " Second sentence."));
	}
}
