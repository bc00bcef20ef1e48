package parley.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.ui.Interchange;
import parley.ui.Prompts;

/**
 * File > Export > JSON / CSV / Markdown: the whole playbook as it is in the editor (unsaved changes included),
 * in the format of the command parameter {@value ImportHandler#FORMAT}. {@link Interchange#exportTo} checks the
 * output as {@code parley export} does, asks before replacing, writes in the background and says where.
 */
public final class ExportDataHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing) {
		return editing != null;
	}

	/** @return the job writing the files, or null when nothing is written */
	@Execute
	Job execute(EditingSession editing, @Optional @Named(ImportHandler.FORMAT) String formatName,
			@Optional Prompts prompts, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Interchange.Format format = Interchange.Format.parse(formatName);
		Prompts ask = Handlers.prompts(prompts, shell);
		String chosen = ask.choosePath(format.folder() ? "Export as " + format.label() + " into a folder"
				: "Export as " + format.label(), format.folder(), true, format.suggested());
		if (chosen == null) {
			return null;
		}
		Handlers.commitPendingEdits(part); // the export holds the text being typed
		return Interchange.exportTo(format, Path.of(chosen), editing.playbook().playbook(),
				editing.playbook().folder(), ask, Handlers.display(shell));
	}
}
