package parley.ui;

import org.eclipse.jface.window.Window;

/**
 * The questions handlers ask the user. The workbench answers with dialogs ({@link DialogPrompts}, used when
 * the context holds no {@code Prompts}); tests put scripted answers into the context.
 */
public interface Prompts {

	/**
	 * Asks for one or more lines of text.
	 *
	 * @param labels  one label per field
	 * @param initial the fields' initial values (same length as labels)
	 * @return the values typed, or null when the user cancelled
	 */
	String[] ask(String title, String message, String[] labels, String[] initial);

	/** Offers a choice of buttons; returns the index of the one chosen, or -1 when the dialog was closed. */
	int choose(String title, String message, String... buttons);

	/** Tells the user something (long text, such as release notes, is shown scrollable). */
	void inform(String title, String message);

	/** Tells the user what failed and what to do. */
	void error(String title, String message);

	/**
	 * Asks for a file or folder to read or write (the workbench shows the system's file dialog).
	 *
	 * @param folder    a folder rather than a file
	 * @param save      to write (the dialog may name a file that does not exist yet) rather than to read
	 * @param suggested the file name to start with, or null
	 * @return the absolute path chosen, or null when the user cancelled
	 */
	default String choosePath(String title, boolean folder, boolean save, String suggested) {
		return null;
	}

	/** Opens a dialog of the caller's (the workbench blocks until it closes); returns its return code. */
	int open(Window window);
}
