package parley.core.inbox;

import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateKind;

/** How the front ends name and show a candidate, and the text that finds the entries like it. */
public final class Candidates {

	private Candidates() {
	}

	/** "technique", "phrase (avoid)", "phrase (recommended)". */
	public static String kind(Candidate c) {
		return c.getKind().getLiteral()
				+ (c.getKind() == CandidateKind.PHRASE && c.getPhraseKind() != null ? " (" + c.getPhraseKind().getLiteral() + ")" : "");
	}

	/** The title on one line, cut to {@code max} characters with an ellipsis. */
	public static String shortTitle(Candidate c, int max) {
		String t = c.getTitle() == null ? "" : c.getTitle().strip().replaceAll("\\s+", " ");
		return t.length() <= max ? t : t.substring(0, max - 1) + "…";
	}

	/** The text the search compares with the playbook's entries ({@code SearchService.similarToText}). */
	public static String searchText(Candidate c) {
		return c.getText() == null || c.getText().isBlank() ? c.getTitle() : c.getTitle() + "\n" + c.getText();
	}
}
