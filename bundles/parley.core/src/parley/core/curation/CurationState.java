package parley.core.curation;

import java.util.Locale;

import parley.model.playbook.Entry;

/**
 * Where an entry stands in curation. Four states are stored ({@code Entry.status}); "changed since approval" is
 * worked out: an approved entry whose content differs from what its last approval recorded
 * ({@link CuratedContent}). Deriving it means no edit, undo, restore or merge can leave an entry approved for
 * text nobody approved.
 */
public enum CurationState {
	DRAFT("draft"), IN_REVIEW("in review"), APPROVED("approved"), CHANGED("changed since approval"),
	RETIRED("retired");

	private final String label;

	CurationState(String label) {
		this.label = label;
	}

	/** The state of {@code entry}. */
	public static CurationState of(Entry entry) {
		return switch (entry.getStatus()) {
		case DRAFT -> DRAFT;
		case IN_REVIEW -> IN_REVIEW;
		case RETIRED -> RETIRED;
		case APPROVED -> CuratedContent.changedSinceApproval(entry) ? CHANGED : APPROVED;
		};
	}

	/** Words for people: "changed since approval". */
	public String label() {
		return label;
	}

	/** The key used in options, facets and JSON: "changed-since-approval". */
	public String key() {
		return label.replace(' ', '-').toLowerCase(Locale.ROOT);
	}

	/** The state for a key or label ("in-review", "in review", "changed"); null if none matches. */
	public static CurationState parse(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		for (CurationState s : values()) {
			if (s.key().equals(t) || s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t)) {
				return s;
			}
		}
		return null;
	}

	/** Whether teams may receive an entry in this state as guidance. */
	public boolean isApproved() {
		return this == APPROVED;
	}
}
