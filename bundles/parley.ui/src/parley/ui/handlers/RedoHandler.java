package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;

import parley.core.edit.EditingSession;

/** Redo (Ctrl+Y, Ctrl+Shift+Z); the menu item names what it redoes. */
public final class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session, @Optional MHandledMenuItem item) {
		Handlers.label(item, "&Redo", session == null ? null : session.redoLabel());
		return session != null && session.canRedo();
	}

	@Execute
	void execute(EditingSession session) {
		session.redo();
	}
}
