package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import parley.ui.parts.ReviewPart;

/** Review > Review queue (Ctrl+Shift+R): shows and activates the Review part. */
public final class ShowReviewHandler {

	@Execute
	void execute(EPartService parts) {
		activate(parts);
	}

	/** Shows and activates the Review part (creating it if needed); null if the application has none. */
	public static ReviewPart activate(EPartService parts) {
		MPart part = parts.showPart(ReviewPart.ID, PartState.ACTIVATE);
		return part != null && part.getObject() instanceof ReviewPart review ? review : null;
	}
}
