package parley.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How pocket cards are put on paper. */
public enum Sheet {
	/** One card per A6 page (the default): for a printer that takes A6, or for reading on a screen. */
	A6("a6"),
	/** Four A6-sized cards on each A4 page with crop marks, to print on an office printer and cut. */
	A4_4UP("a4-4up");

	private final String key;

	Sheet(String key) {
		this.key = key;
	}

	/** The name users type: "a6" or "a4-4up". */
	public String key() {
		return key;
	}

	/** Parses a key (any case); null when it is none of them. */
	public static Sheet parse(String text) {
		for (Sheet sheet : values()) {
			if (sheet.key.equalsIgnoreCase(text.strip())) {
				return sheet;
			}
		}
		return null;
	}

	/** The keys, for messages: "a6, a4-4up". */
	public static String keys() {
		return Arrays.stream(values()).map(Sheet::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return key;
	}
}
