package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import parley.core.edit.EditingSession;

/** Redo (Ctrl+Y, Ctrl+Shift+Z). */
public final class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session) {
		return session != null && session.canRedo();
	}

	@Execute
	void execute(EditingSession session) {
		session.redo();
	}
}
