package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.ui.dialogs.PreferencesDialog;

/** Window > Preferences: author, theme, export defaults. */
public final class PreferencesHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional IThemeEngine themes,
			@Optional EditingSession editing) {
		// the person editing is named after the author of versions (VersionControl.identify)
		new PreferencesDialog(shell, themes, editing == null ? null : editing.editor()).open();
	}
}
