package parley.ui.handlers;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.ui.PlaybookSwitcher;
import parley.ui.VersionHints;
import parley.ui.dialogs.ClonePlaybookDialog;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;

/** File > Open Shared Playbook: copies a team's playbook from a git remote (in a job), then opens it. */
public final class ClonePlaybookHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PlaybookSwitcher switcher, UISynchronize sync) {
		ClonePlaybookDialog dialog = new ClonePlaybookDialog(shell);
		if (dialog.open() != Window.OK || !switcher.settleUnsavedChanges(shell)) {
			return;
		}
		Job job = Job.create("Copying the shared playbook from " + dialog.url(), monitor -> {
			try {
				PlaybookRepository.cloneFrom(dialog.url(), dialog.folder()).close();
			} catch (VcsException e) {
				sync.asyncExec(() -> MessageDialog.openError(shell, "Could not copy the shared playbook",
						VersionHints.message(e)));
				return Status.OK_STATUS;
			}
			sync.asyncExec(() -> switcher.open(shell, dialog.folder()));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

}
