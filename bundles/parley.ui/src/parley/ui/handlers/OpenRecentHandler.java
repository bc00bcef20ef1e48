package parley.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.ui.PlaybookSwitcher;

/** File > Recent Playbooks > folder: the command carries the folder as its parameter. */
public final class OpenRecentHandler {

	public static final String FOLDER_PARAMETER = "parley.ui.commandparameter.folder";

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PlaybookSwitcher switcher,
			@Named(FOLDER_PARAMETER) String folder) {
		switcher.open(shell, Path.of(folder));
	}
}
