package parley.ui.handlers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.core.store.OpenPlaybook;
import parley.publish.PublishException;
import parley.publish.PublishResult;
import parley.publish.workflow.ExportWorkflow;
import parley.publish.workflow.VersionChoice;
import parley.ui.dialogs.ExportDialog;

/**
 * File > Export PDF (Ctrl+E): the export dialog over the open playbook, as it is in the editor. The versions
 * and the export itself come from {@link ExportWorkflow}; this handler only words them for the dialog.
 */
public final class ExportHandler {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu").withZone(ZoneId.systemDefault());

	@CanExecute
	boolean canExecute(@Optional PlaybookSession session) {
		return session != null && session.current() != null;
	}

	@Execute
	void execute(PlaybookSession session, @Optional EditingSession editing,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		OpenPlaybook open = session.current();
		ExportWorkflow workflow = new ExportWorkflow();
		String versionName = null;
		List<ExportDialog.Since> versions = new ArrayList<>();
		try {
			versionName = workflow.currentVersionName(open.folder());
			for (VersionChoice version : workflow.versions(open.folder())) {
				versions.add(new ExportDialog.Since(version.name() + " \u2014 " + version.summary() + " ("
						+ DAY.format(version.time()) + ")", version.revision()));
			}
		} catch (PublishException e) {
			MessageDialog.openWarning(shell, "Versions unavailable", e.getMessage()
					+ "\n\nThe export can still be made, without a \u201Cwhat changed\u201D section.");
		}
		versionName = ExportWorkflow.versionName(versionName, editing != null && editing.isDirty());
		ExportDialog dialog = new ExportDialog(shell, open.playbook(), open.folder(), workflow, versionName, versions);
		dialog.open();
		PublishResult result = dialog.result();
		if (result != null && !result.warnings().isEmpty()) {
			MessageDialog.openWarning(shell, "Some characters did not print",
					"The PDF was written, but no font has some characters; they print as \uFFFD:\n\n"
							+ String.join("\n", result.warnings()));
		}
	}
}
