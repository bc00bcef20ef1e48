package parley.publish.workflow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import parley.model.playbook.Playbook;
import parley.publish.Layout;
import parley.publish.Selection;
import parley.publish.Sheet;

/**
 * One export, as a front end asks for it.
 *
 * @param playbook       the playbook, as it is in memory (the editor's, with its unsaved edits)
 * @param folder         its folder (no output may go inside it; its versions give "what changed"), or null for
 *                       a playbook that has none (a generated one)
 * @param layout         manual or pocket cards
 * @param selection      which entries
 * @param since          the version the "what changed" section counts from (a release name, a version id or
 *                       {@code HEAD~N}), or null for no such section
 * @param out            the PDF to write, as the user gave it (made absolute against the working directory)
 * @param title          the document title, or null for the playbook's
 * @param versionName    the version on the cover and in the footers, or null to take it from the playbook's
 *                       versions ({@link VersionSource#currentName})
 * @param unsavedChanges whether the playbook in memory has edits its folder does not (the version name then
 *                       says "with unsaved changes")
 * @param date           the edition date on the cover
 * @param sheet          how pocket cards are put on paper (null: one per A6 page)
 * @param strict         refuse to write anything when some characters would not print (no font has them)
 *                       instead of printing U+FFFD for them with a warning
 * @param cutApart       role-play kits only: arranged to be cut apart and handed to three people
 *                       ({@link parley.publish.PublishOptions#cutApart})
 */
public record ExportRequest(Playbook playbook, Path folder, Layout layout, Selection selection, String since, Path out,
		String title, String versionName, boolean unsavedChanges, LocalDate date, Sheet sheet, boolean strict,
		boolean cutApart) {

	public ExportRequest {
		Objects.requireNonNull(playbook, "playbook");
		Objects.requireNonNull(layout, "layout");
		Objects.requireNonNull(selection, "selection");
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(date, "date");
		since = since == null || since.isBlank() ? null : since.strip();
		sheet = sheet == null ? Sheet.A6 : sheet;
	}

	/**
	 * A request whose cards, if any, are one per A6 page and role-play kits a booklet, printing characters no font
	 * has as U+FFFD; the {@code with…} methods change the rest.
	 */
	public ExportRequest(Playbook playbook, Path folder, Layout layout, Selection selection, String since, Path out,
			String title, String versionName, boolean unsavedChanges, LocalDate date) {
		this(playbook, folder, layout, selection, since, out, title, versionName, unsavedChanges, date, Sheet.A6, false,
				false);
	}

	/** A manual of the whole playbook to {@code out}, dated today, with no "what changed" section. */
	public static ExportRequest of(Playbook playbook, Path folder, Path out) {
		return new ExportRequest(playbook, folder, Layout.MANUAL, Selection.ALL, null, out, null, null, false,
				LocalDate.now());
	}

	public ExportRequest withLayout(Layout newLayout) {
		return new ExportRequest(playbook, folder, newLayout, selection, since, out, title, versionName, unsavedChanges,
				date, sheet, strict, cutApart);
	}

	public ExportRequest withSelection(Selection newSelection) {
		return new ExportRequest(playbook, folder, layout, newSelection, since, out, title, versionName, unsavedChanges,
				date, sheet, strict, cutApart);
	}

	public ExportRequest withSince(String newSince) {
		return new ExportRequest(playbook, folder, layout, selection, newSince, out, title, versionName, unsavedChanges,
				date, sheet, strict, cutApart);
	}

	public ExportRequest withSheet(Sheet newSheet) {
		return new ExportRequest(playbook, folder, layout, selection, since, out, title, versionName, unsavedChanges,
				date, newSheet, strict, cutApart);
	}

	public ExportRequest withTitle(String newTitle) {
		return new ExportRequest(playbook, folder, layout, selection, since, out, newTitle, versionName, unsavedChanges,
				date, sheet, strict, cutApart);
	}

	/** Role-play kits cut apart for three people (true) or as a booklet (false). */
	public ExportRequest withCutApart(boolean newCutApart) {
		return new ExportRequest(playbook, folder, layout, selection, since, out, title, versionName, unsavedChanges,
				date, sheet, strict, newCutApart);
	}

	/** Refuse to write anything when some characters would not print (no font has them). */
	public ExportRequest withStrict(boolean newStrict) {
		return new ExportRequest(playbook, folder, layout, selection, since, out, title, versionName, unsavedChanges,
				date, sheet, newStrict, cutApart);
	}

	public ExportRequest withVersionName(String newVersionName, boolean hasUnsavedChanges) {
		return new ExportRequest(playbook, folder, layout, selection, since, out, title, newVersionName,
				hasUnsavedChanges, date, sheet, strict, cutApart);
	}
}
