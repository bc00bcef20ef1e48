package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import parley.ui.parts.PracticePart;

/** Train > Practise a scenario (Ctrl+Shift+P): shows and activates the Practice part. */
public final class ShowPracticeHandler {

	@Execute
	void execute(EPartService parts) {
		activate(parts);
	}

	/** Shows and activates the Practice part (creating it if needed); null if the application has none. */
	public static PracticePart activate(EPartService parts) {
		return Handlers.showPart(parts, PracticePart.ID, PracticePart.class);
	}
}
