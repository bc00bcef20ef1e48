package parley.publish;

import java.util.Locale;

/** The two kinds of document Parley publishes. */
public enum Layout {
	/** A manual to study: cover, contents, scenarios, techniques, phrase index, sources. */
	MANUAL,
	/** Pocket cards: one scenario per A6 page, large type, the key steps and best phrases. */
	CARDS;

	/** The name users type: "manual" or "cards". */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses "manual" or "cards" (any case); null when neither. */
	public static Layout parse(String text) {
		for (Layout layout : values()) {
			if (layout.key().equalsIgnoreCase(text.strip())) {
				return layout;
			}
		}
		return null;
	}
}
