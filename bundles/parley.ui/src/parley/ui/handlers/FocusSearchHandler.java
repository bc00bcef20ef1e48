package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import parley.ui.parts.SearchPart;

/** Ctrl+Shift+F: activates the search part and puts the focus into its query box, text selected. */
public final class FocusSearchHandler {

	@Execute
	void execute(EPartService parts) {
		SearchPart search = activate(parts);
		if (search != null) {
			search.focusQuery();
		}
	}

	/** Shows and activates the search part (creating it if needed); null if the application has none. */
	public static SearchPart activate(EPartService parts) {
		MPart part = parts.showPart(SearchPart.ID, PartState.ACTIVATE);
		return part != null && part.getObject() instanceof SearchPart search ? search : null;
	}
}
