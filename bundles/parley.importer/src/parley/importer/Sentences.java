package parley.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits running text into sentences: after {@code . ! ?} or {@code …} (and any closing quote or bracket) followed by
 * a space and a capital, a digit or an opening quote. A mark inside a quotation ends a sentence only where the
 * quotation ends; common abbreviations ({@code e.g.}, {@code Mr.}) end none.
 */
final class Sentences {

	/**
	 * One sentence.
	 *
	 * @param start its first character's index
	 * @param end   the index after its last character
	 */
	record Span(int start, int end) {

		String of(String text) {
			return text.substring(start, end).strip();
		}
	}

	private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "mr", "mrs", "ms", "dr", "vs", "etc", "st",
			"no", "approx");

	private Sentences() {
	}

	/** The sentences of {@code text}, given its quotations, in order and covering it. */
	static List<Span> split(String text, List<Quotes.Span> quotes) {
		List<Span> sentences = new ArrayList<>();
		int start = 0;
		int quote = 0;
		for (int i = 0; i < text.length(); i++) {
			while (quote < quotes.size() && quotes.get(quote).end() <= i) {
				quote++;
			}
			if (".!?…".indexOf(text.charAt(i)) < 0 || quote < quotes.size() && inside(quotes.get(quote), i)
					|| isAbbreviation(text, i)) {
				continue;
			}
			int end = i + 1;
			while (end < text.length() && "\"”’')]".indexOf(text.charAt(end)) >= 0) {
				end++;
			}
			if (startsSentence(text, end)) {
				sentences.add(new Span(start, end));
				start = end;
				i = end - 1;
			}
		}
		if (start < text.length() && !text.substring(start).isBlank()) {
			sentences.add(new Span(start, text.length()));
		}
		return sentences;
	}

	/** The first sentences of {@code text}, up to two or about 25 words: the gist of a paragraph. */
	static String lead(String text) {
		List<Span> sentences = split(text, Quotes.find(text));
		StringBuilder lead = new StringBuilder();
		for (int i = 0; i < sentences.size() && i < 2; i++) {
			if (!lead.isEmpty()) {
				lead.append(' ');
			}
			lead.append(sentences.get(i).of(text));
			if (TextArticles.words(lead.toString()) >= 25) {
				break;
			}
		}
		return lead.toString();
	}

	/** Whether index {@code i} lies inside {@code quote}, except just before its closing mark (where it may end a sentence). */
	private static boolean inside(Quotes.Span quote, int i) {
		return i > quote.start() && i < quote.end() - 2;
	}

	private static boolean isAbbreviation(String text, int i) {
		if (text.charAt(i) != '.') {
			return false;
		}
		int from = i;
		while (from > 0 && i - from < 6 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
			from--;
		}
		return ABBREVIATIONS.contains(text.substring(from, i).toLowerCase(java.util.Locale.ROOT));
	}

	private static boolean startsSentence(String text, int at) {
		if (at >= text.length()) {
			return true;
		}
		if (!Character.isWhitespace(text.charAt(at))) {
			return false;
		}
		int next = at;
		while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		char c = text.charAt(next);
		return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
	}
}
