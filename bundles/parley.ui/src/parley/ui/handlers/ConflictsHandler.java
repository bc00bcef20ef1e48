package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.ui.EntryOpener;
import parley.ui.Prompts;
import parley.ui.VersionControl;
import parley.ui.parts.ConflictsDialog;

/** Merge conflicts…: the conflicts a sync left, to settle field by field, then finish or abort the merge. */
public final class ConflictsHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing, @Optional VersionControl versions) {
		return editing != null && versions != null;
	}

	@Execute
	ConflictsDialog execute(EditingSession editing, VersionControl versions, PlaybookSession session,
			@Optional EntryOpener opener, @Optional Prompts given,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Prompts prompts = Handlers.prompts(given, shell);
		if (!Handlers.settleUnsaved(editing, part, prompts, "Settling conflicts writes the playbook.", true)) {
			return null;
		}
		return open(editing, versions, session, opener, prompts, shell);
	}

	/** Opens the dialog; the playbook is read again when it closes (whatever was settled is on disk). */
	static ConflictsDialog open(EditingSession editing, VersionControl versions, PlaybookSession session,
			EntryOpener opener, Prompts prompts, Shell shell) {
		ConflictsDialog dialog = new ConflictsDialog(shell, editing.playbook().folder(), versions,
				() -> Handlers.reload(versions, session, opener, editing, Handlers.display(shell)));
		prompts.open(dialog);
		return dialog;
	}
}
