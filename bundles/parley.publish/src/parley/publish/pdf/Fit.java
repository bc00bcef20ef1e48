package parley.publish.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a scenario a pocket card shows. A card's items are ranked in rounds, so every card gets some of
 * each kind before any list grows: the first step, the first phrase, the first signal and the "not" line, then the
 * next two steps (steps are what an agent does), a phrase and a signal, and so on. Each list shows its first
 * items. The first layout shows everything and measures it; a card that is too long then shows the items, in
 * ranking order, whose measured heights fit, and a list whose next item does not fit stops there
 * ({@link CardsDocument#revise}). Steps and signals longer than {@link #ITEM_CHARS}
 * are shortened at a word boundary; phrases are never shortened (a phrase is read out as printed), a phrase
 * that does not fit is left off whole.
 *
 * @param steps   how many of the scenario's steps there are
 * @param phrases how many best phrases
 * @param signals how many signals
 * @param avoid   whether there is a "not" phrase
 */
record Fit(int steps, int phrases, int signals, boolean avoid) {

	/** The kinds of item, in their order within a round. */
	enum Kind {
		STEP, PHRASE, SIGNAL, AVOID
	}

	static final int TITLE_CHARS = 90;
	static final int ITEM_CHARS = 150;

	/** Every item. */
	int total() {
		return steps + phrases + signals + (avoid ? 1 : 0);
	}

	/** The kind of each item, in ranking order. */
	List<Kind> ranking() {
		List<Kind> ranking = new ArrayList<>(total());
		int[] taken = new int[Kind.values().length];
		while (ranking.size() < total()) {
			for (Kind kind : Kind.values()) {
				int quota = kind == Kind.STEP && !ranking.isEmpty() ? 2 : 1;
				for (int q = 0; q < quota && taken[kind.ordinal()] < size(kind); q++) {
					taken[kind.ordinal()]++;
					ranking.add(kind);
				}
			}
		}
		return ranking;
	}

	/** How many items of each kind there are, by {@link Kind#ordinal()}. */
	int[] sizes() {
		int[] sizes = new int[Kind.values().length];
		for (Kind kind : Kind.values()) {
			sizes[kind.ordinal()] = size(kind);
		}
		return sizes;
	}

	private int size(Kind kind) {
		return switch (kind) {
		case STEP -> steps;
		case PHRASE -> phrases;
		case SIGNAL -> signals;
		case AVOID -> avoid ? 1 : 0;
		};
	}

	/**
	 * Cuts text longer than {@code max} at a word boundary and adds an ellipsis; a quotation the cut leaves open
	 * is closed after the ellipsis ({@code “I can see…”}).
	 */
	static String shorten(String text, int max) {
		String t = text == null ? "" : text.strip();
		if (t.length() <= max) {
			return t;
		}
		int cut = t.lastIndexOf(' ', max - 1);
		String kept = t.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing();
		while (!kept.isEmpty() && ",;:-\u2013\u2014".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
			kept = kept.substring(0, kept.length() - 1).stripTrailing();
		}
		return kept + "\u2026" + (open(kept, '\u201C', '\u201D') ? "\u201D" : "")
				+ (straightOpen(kept) ? "\"" : "");
	}

	private static boolean open(String text, char opening, char closing) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == opening) {
				depth++;
			} else if (c == closing && depth > 0) {
				depth--;
			}
		}
		return depth > 0;
	}

	private static boolean straightOpen(String text) {
		return text.chars().filter(c -> c == '"').count() % 2 == 1;
	}
}
