package parley.ui;

import java.util.Collection;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;

import parley.core.edit.EditingSession;
import parley.core.service.EntryType;
import parley.core.service.Labels;
import parley.core.store.StoreException;
import parley.model.playbook.Playbook;
import parley.ui.parts.EntryEditorPart;

/**
 * Settling unsaved changes — before the model is replaced (restore, sync, another playbook), before the
 * window closes, and when an entry's editor closes: the questions, asked the same way everywhere.
 */
public final class UnsavedChanges {

	/** How many changed entries a question names before it says "and N more". */
	static final int LISTED = 12;

	private UnsavedChanges() {
	}

	/** Writes the active editor's text edit that waits for the typing pause, so undo and save see it. */
	public static void commitPendingEdits(MPart activePart) {
		if (activePart != null && activePart.getObject() instanceof EntryEditorPart editor) {
			editor.commitPending();
		}
	}

	/** Writes the text edits that wait for the typing pause in every editor among {@code parts}. */
	public static void commitPendingEdits(Collection<MPart> parts) {
		for (MPart part : parts) {
			commitPendingEdits(part);
		}
	}

	/**
	 * The entries with unsaved changes, one a line ("  •  Scenario 'Angry caller' (changed)"), at most
	 * {@value #LISTED} and then how many more.
	 */
	public static String describe(EditingSession editing) {
		List<EditingSession.Unsaved> unsaved = editing.unsavedChanges();
		StringBuilder b = new StringBuilder();
		for (EditingSession.Unsaved u : unsaved.subList(0, Math.min(LISTED, unsaved.size()))) {
			if (!b.isEmpty()) {
				b.append('\n');
			}
			b.append("  •  ").append(name(u.element())).append(" (").append(switch (u.change()) {
			case NEW -> "new";
			case CHANGED -> "changed";
			case DELETED -> "deleted";
			}).append(')');
		}
		if (unsaved.size() > LISTED) {
			b.append("\n  •  and ").append(unsaved.size() - LISTED).append(" more");
		}
		return b.toString();
	}

	/** "Scenario 'Angry caller'", "Tag 'billing'", "The playbook's title and description". */
	static String name(EObject element) {
		if (element instanceof Playbook) {
			return "The playbook's own fields";
		}
		EntryType type = EntryType.of(element.eClass());
		String kind = type != null ? Character.toUpperCase(type.key().charAt(0)) + type.key().substring(1)
				: element.eClass().getName();
		String name = Labels.name(element);
		return kind + " '" + parley.core.service.Labels.orUntitled(name) + "'";
	}

	/**
	 * Saves the unsaved changes, or discards them when the user says so ({@code mayDiscard}; the recovery
	 * file goes too, so they are not offered again). The question names the changed entries. Returns false
	 * when the user cancelled or saving failed. When it returns true the recovery file is as it should be
	 * (deleted), so the process may end at once.
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
		int choice = prompts.choose("Unsaved changes", "These changes are not saved:\n\n" + describe(editing) + "\n\n"
				+ (what.isEmpty() ? "" : what + "\n\n")
				+ (mayDiscard ? "Save them first, or discard them?" : "Save them first?"), buttons);
		if (choice == 0) {
			return save(editing, prompts);
		}
		if (mayDiscard && choice == 1) {
			editing.discardRecovery();
			return true;
		}
		return false;
	}

	/**
	 * Closing an entry's editor: asks about that entry's unsaved changes (and only when it has any). Save
	 * saves the playbook; Don't Save sets the entry back to its saved state ({@link EditingSession#discardChanges},
	 * one undoable command: the navigator, problems and status follow, and Undo brings the changes back);
	 * Cancel keeps the editor open. Returns whether the editor may close.
	 */
	public static boolean settleEntry(EditingSession editing, EntryEditorPart editor, Prompts prompts) {
		editor.commitPending();
		EObject entity = editor.entity();
		if (editing == null || entity == null || !editor.isAlive() || !editing.hasUnsavedChanges(entity)) {
			return true;
		}
		long others = editing.unsavedChanges().stream().filter(u -> u.element() != entity).count();
		boolean isNew = editing.unsavedChanges().stream()
				.anyMatch(u -> u.element() == entity && u.change() == EditingSession.Change.NEW);
		String message = name(entity) + (isNew ? " is new and not saved yet." : " has changes that are not saved.")
				+ "\n\n" + (others == 0 ? ""
						: "Save saves the whole playbook, with the changes of " + others
								+ (others == 1 ? " other entry. " : " other entries. "))
				+ (isNew ? "Don't Save removes it" : "Don't Save sets " + (others == 0 ? "it" : "only this entry")
						+ " back to how it was saved")
				+ " (Undo brings the changes back).";
		int choice = prompts.choose("Save changes?", message, "Save", "Don't Save", "Cancel");
		if (choice == 0) {
			return save(editing, prompts);
		}
		if (choice == 1) {
			try {
				editing.discardChanges(entity);
				return true;
			} catch (StoreException e) {
				prompts.error("Could not discard the changes", e.getMessage());
				return false;
			}
		}
		return false;
	}

	private static boolean save(EditingSession editing, Prompts prompts) {
		try {
			editing.save();
			editing.flushRecovery();
			return true;
		} catch (StoreException e) {
			prompts.error("Could not save", e.getMessage());
			return false;
		}
	}
}
