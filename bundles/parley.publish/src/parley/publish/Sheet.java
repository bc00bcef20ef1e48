package parley.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How pocket cards are put on paper. */
public enum Sheet {
	/** One card per A6 page (the default): for a printer that takes A6, or for reading on a screen. */
	A6("a6"),
	/** Four A6-sized cards on each A4 page with crop marks, to print on an office printer and cut. */
	A4_4UP("a4-4up"),
	/**
	 * Four cards on each A4 page, printed on both sides: a page of fronts (what to notice, what to do), then a
	 * page of their backs (what to say, what not to), each back behind its front when printed on long-edge duplex.
	 */
	A4_4UP_DUPLEX("a4-4up-duplex");

	private final String key;

	Sheet(String key) {
		this.key = key;
	}

	/** Whether cards are four to an A4 page. */
	public boolean fourUp() {
		return this != A6;
	}

	/** The name users type: "a6", "a4-4up" or "a4-4up-duplex". */
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

	/** The keys, for messages: "a6, a4-4up, a4-4up-duplex". */
	public static String keys() {
		return Arrays.stream(values()).map(Sheet::key).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return key;
	}
}
