package parley.ui.handlers;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;

import parley.model.playbook.Playbook;
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
}
