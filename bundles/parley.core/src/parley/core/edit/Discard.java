package parley.core.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * "Don't save" for one entity ({@link EditingSession#discardChanges}), as one undoable command: the entity is
 * set back to its saved state (read from its file; references point at the live elements with the same ids,
 * unresolved ones stay as they were saved), field by field, steps included. An entity created since the last
 * save is removed with the links to it, as {@link Deletion} removes it. Made after save number
 * {@link #saves()}, it leaves the entity as that save wrote it.
 */
final class Discard extends CompoundCommand {

	private final EObject entity;
	private final int saves;

	private Discard(EObject entity, int saves) {
		super("Discard changes to " + Labels.describe(entity));
		this.entity = entity;
		this.saves = saves;
	}

	/**
	 * The command that discards {@code entity}'s unsaved changes.
	 *
	 * @param saved its saved state ({@link parley.core.store.OpenPlaybook#savedCopy}), or null when it was
	 *              created since the last save
	 * @param saves how many times the session has saved
	 */
	static Discard of(EditingDomain domain, Playbook playbook, Identified entity, Identified saved, int saves) {
		Discard command = new Discard(entity, saves);
		if (saved == null) {
			command.append(Deletion.of(domain, playbook, List.of(entity)).command());
			return command;
		}
		Map<String, EObject> targets = new HashMap<>();
		for (EObject element : Elements.all(playbook)) {
			targets.put(((Identified) element).getId(), element);
		}
		Identified copy = EcoreUtil.copy(saved);
		RecoveryFile.relink(copy, targets, true);
		for (var it = copy.eAllContents(); it.hasNext();) {
			RecoveryFile.relink(it.next(), targets, true);
		}
		if (!RecoveryFile.appendRestore(command, domain, entity, copy)) {
			command.append(new IdentityCommand()); // same as saved: the discard only marks it so
		}
		return command;
	}

	/** The entity whose changes it discards. */
	EObject entity() {
		return entity;
	}

	/** After how many saves of the session it was made. */
	int saves() {
		return saves;
	}
}
