package parley.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;

/** Delete (Del in the navigator): deletes the selected entity or step and every link to it; undoable. */
public final class DeleteHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return session != null && Handlers.element(selection) != null;
	}

	@Execute
	void execute(EditingSession session, @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (Handlers.element(selection) != null) {
			session.delete(List.of(Handlers.element(selection)));
		}
	}
}
