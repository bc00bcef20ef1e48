package parley.publish.pdf;

import org.w3c.dom.Element;

import parley.model.playbook.Entry;

/**
 * The "DRAFT" marker on an unapproved entry an edition includes, and on the edition itself. It is text in the
 * document (a span in the entry's heading, a paragraph on the cover), so it is read aloud, found by search and
 * kept in the PDF's structure tree like any other text.
 */
final class DraftMark {

	/** The word on each unapproved entry. */
	static final String WORD = "DRAFT";
	/** The line on the cover of an edition with unapproved entries. */
	static final String COVER = "DRAFT \u2014 includes unapproved entries";

	private DraftMark() {
	}

	/** Appends " DRAFT" to {@code parent} when {@code entry} is an unapproved entry of the edition. */
	static void after(Xhtml x, Element parent, Edition edition, Entry entry) {
		if (edition.isDraft(entry)) {
			x.text(parent, " ");
			x.add(parent, "span", "draft-mark", WORD);
		}
	}

	/** The explanation under the cover line: how many entries are marked, and why. */
	static String explanation(Edition edition) {
		int n = edition.unapprovedCount();
		return (n == 1 ? "1 entry has" : n + " entries have") + " not been approved (drafts, in review or changed"
				+ " since approval) and " + (n == 1 ? "is" : "are") + " marked " + WORD
				+ ". Do not hand this edition to teams as guidance.";
	}
}
