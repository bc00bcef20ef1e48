package parley.ui;

/**
 * A part whose undo and redo are its own text's, not the playbook's (the Reply check part's draft): while such a
 * part is active, Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) act on its text.
 */
public interface TextUndo {

	boolean canUndoText();

	void undoText();

	boolean canRedoText();

	void redoText();
}
