package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.ui.dialogs.PreferencesDialog;

/** Window > Preferences: author, theme, export defaults. */
public final class PreferencesHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional IThemeEngine themes) {
		new PreferencesDialog(shell, themes).open();
	}
}
