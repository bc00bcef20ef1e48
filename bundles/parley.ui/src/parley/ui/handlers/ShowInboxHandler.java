package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import parley.ui.parts.InboxPart;

/** Review > Import inbox (Ctrl+Shift+I): shows and activates the Inbox part. */
public final class ShowInboxHandler {

	@Execute
	void execute(EPartService parts) {
		activate(parts);
	}

	/** Shows and activates the Inbox part (creating it if needed); null if the application has none. */
	public static InboxPart activate(EPartService parts) {
		return Handlers.showPart(parts, InboxPart.ID, InboxPart.class);
	}
}
