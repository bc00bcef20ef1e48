package parley.publish;

import java.util.Locale;

/** The kinds of document Parley publishes. */
public enum Layout {
	/** A manual to study: cover, contents, scenarios, techniques, phrase index, sources. */
	MANUAL,
	/** Pocket cards: one scenario per A6 page, large type, the key steps and best phrases. */
	CARDS,
	/** "Changes this release": what changed since a version, to brief a team from (needs that version). */
	CHANGES;

	/** The name users type: "manual", "cards" or "changes". */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses "manual", "cards" or "changes" (any case); null when none of them. */
	public static Layout parse(String text) {
		for (Layout layout : values()) {
			if (layout.key().equalsIgnoreCase(text.strip())) {
				return layout;
			}
		}
		return null;
	}
}
