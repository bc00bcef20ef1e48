package parley.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import parley.model.playbook.Playbook;

/**
 * What deleting entities or scenario steps removes: every reference to them (and to what they contain) from
 * the other entities of the playbook — a link in a list is removed, a single link is cleared — and then the
 * elements themselves. References among the deleted elements are left alone; they go with them.
 *
 * <p>EMF's {@code DeleteCommand} searches only each resource's proper contents, which misses entities not yet
 * filed in a shard (created since the last save), so the references are found over the playbook's entity
 * lists here ({@link Links#to}, which also tells a front end what links to an element before it deletes it).
 */
public final class Deletion {

	private final Command command;
	private final List<EObject> owners;

	private Deletion(Command command, List<EObject> owners) {
		this.command = command;
		this.owners = owners;
	}

	/** Plans the deletion of {@code elements} (entities or steps) from {@code playbook}, as one command. */
	public static Deletion of(EditingDomain domain, Playbook playbook, Collection<? extends EObject> elements) {
		List<EObject> owners = new ArrayList<>();
		CompoundCommand command = new CompoundCommand();
		for (Links.Reference reference : Links.to(playbook, elements)) {
			owners.add(reference.referrer());
			if (reference.feature().isMany()) {
				command.append(RemoveCommand.create(domain, reference.referrer(), reference.feature(), reference.target()));
			} else {
				command.append(SetCommand.create(domain, reference.referrer(), reference.feature(), null));
			}
		}
		for (EObject element : elements) {
			if (element.eContainer() != null) {
				owners.add(element.eContainer());
				command.append(RemoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(),
						element));
			}
		}
		return new Deletion(command, List.copyOf(owners));
	}

	/** The command that removes the references, then the elements (not executed yet). */
	public Command command() {
		return command;
	}

	/**
	 * The elements whose references or steps the deletion changes (a referring entry, a step, the playbook
	 * or scenario that contains a deleted element), in the order the command changes them: their entries are
	 * the ones stamped modified.
	 */
	public List<EObject> owners() {
		return owners;
	}
}
