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
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.core.store.OpenPlaybook;
import parley.publish.PublishException;
import parley.publish.PublishResult;
import parley.publish.workflow.ExportWorkflow;
import parley.publish.workflow.VersionChoice;
import parley.ui.Prompts;
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
	void execute(PlaybookSession session, @Optional EditingSession editing, @Optional Prompts prompts,
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
		if (result != null) {
			reportDone(Handlers.prompts(prompts, shell), result, dialog.viewerFailed(),
					folder -> Program.launch(folder.toString()));
		}
	}

	/**
	 * Says where the PDF went, what did not print and whether it could not be opened, and offers to open its
	 * folder (through {@code openFolder}, which answers whether it could).
	 */
	public static void reportDone(Prompts prompts, PublishResult result, boolean viewerFailed,
			java.util.function.Predicate<java.nio.file.Path> openFolder) {
		StringBuilder message = new StringBuilder("Wrote ").append(result.file()).append(" (")
				.append(result.pages()).append(result.pages() == 1 ? " page)." : " pages).");
		if (viewerFailed) {
			message.append("\n\nIt could not be opened: no program for PDF files is set up on this desktop.");
		}
		if (!result.warnings().isEmpty()) {
			message.append("\n\nNo font has some characters; they print as \uFFFD:\n")
					.append(String.join("\n", result.warnings()));
		}
		java.nio.file.Path folder = result.file().getParent();
		if (prompts.choose("Export finished", message.toString(), "Open folder", "Close") == 0
				&& !openFolder.test(folder)) {
			prompts.error("Export finished", "Could not open " + folder + ": no file manager is set up on this"
					+ " desktop. The PDF is there.");
		}
	}
}
