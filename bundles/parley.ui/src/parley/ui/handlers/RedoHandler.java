package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.ui.TextUndo;

/**
 * Redo (Ctrl+Y, Ctrl+Shift+Z); the menu item names what it redoes. In a part with a text of its own
 * ({@link TextUndo}) it redoes that text instead.
 */
public final class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional MHandledMenuItem item) {
		if (TextUndo.of(part == null ? null : part.getObject()) instanceof TextUndo text) {
			Handlers.label(item, "&Redo", "typing");
			return text.canRedoText();
		}
		Handlers.label(item, "&Redo", session == null ? null : session.redoLabel());
		return session != null && session.canRedo();
	}

	@Execute
	void execute(@Optional EditingSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (TextUndo.of(part == null ? null : part.getObject()) instanceof TextUndo text) {
			text.redoText();
		} else if (session != null) {
			session.redo();
		}
	}
}
