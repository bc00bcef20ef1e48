package parley.publish.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** How values read in print: enum literals as words, dates spelled out, quotes curled. */
final class Words {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private Words() {
	}

	/** "out-of-control" and "IN_PERSON" read as "out of control", "in person". */
	static String literal(Enumerator value) {
		return value.getLiteral().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	static String literals(List<? extends Enumerator> values) {
		return String.join(", ", values.stream().map(Words::literal).toList());
	}

	static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** Wording in typographic quotes, unless the author already quoted it. */
	static String quoted(String text) {
		String t = text == null ? "" : text.strip();
		if (t.startsWith("\u201C") || t.startsWith("\"")) {
			return t;
		}
		return "\u201C" + t + "\u201D";
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	static String plural(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
