package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.service.NewPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.ui.PlaybookSwitcher;
import parley.ui.dialogs.NewPlaybookDialog;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;

/** File > New Playbook: creates a playbook folder (starter or empty, a git repository) and opens it. */
public final class NewPlaybookHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PlaybookSwitcher switcher) {
		NewPlaybookDialog dialog = new NewPlaybookDialog(shell);
		if (dialog.open() != Window.OK || !switcher.settleUnsavedChanges(shell)) {
			return;
		}
		try {
			NewPlaybook.create(new XmiPlaybookStore(), dialog.folder(), dialog.empty(), dialog.title());
			PlaybookRepository.open(dialog.folder()).close();
		} catch (StoreException | VcsException e) {
			MessageDialog.openError(shell, "Could not create the playbook", e.getMessage());
			return;
		}
		switcher.open(shell, dialog.folder());
	}
}
