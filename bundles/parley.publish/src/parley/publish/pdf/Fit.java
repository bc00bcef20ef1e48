package parley.publish.pdf;

import java.util.List;

/**
 * How much of a scenario fits on one pocket card. The card's text area holds about {@link #LINES} lines of
 * body type; titles, headings and lists cost lines by their length. Items are added in rounds, the most
 * useful first (steps, then phrases, signals and the "not" line), so every card gets some of each before
 * any list grows. The estimate is a first guess: a card the layout still finds too long gets a smaller
 * budget and is laid out again ({@link CardsDocument#revise}).
 */
record Fit(int signals, int steps, int phrases, boolean avoid) {

	static final double LINES = 33;
	static final int CHARS_PER_LINE = 40;
	static final int TITLE_CHARS_PER_LINE = 22;
	static final int TITLE_CHARS = 90;
	static final int ITEM_CHARS = 150;
	private static final double HEADING = 1.3;

	static Fit of(double budget, String title, List<String> signals, List<String> steps, List<String> phrases,
			String avoid) {
		double used = 2.6 + 1.45 * lines(shorten(title, TITLE_CHARS), TITLE_CHARS_PER_LINE);
		int[] taken = new int[3];
		List<List<String>> lists = List.of(steps, phrases, signals);
		int[] caps = { 5, 3, 3 };
		boolean avoidTaken = false;
		boolean progress = true;
		for (int round = 0; progress; round++) {
			progress = false;
			for (int i = 0; i < lists.size(); i++) {
				List<String> list = lists.get(i);
				if (taken[i] < Math.min(caps[i], list.size())) {
					double cost = lines(shorten(list.get(taken[i]), ITEM_CHARS), CHARS_PER_LINE)
							+ (taken[i] == 0 ? HEADING : 0) + 0.15;
					if (used + cost <= budget) {
						used += cost;
						taken[i]++;
						progress = true;
					}
				}
			}
			if (round == 0 && avoid != null) {
				double cost = lines("Not: " + shorten(avoid, ITEM_CHARS), CHARS_PER_LINE) + 1.3;
				if (used + cost <= budget) {
					used += cost;
					avoidTaken = true;
				}
			}
		}
		return new Fit(taken[2], taken[0], taken[1], avoidTaken);
	}

	private static int lines(String text, int perLine) {
		return Math.max(1, (text.length() + perLine - 1) / perLine);
	}

	/** Cuts text longer than {@code max} at a word boundary and adds an ellipsis. */
	static String shorten(String text, int max) {
		String t = text == null ? "" : text.strip();
		if (t.length() <= max) {
			return t;
		}
		int cut = t.lastIndexOf(' ', max - 1);
		return t.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "\u2026";
	}
}
