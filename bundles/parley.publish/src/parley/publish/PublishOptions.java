package parley.publish;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to publish and how.
 *
 * @param layout      manual, pocket cards, changes handout or role-play kits
 * @param selection   which entries
 * @param title       the document title; null: the playbook's title
 * @param author      the author in the PDF metadata; null: the playbook's organisation, else "Parley"
 * @param version     the version name on the cover and in every footer ("v1.2", "draft after v1.1")
 * @param date        the edition date on the cover
 * @param whatChanged the "what changed" section, or null for none
 * @param sheet       how pocket cards are put on paper (null: one per A6 page); the manual ignores it
 * @param strict      refuse to write a document in which some characters would not print (no font has them)
 *                    instead of printing U+FFFD for them with a warning
 * @param cutApart    role-play kits only: the parts arranged to be cut apart and handed to three people (the
 *                    learner brief and the customer card on the two halves of one A4 sheet, the observer sheet on a
 *                    sheet of its own); false: a booklet, every part starting on a page of its own
 */
public record PublishOptions(Layout layout, Selection selection, String title, String author, String version,
		LocalDate date, WhatChanged whatChanged, Sheet sheet, boolean strict, boolean cutApart) {

	public PublishOptions {
		Objects.requireNonNull(layout, "layout");
		Objects.requireNonNull(selection, "selection");
		Objects.requireNonNull(date, "date");
		version = version == null || version.isBlank() ? "unversioned draft" : version.strip();
		title = title == null || title.isBlank() ? null : title.strip();
		author = author == null || author.isBlank() ? null : author.strip();
		sheet = sheet == null ? Sheet.A6 : sheet;
	}

	/**
	 * Options with cards, if any, one per A6 page, role-play kits as a booklet, that print what no font has as
	 * U+FFFD with a warning; the {@code with…} methods change the rest.
	 */
	public PublishOptions(Layout layout, Selection selection, String title, String author, String version,
			LocalDate date, WhatChanged whatChanged) {
		this(layout, selection, title, author, version, date, whatChanged, Sheet.A6, false, false);
	}

	/** A manual of the whole playbook, dated today. */
	public static PublishOptions manual() {
		return new PublishOptions(Layout.MANUAL, Selection.ALL, null, null, null, LocalDate.now(), null);
	}

	public PublishOptions withLayout(Layout newLayout) {
		return new PublishOptions(newLayout, selection, title, author, version, date, whatChanged, sheet, strict, cutApart);
	}

	public PublishOptions withSelection(Selection newSelection) {
		return new PublishOptions(layout, newSelection, title, author, version, date, whatChanged, sheet, strict, cutApart);
	}

	public PublishOptions withTitle(String newTitle) {
		return new PublishOptions(layout, selection, newTitle, author, version, date, whatChanged, sheet, strict, cutApart);
	}

	public PublishOptions withVersion(String newVersion) {
		return new PublishOptions(layout, selection, title, author, newVersion, date, whatChanged, sheet, strict, cutApart);
	}

	public PublishOptions withSheet(Sheet newSheet) {
		return new PublishOptions(layout, selection, title, author, version, date, whatChanged, newSheet, strict, cutApart);
	}

	public PublishOptions withStrict(boolean newStrict) {
		return new PublishOptions(layout, selection, title, author, version, date, whatChanged, sheet, newStrict, cutApart);
	}

	public PublishOptions withCutApart(boolean newCutApart) {
		return new PublishOptions(layout, selection, title, author, version, date, whatChanged, sheet, strict, newCutApart);
	}

	public PublishOptions withWhatChanged(WhatChanged changes) {
		return new PublishOptions(layout, selection, title, author, version, date, changes, sheet, strict, cutApart);
	}
}
