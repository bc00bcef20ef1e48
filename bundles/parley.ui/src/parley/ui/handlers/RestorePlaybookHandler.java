package parley.ui.handlers;


import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.ui.EntryOpener;
import parley.ui.Prompts;
import parley.ui.VersionControl;

/**
 * Restore playbook: makes the whole model as it was in the version selected in the History part, as one
 * undoable edit, after saying what it replaces (see {@link WorkbenchRestore}); history is not rewritten.
 */
public final class RestorePlaybookHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing, @Optional VersionControl versions) {
		return editing != null && versions != null && versions.version() != null;
	}

	/** @return the job that reads the version (the restore follows the author's choice), or null */
	@Execute
	Job execute(EditingSession editing, VersionControl versions, @Optional EntryOpener opener,
			@Optional Prompts given, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Handlers.commitPendingEdits(part);
		return WorkbenchRestore.start(editing, versions, versions.version(), null, null, opener,
				Handlers.prompts(given, shell), Handlers.display(shell));
	}
}
