package parley.ui.dialogs;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import parley.ui.Accessibility;
import parley.publish.Layout;
import parley.ui.Preferences;
import parley.ui.Themes;
import parley.vcs.Author;

/**
 * File > Preferences: the author of versions, the theme (light or dark, applied at once to every open window by
 * {@link Themes#apply}) and the export dialog's defaults.
 */
public final class PreferencesDialog extends TitleAreaDialog {

	private final IThemeEngine themes;
	Text name;
	Text email;
	Combo theme;
	Button manual;
	Button cards;
	Button roleplay;
	Text exportFolder;
	Button approvedOnly;
	Button openWhenDone;

	private final String current;
	/** The line saying who versions are saved as now (package-private for tests); null when not shown. */
	Label currentNote;

	/** @param themes the workbench's theme engine, or null where there is none (tests) */
	public PreferencesDialog(Shell parent, IThemeEngine themes) {
		this(parent, themes, null);
	}

	/**
	 * @param themes  the workbench's theme engine, or null where there is none (tests)
	 * @param current who versions are saved as now, when no name is set here ("Ana &lt;ana@example.org&gt;",
	 *                from git's configuration or the login name), or null when not known
	 */
	public PreferencesDialog(Shell parent, IThemeEngine themes, String current) {
		super(parent);
		this.themes = themes;
		this.current = current;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Preferences");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Preferences");
		setMessage("Who saves versions, how Parley looks, and what exports start with.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(1, false));

		Group author = group(form, "Author of versions", 2);
		new Label(author, SWT.NONE).setText("&Name:");
		name = text(author, Preferences.get(Preferences.AUTHOR_NAME, ""), "as in git: Ana Trainer");
		new Label(author, SWT.NONE).setText("&E-mail:");
		email = text(author, Preferences.get(Preferences.AUTHOR_EMAIL, ""), "ana@example.org");
		if (current != null && Preferences.get(Preferences.AUTHOR_NAME, "").isBlank()) {
			// say who versions are saved as now, rather than showing an empty name as if there were none
			Author now = Author.parse(current).orElse(null);
			if (now != null) {
				name.setMessage(now.name());
				email.setMessage(now.email());
			}
			currentNote = new Label(author, SWT.WRAP);
			currentNote.setText("Versions are saved as " + current + " (from git's configuration, or your login"
					+ " name). A name set here is used instead.");
			GridData note = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
			note.widthHint = 380;
			currentNote.setLayoutData(note);
		}

		Group look = group(form, "Appearance", 2);
		new Label(look, SWT.NONE).setText("&Theme:");
		theme = new Combo(look, SWT.READ_ONLY);
		theme.setItems("Light", "Dark");
		String active = themes != null ? Themes.active(themes)
				: Preferences.get(Preferences.THEME, Preferences.LIGHT_THEME);
		theme.select(Themes.isDark(active) ? 1 : 0);

		Group export = group(form, "Export defaults", 3);
		new Label(export, SWT.NONE).setText("Layout:");
		Composite layouts = new Composite(export, SWT.NONE);
		layouts.setLayout(new GridLayout(3, false));
		layouts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		manual = new Button(layouts, SWT.RADIO);
		manual.setText("&Manual");
		cards = new Button(layouts, SWT.RADIO);
		cards.setText("&Pocket cards");
		roleplay = new Button(layouts, SWT.RADIO);
		roleplay.setText("&Role-play kits");
		Layout stored = Layout.parse(Preferences.get(Preferences.EXPORT_LAYOUT, Layout.MANUAL.key()));
		cards.setSelection(stored == Layout.CARDS);
		roleplay.setSelection(stored == Layout.ROLEPLAY);
		manual.setSelection(!cards.getSelection() && !roleplay.getSelection());
		new Label(export, SWT.NONE).setText("&Folder:");
		exportFolder = new Text(export, SWT.BORDER);
		exportFolder.setText(Preferences.get(Preferences.EXPORT_FOLDER, ""));
		exportFolder.setMessage("where exported PDFs go (default: your home folder)");
		exportFolder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(export, SWT.PUSH);
		browse.setText("&Browse…");
		browse.addListener(SWT.Selection, e -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				exportFolder.setText(chosen);
			}
		});
		approvedOnly = new Button(export, SWT.CHECK);
		approvedOnly.setText("Only &approved entries");
		approvedOnly.setSelection(Preferences.getBoolean(Preferences.EXPORT_APPROVED_ONLY, false));
		approvedOnly.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		openWhenDone = new Button(export, SWT.CHECK);
		openWhenDone.setText("&Open the PDF when the export is done");
		openWhenDone.setSelection(Preferences.getBoolean(Preferences.EXPORT_OPEN, true));
		openWhenDone.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		Accessibility.nameFromLabels(area); // each field is named after the label before it
		return area;
	}

	void pressOk() {
		okPressed();
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return group;
	}

	private static Text text(Composite parent, String value, String hint) {
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setMessage(hint);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 320;
		text.setLayoutData(data);
		return text;
	}

	@Override
	protected void okPressed() {
		Preferences.put(Preferences.AUTHOR_NAME, name.getText());
		Preferences.put(Preferences.AUTHOR_EMAIL, email.getText());
		String themeId = theme.getSelectionIndex() == 1 ? Preferences.DARK_THEME : Preferences.LIGHT_THEME;
		Preferences.put(Preferences.THEME, themeId);
		Layout layout = cards.getSelection() ? Layout.CARDS : roleplay.getSelection() ? Layout.ROLEPLAY : Layout.MANUAL;
		Preferences.put(Preferences.EXPORT_LAYOUT, layout.key());
		Preferences.put(Preferences.EXPORT_FOLDER, exportFolder.getText());
		Preferences.putBoolean(Preferences.EXPORT_APPROVED_ONLY, approvedOnly.getSelection());
		Preferences.putBoolean(Preferences.EXPORT_OPEN, openWhenDone.getSelection());
		if (themes != null && !themeId.equals(Themes.active(themes))) {
			Themes.apply(themes, getShell().getDisplay(), themeId);
		}
		super.okPressed();
	}
}
