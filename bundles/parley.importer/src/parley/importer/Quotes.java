package parley.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in running text: curly double ({@code “ ”}) and single ({@code ‘ ’}) quotes and straight ones
 * ({@code " '}). A single quote inside a word ({@code don’t}, {@code customer's}) is an apostrophe, not a quote.
 */
final class Quotes {

	/** The longest quotation considered, in characters; a longer one is taken for an unmatched mark. */
	static final int MAX_LENGTH = 400;

	/**
	 * One quotation.
	 *
	 * @param start the index of the opening mark
	 * @param end   the index after the closing mark
	 * @param inner the quoted text, stripped
	 */
	record Span(int start, int end, String inner) {
	}

	private Quotes() {
	}

	/** The quotations in {@code text}, in order, not overlapping. */
	static List<Span> find(String text) {
		List<Span> spans = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int close = closing(text, i);
			if (close > i) {
				spans.add(new Span(i, close + 1, text.substring(i + 1, close).strip()));
				i = close + 1;
			} else {
				i++;
			}
		}
		return spans;
	}

	/** The index of the mark closing a quotation opened at {@code i}, or -1 if none opens there. */
	private static int closing(String text, int i) {
		char c = text.charAt(i);
		int limit = Math.min(text.length(), i + MAX_LENGTH);
		switch (c) {
		case '“':
			return indexOf(text, '”', i + 1, limit);
		case '"':
			return indexOf(text, '"', i + 1, limit);
		case '‘', '\'':
			if (isWordChar(text, i - 1) || !isWordChar(text, i + 1) && !isOpeningPunctuation(text, i + 1)) {
				return -1;
			}
			for (int j = i + 2; j < limit; j++) {
				char d = text.charAt(j);
				if ((d == '’' || d == '\'') && !isWordChar(text, j + 1) && !Character.isWhitespace(text.charAt(j - 1))) {
					return j;
				}
			}
			return -1;
		default:
			return -1;
		}
	}

	private static int indexOf(String text, char mark, int from, int limit) {
		for (int i = from; i < limit; i++) {
			if (text.charAt(i) == mark) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isWordChar(String text, int i) {
		return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
	}

	private static boolean isOpeningPunctuation(String text, int i) {
		return i < text.length() && "(¿¡…".indexOf(text.charAt(i)) >= 0;
	}
}
