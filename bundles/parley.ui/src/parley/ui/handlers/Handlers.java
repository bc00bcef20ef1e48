package parley.ui.handlers;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.model.playbook.Playbook;
import parley.ui.DialogPrompts;
import parley.ui.EntryOpener;
import parley.ui.Prompts;
import parley.ui.UnsavedChanges;
import parley.ui.VersionControl;
import parley.ui.parts.EntryEditorPart;

/** What the handlers share. */
final class Handlers {
	private Handlers() {
	}

	/** Writes the active editor's text edit that waits for the typing pause, so undo and save see it. */
	static void commitPendingEdits(MPart activePart) {
		UnsavedChanges.commitPendingEdits(activePart);
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

	/**
	 * Names what a menu item does ("&amp;Undo Approve Technique 'X'"): the menu shows it when the workbench asks
	 * whether the item is enabled. Nothing for a key binding (no item).
	 */
	static void label(MHandledMenuItem item, String verb, String what) {
		if (item != null) {
			item.setLabel(what == null ? verb : verb + " " + what.replace("&", "&&"));
		}
	}

	/** Shows and activates the part with this id (creating it if needed); its object, or null if the application has none. */
	static <T> T showPart(org.eclipse.e4.ui.workbench.modeling.EPartService parts, String id, Class<T> type) {
		org.eclipse.e4.ui.model.application.ui.basic.MPart part = parts.showPart(id,
				org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
		return part != null && type.isInstance(part.getObject()) ? type.cast(part.getObject()) : null;
	}

	static Display display(Shell shell) {
		return shell != null ? shell.getDisplay() : Display.getCurrent();
	}

	/** Before the playbook's files are replaced (restore, sync): see {@link UnsavedChanges#settle}. */
	static boolean settleUnsaved(EditingSession editing, MPart activePart, Prompts prompts, String what,
			boolean mayDiscard) {
		return UnsavedChanges.settle(editing, activePart, prompts, what, mayDiscard);
	}

	/** Reads the playbook again after its files changed (closes entry editors first). */
	static Job reload(VersionControl versions, PlaybookSession session, EntryOpener opener, EditingSession editing,
			Display display) {
		return versions.reload(session, opener, editing.playbook().folder(), display);
	}
}
