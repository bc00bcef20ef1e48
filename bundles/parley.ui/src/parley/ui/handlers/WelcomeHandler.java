package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import parley.ui.Preferences;
import parley.ui.parts.DetailPart;

/** Help > Welcome: brings the welcome page back (in the Entry part, in front), also after it was hidden. */
public final class WelcomeHandler {

	@Execute
	void execute(EPartService parts) {
		Preferences.putBoolean(Preferences.WELCOME_HIDDEN, false);
		MPart part = parts.showPart(DetailPart.ID, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof DetailPart detail) {
			detail.showWelcome();
		}
	}
}
