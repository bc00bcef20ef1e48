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
 * Undo (Ctrl+Z): undoes the last change, including a text edit still waiting for the typing pause. The menu item
 * names it ("Undo Approve Technique 'Active listening'"). In a part with a text of its own ({@link TextUndo}: the
 * Reply check part) it undoes that text instead.
 */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional MHandledMenuItem item) {
		if (TextUndo.of(part == null ? null : part.getObject()) instanceof TextUndo text) {
			Handlers.label(item, "&Undo", "typing");
			return text.canUndoText();
		}
		Handlers.label(item, "&Undo", session == null || Handlers.hasPendingEdits(part) ? null : session.undoLabel());
		return session != null && (session.canUndo() || Handlers.hasPendingEdits(part));
	}

	@Execute
	void execute(@Optional EditingSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (TextUndo.of(part == null ? null : part.getObject()) instanceof TextUndo text) {
			text.undoText();
			return;
		}
		Handlers.commitPendingEdits(part);
		if (session != null) {
			session.undo();
		}
	}
}
