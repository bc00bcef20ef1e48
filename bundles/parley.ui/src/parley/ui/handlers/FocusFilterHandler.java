package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import parley.ui.parts.NavigatorPart;

/** Ctrl+F: activates the navigator and puts the focus into its filter box. */
public final class FocusFilterHandler {

	public static final String NAVIGATOR = "parley.ui.part.navigator";

	@Execute
	void execute(EPartService parts) {
		MPart part = parts.showPart(NAVIGATOR, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof NavigatorPart navigator) {
			navigator.focusFilter();
		}
	}
}
