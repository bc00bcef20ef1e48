package parley.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.store.PlaybookStore;
import parley.ui.PlaybookSwitcher;

/** File > Open Playbook: a playbook folder chosen from the file system. */
public final class OpenPlaybookHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PlaybookSwitcher switcher) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Open Playbook");
		dialog.setMessage("Choose a playbook folder (it holds playbook.xmi).");
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path folder = Path.of(chosen);
		if (!PlaybookStore.isPlaybook(folder)) {
			MessageDialog.openError(shell, "Not a playbook", folder + " does not hold a playbook (no playbook.xmi)."
					+ " Choose a playbook folder, or create one with File > New Playbook.");
			return;
		}
		switcher.open(shell, folder);
	}
}
