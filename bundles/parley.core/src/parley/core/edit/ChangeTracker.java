package parley.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

import parley.core.edit.EditingSession.Change;
import parley.core.edit.EditingSession.Unsaved;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * Which entities have unsaved changes, for {@link EditingSession}: the command stack remembers the entities
 * each command changed (recorded while it first executes; undo and redo change the same ones), and a content
 * adapter notes every entity changed and every id deleted since the last save (what the recovery file
 * keeps). From the commands between the save point and the current state it works out the
 * {@link EditingSession#unsavedChanges() unsaved changes}.
 */
final class ChangeTracker {

	private final Playbook playbook;
	final Stack stack = new Stack();
	/** entities (and the playbook) changed since the last save, for the recovery file */
	final Set<EObject> touched = new LinkedHashSet<>();
	/** ids of entities removed since the last save */
	final Set<String> deleted = new LinkedHashSet<>();
	/** every entity (also removed ones) a command, undo or redo changed since the last save */
	private final Set<EObject> changedSinceSave = new LinkedHashSet<>();
	/** how many times the session saved */
	private int saves;
	/** {@link #unsaved()}, until the next change */
	private List<Unsaved> unsaved;

	final EContentAdapter adapter = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (n.isTouch() || !(n.getFeature() instanceof EStructuralFeature feature)) {
				return;
			}
			if (n.getNotifier() == playbook && feature instanceof EReference ref && ref.isContainment()) {
				for (Object gone : values(n.getOldValue())) {
					if (gone instanceof Identified e && !e.eIsProxy()) {
						touched.remove(e);
						deleted.add(e.getId());
						changed(e);
					}
				}
				for (Object added : values(n.getNewValue())) {
					if (added instanceof Identified e) {
						touched.add(e);
						deleted.remove(e.getId());
						changed(e);
					}
				}
				return;
			}
			EObject entity = entityOf((EObject) n.getNotifier());
			if (entity != null) {
				touched.add(entity);
				changed(entity);
			}
		}
	};

	ChangeTracker(Playbook playbook) {
		this.playbook = playbook;
	}

	/** Notes that a command (executing, undone or redone) changed {@code entity}. */
	private void changed(EObject entity) {
		changedSinceSave.add(entity);
		if (stack.recording != null) {
			stack.recording.add(entity);
		}
		unsaved = null;
	}

	/** How many times the session saved (a {@link Discard} remembers after which save it was made). */
	int saves() {
		return saves;
	}

	/** The session saved: everything so far is saved. */
	void saved() {
		stack.saveIsDone();
		touched.clear();
		deleted.clear();
		changedSinceSave.clear();
		saves++;
		unsaved = null;
	}

	/** See {@link EditingSession#unsavedChanges()}. */
	List<Unsaved> unsaved() {
		if (unsaved == null) {
			unsaved = computeUnsaved();
		}
		return unsaved;
	}

	private List<Unsaved> computeUnsaved() {
		List<Command> sinceSave = stack.sinceSave();
		Set<EObject> candidates = new LinkedHashSet<>();
		if (sinceSave == null) {
			candidates.addAll(changedSinceSave); // the saved state is no longer on the stack
		} else {
			for (Command command : sinceSave) {
				candidates.addAll(stack.changesOf(command));
			}
		}
		List<Command> done = stack.done();
		List<Unsaved> result = new ArrayList<>();
		for (EObject e : candidates) {
			boolean alive = e == playbook || e.eContainer() == playbook;
			boolean onDisk = e == playbook || ((InternalEObject) e).eDirectResource() != null;
			if (!alive && !onDisk) {
				continue; // created and removed again
			}
			if (!stack.undoneBelowSave() && discardedSinceLastChange(e, done)) {
				continue;
			}
			result.add(new Unsaved(e, !onDisk ? Change.NEW : alive ? Change.CHANGED : Change.DELETED));
		}
		return List.copyOf(result);
	}

	/**
	 * Whether the newest executed command that changed {@code entity} is a discard made since the last save,
	 * which left it as saved.
	 */
	private boolean discardedSinceLastChange(EObject entity, List<Command> done) {
		for (int i = done.size() - 1; i >= 0; i--) {
			Command command = done.get(i);
			if (command instanceof Discard discard && discard.entity() == entity) {
				return discard.saves() == saves;
			}
			if (stack.changesOf(command).contains(entity)) {
				return false;
			}
		}
		return false;
	}

	/** The playbook entity (or the playbook) that contains {@code element}, or null if it is not in it. */
	EObject entityOf(EObject element) {
		EObject e = element;
		while (e != null && e.eContainer() != null && e.eContainer() != playbook) {
			e = e.eContainer();
		}
		if (e == null) {
			return null;
		}
		return e.eContainer() == playbook || e == playbook ? e : null;
	}

	private static List<?> values(Object value) {
		if (value == null) {
			return List.of();
		}
		return value instanceof Collection<?> c ? List.copyOf(c) : List.of(value);
	}

	/** The command stack, which also remembers the entities each command changed. */
	final class Stack extends BasicCommandStack {
		private final Map<Command, Set<EObject>> changes = new IdentityHashMap<>();
		Set<EObject> recording;
		/** Checks that the calling thread may change the model (the session's owner thread). */
		Runnable guard = () -> {
		};

		@Override
		public void execute(Command command) {
			guard.run();
			Set<EObject> record = new LinkedHashSet<>();
			changes.put(command, record); // before the listeners hear of it
			recording = record;
			unsaved = null;
			try {
				super.execute(command);
			} finally {
				recording = null;
				Set<Command> kept = Collections.newSetFromMap(new IdentityHashMap<>());
				kept.addAll(commandList); // a command that failed, or was flushed from the redo list, is forgotten
				changes.keySet().retainAll(kept);
				unsaved = null;
			}
		}

		@Override
		public void undo() {
			guard.run();
			unsaved = null;
			super.undo();
		}

		@Override
		public void redo() {
			guard.run();
			unsaved = null;
			super.redo();
		}

		/**
		 * The commands between the save point and the current state (executed after it, or undone below it);
		 * null when the save point cannot be reached any more (undone past it, then a new command).
		 */
		List<Command> sinceSave() {
			if (saveIndex < -1) {
				return null;
			}
			return top >= saveIndex ? List.copyOf(commandList.subList(saveIndex + 1, top + 1))
					: List.copyOf(commandList.subList(top + 1, saveIndex + 1));
		}

		boolean undoneBelowSave() {
			return saveIndex >= -1 && top < saveIndex;
		}

		/** The executed commands, oldest first. */
		List<Command> done() {
			return List.copyOf(commandList.subList(0, top + 1));
		}

		Set<EObject> changesOf(Command command) {
			Set<EObject> set = changes.get(command);
			return set == null ? Set.of() : set;
		}
	}
}
