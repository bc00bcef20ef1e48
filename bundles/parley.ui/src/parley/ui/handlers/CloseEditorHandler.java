package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/**
 * Close (Ctrl+W): closes the active entry editor as its tab's close button does, so an entry with unsaved
 * changes asks first ({@link parley.ui.WorkbenchClosing}); parts that cannot be closed are left alone.
 * Returns whether the editor closed.
 */
public final class CloseEditorHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.isCloseable();
	}

	@Execute
	boolean execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
		if (!part.isCloseable() || !parts.savePart(part, true)) {
			return false;
		}
		parts.hidePart(part);
		return true;
	}
}
