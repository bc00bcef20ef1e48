package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.model.playbook.Identified;
import parley.model.playbook.Step;
import parley.ui.EntryOpener;

/** Duplicate: copies the selected entity (new ids, a draft) and opens the copy. */
public final class DuplicateHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return session != null && Handlers.element(selection) instanceof Identified && !(selection instanceof Step);
	}

	@Execute
	void execute(EditingSession session, @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional EntryOpener opener) {
		Identified copy = session.duplicate((Identified) selection);
		if (copy != null && opener != null) {
			opener.open(copy, null);
		}
	}
}
