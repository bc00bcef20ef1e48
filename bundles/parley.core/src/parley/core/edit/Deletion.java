package parley.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import parley.core.store.PlaybookLayout;
import parley.model.playbook.Playbook;

/**
 * What deleting entities or scenario steps removes: every reference to them (and to what they contain) from
 * the other entities of the playbook — a link in a list is removed, a single link is cleared — and then the
 * elements themselves. References among the deleted elements are left alone; they go with them.
 *
 * <p>EMF's {@code DeleteCommand} searches only each resource's proper contents, which misses entities not yet
 * filed in a shard (created since the last save), so the references are found over the playbook's entity
 * lists here.
 */
public final class Deletion {

	private final Command command;
	private final List<EObject> owners;

	private Deletion(Command command, List<EObject> owners) {
		this.command = command;
		this.owners = owners;
	}

	/** Plans the deletion of {@code elements} (entities or steps) from {@code playbook}, as one command. */
	@SuppressWarnings("unchecked")
	public static Deletion of(EditingDomain domain, Playbook playbook, Collection<? extends EObject> elements) {
		List<EObject> roots = new ArrayList<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			roots.addAll((List<EObject>) playbook.eGet(kind.containment()));
		}
		Set<EObject> doomed = new LinkedHashSet<>();
		for (EObject element : elements) {
			doomed.add(element);
			element.eAllContents().forEachRemaining(doomed::add);
		}
		List<EObject> owners = new ArrayList<>();
		CompoundCommand command = new CompoundCommand();
		var usages = EcoreUtil.UsageCrossReferencer.findAll(doomed, roots);
		for (var usage : usages.entrySet()) {
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				EObject referrer = setting.getEObject();
				if (doomed.contains(referrer) || !setting.getEStructuralFeature().isChangeable()) {
					continue;
				}
				owners.add(referrer);
				if (setting.getEStructuralFeature().isMany()) {
					command.append(RemoveCommand.create(domain, referrer, setting.getEStructuralFeature(),
							usage.getKey()));
				} else {
					command.append(SetCommand.create(domain, referrer, setting.getEStructuralFeature(), null));
				}
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
