package parley.ui;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;

import parley.core.edit.EditingSession;
import parley.core.store.StoreException;
import parley.ui.parts.EntryEditorPart;

/**
 * Settling unsaved changes before the model is replaced (restore, sync, another playbook): one question,
 * asked the same way everywhere.
 */
public final class UnsavedChanges {

	private UnsavedChanges() {
	}

	/** Writes the active editor's text edit that waits for the typing pause, so undo and save see it. */
	public static void commitPendingEdits(MPart activePart) {
		if (activePart != null && activePart.getObject() instanceof EntryEditorPart editor) {
			editor.commitPending();
		}
	}

	/**
	 * Saves the unsaved changes, or discards them when the user says so ({@code mayDiscard}; the recovery
	 * file goes too, so they are not offered again). Returns false when the user cancelled or saving failed.
	 *
	 * @param what why the question is asked ("Restoring replaces the playbook's files.")
	 */
	public static boolean settle(EditingSession editing, MPart activePart, Prompts prompts, String what,
			boolean mayDiscard) {
		commitPendingEdits(activePart);
		if (editing == null || !editing.isDirty()) {
			return true;
		}
		String[] buttons = mayDiscard ? new String[] { "Save", "Discard", "Cancel" } : new String[] { "Save", "Cancel" };
		int choice = prompts.choose("Unsaved changes", "The playbook has changes that are not saved. " + what
				+ (mayDiscard ? "\n\nSave them first, or discard them?" : "\n\nSave them first?"), buttons);
		if (choice == 0) {
			try {
				editing.save();
				return true;
			} catch (StoreException e) {
				prompts.error("Could not save", e.getMessage());
				return false;
			}
		}
		if (mayDiscard && choice == 1) {
			editing.discardRecovery();
			return true;
		}
		return false;
	}
}
