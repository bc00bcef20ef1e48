package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import parley.ui.parts.InboxPart;

/** Review > Import inbox (Ctrl+Shift+I): shows and activates the Inbox part. */
public final class ShowInboxHandler {

	@Execute
	void execute(EPartService parts) {
		activate(parts);
	}

	/** Shows and activates the Inbox part (creating it if needed); null if the application has none. */
	public static InboxPart activate(EPartService parts) {
		MPart part = parts.showPart(InboxPart.ID, PartState.ACTIVATE);
		return part != null && part.getObject() instanceof InboxPart inbox ? inbox : null;
	}
}
