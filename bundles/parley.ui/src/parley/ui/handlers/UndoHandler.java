package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;

/**
 * Undo (Ctrl+Z): undoes the last change, including a text edit still waiting for the typing pause. The menu item
 * names it ("Undo Approve Technique 'Active listening'").
 */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional MHandledMenuItem item) {
		Handlers.label(item, "&Undo", session == null || Handlers.hasPendingEdits(part) ? null : session.undoLabel());
		return session != null && (session.canUndo() || Handlers.hasPendingEdits(part));
	}

	@Execute
	void execute(EditingSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		Handlers.commitPendingEdits(part);
		session.undo();
	}
}
