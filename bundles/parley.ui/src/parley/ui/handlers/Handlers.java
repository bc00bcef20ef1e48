package parley.ui.handlers;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.core.store.StoreException;
import parley.model.playbook.Playbook;
import parley.ui.DialogPrompts;
import parley.ui.EntryOpener;
import parley.ui.Prompts;
import parley.ui.VersionControl;
import parley.ui.parts.EntryEditorPart;

/** What the handlers share. */
final class Handlers {
	private Handlers() {
	}

	/** Writes the active editor's text edit that waits for the typing pause, so undo and save see it. */
	static void commitPendingEdits(MPart activePart) {
		if (activePart != null && activePart.getObject() instanceof EntryEditorPart editor) {
			editor.commitPending();
		}
	}

	static boolean hasPendingEdits(MPart activePart) {
		return activePart != null && activePart.getObject() instanceof EntryEditorPart editor && editor.hasPendingEdit();
	}

	/** The selection if it is an element of the playbook (an entity or a step), else null. */
	static EObject element(Object selection) {
		if (selection instanceof EObject element && element.eContainer() != null && !(element instanceof Playbook)) {
			return element;
		}
		return null;
	}

	/** The context's prompts, else dialogs over the active shell. */
	static Prompts prompts(Prompts prompts, Shell shell) {
		return prompts != null ? prompts : new DialogPrompts(shell);
	}

	static Display display(Shell shell) {
		return shell != null ? shell.getDisplay() : Display.getCurrent();
	}

	/**
	 * Before the playbook's files are replaced (restore, sync): saves the unsaved changes, or discards them
	 * when the user says so ({@code mayDiscard}). Returns false when the user cancelled or saving failed.
	 */
	static boolean settleUnsaved(EditingSession editing, MPart activePart, Prompts prompts, String what,
			boolean mayDiscard) {
		commitPendingEdits(activePart);
		if (!editing.isDirty()) {
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
			editing.discardRecovery(); // the playbook is read again from disk; nothing to recover
			return true;
		}
		return false;
	}

	/** Reads the playbook again after its files changed (closes entry editors first). */
	static Job reload(VersionControl versions, PlaybookSession session, EntryOpener opener, EditingSession editing,
			Display display) {
		return versions.reload(session, opener, editing.playbook().folder(), display);
	}
}
