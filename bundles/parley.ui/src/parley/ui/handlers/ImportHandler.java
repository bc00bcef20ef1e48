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
 * File > Import > JSON / CSV folder / Markdown folder: the format is the command parameter {@value #FORMAT}
 * ({@code json}, {@code csv}, {@code markdown}). Asks for the file or folder, then {@link Interchange#importFrom}
 * reads it in the background, shows what would change (or every problem, and imports nothing), asks, and runs
 * the import as one undoable command.
 */
public final class ImportHandler {

	public static final String FORMAT = "parley.ui.commandparameter.format";

	@CanExecute
	boolean canExecute(@Optional EditingSession editing) {
		return editing != null;
	}

	/** @return the job reading the input, or null when the user cancelled */
	@Execute
	Job execute(EditingSession editing, @Optional @Named(FORMAT) String formatName, @Optional Prompts prompts,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Interchange.Format format = Interchange.Format.parse(formatName);
		Prompts ask = Handlers.prompts(prompts, shell);
		String chosen = ask.choosePath(format.folder() ? "Import the " + format.label() + " folder"
				: "Import a " + format.label() + " file", format.folder(), false, format.suggested());
		if (chosen == null) {
			return null;
		}
		Handlers.commitPendingEdits(part); // the import sees, and is undone after, the text being typed
		return Interchange.importFrom(format, Path.of(chosen), editing, ask, Handlers.display(shell));
	}
}
