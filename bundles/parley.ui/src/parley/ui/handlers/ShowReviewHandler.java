package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import parley.ui.parts.ReviewPart;

/** Review > Review queue (Ctrl+Shift+R): shows and activates the Review part. */
public final class ShowReviewHandler {

	@Execute
	void execute(EPartService parts) {
		activate(parts);
	}

	/** Shows and activates the Review part (creating it if needed); null if the application has none. */
	public static ReviewPart activate(EPartService parts) {
		return Handlers.showPart(parts, ReviewPart.ID, ReviewPart.class);
	}
}
