package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import parley.ui.parts.ReplyCheckPart;

/** Train > Reply check (Ctrl+Shift+K): shows and activates the Reply check part. */
public final class ShowReplyCheckHandler {

	@Execute
	void execute(EPartService parts) {
		activate(parts);
	}

	/** Shows and activates the Reply check part (creating it if needed); null if the application has none. */
	public static ReplyCheckPart activate(EPartService parts) {
		return Handlers.showPart(parts, ReplyCheckPart.ID, ReplyCheckPart.class);
	}
}
