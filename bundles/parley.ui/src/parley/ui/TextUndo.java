package parley.ui;

/**
 * A part whose undo and redo are its own text's, not the playbook's (the Reply check part's draft): while such a
 * part is active, Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) act on its text.
 */
public interface TextUndo {

	/** The widget data key under which a part's text widget names its {@code TextUndo}. */
	String KEY = "parley.ui.TextUndo";

	/**
	 * The {@code TextUndo} that Undo and Redo act on: the active part's, else that of the text with the keyboard
	 * focus (while a window of the part's own, such as a hover, has just closed); null for the playbook's.
	 */
	static TextUndo of(Object activePart) {
		if (activePart instanceof TextUndo text) {
			return text;
		}
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		org.eclipse.swt.widgets.Control focus = display == null ? null : display.getFocusControl();
		return focus != null && focus.getData(KEY) instanceof TextUndo text ? text : null;
	}

	boolean canUndoText();

	void undoText();

	boolean canRedoText();

	void redoText();
}
