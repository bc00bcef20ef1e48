package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/**
 * Quit (Ctrl+Q, File > Quit): what the window's close button does — Parley's one question about unsaved
 * changes ({@link parley.ui.WorkbenchClosing}) — then the workbench ends. Returns whether it did.
 */
public final class QuitHandler {

	@Execute
	boolean execute(MApplication application, IWorkbench workbench) {
		for (MWindow window : application.getChildren()) {
			IWindowCloseHandler handler = window.getContext() == null ? null
					: window.getContext().get(IWindowCloseHandler.class);
			if (handler != null && !handler.close(window)) {
				return false;
			}
		}
		return workbench.close();
	}
}
