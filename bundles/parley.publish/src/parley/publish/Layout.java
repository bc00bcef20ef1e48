package parley.publish;

import java.util.Locale;

/** The kinds of document Parley publishes. */
public enum Layout {
	/** A manual to study: cover, contents, scenarios, techniques, phrase index, sources. */
	MANUAL,
	/** Pocket cards: one scenario per A6 page, large type, the key steps and best phrases. */
	CARDS,
	/** "Changes this release": what changed since a version, to brief a team from (needs that version). */
	CHANGES,
	/**
	 * Role-play kits for practice: per scenario a learner brief, a customer card for the role-play partner and an
	 * observer sheet, each starting on a page of its own (or, cut apart, on sheets to hand to three people).
	 */
	ROLEPLAY;

	/** Whether the document is made of scenarios alone (pocket cards, role-play kits): it needs one at least. */
	public boolean perScenario() {
		return this == CARDS || this == ROLEPLAY;
	}

	/** The name users type: "manual", "cards", "changes" or "roleplay". */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses "manual", "cards", "changes" or "roleplay" (any case); null when none of them. */
	public static Layout parse(String text) {
		for (Layout layout : values()) {
			if (layout.key().equalsIgnoreCase(text.strip())) {
				return layout;
			}
		}
		return null;
	}
}
