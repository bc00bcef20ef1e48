package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.store.StoreException;

/** Save (Ctrl+S): writes the changed files of the playbook. */
public final class SaveHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return session != null && (session.isDirty() || Handlers.hasPendingEdits(part));
	}

	@Execute
	void execute(EditingSession session, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) throws StoreException {
		Handlers.commitPendingEdits(part);
		try {
			session.save();
		} catch (StoreException e) {
			if (shell == null) {
				throw e;
			}
			MessageDialog.openError(shell, "Could not save", e.getMessage());
		}
	}
}
