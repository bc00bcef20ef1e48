package parley.core.edit;

import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;

import parley.model.playbook.Audience;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;

/**
 * What a new entity looks like before {@link EditingSession} adds it: it has its id from the start; a new
 * entry is a draft with the given title, a tag or audience has the given name. A duplicate is a copy with new
 * ids (its scenario steps too), " (copy)" after its title or name, and an entry copy is a draft again.
 */
public final class NewEntities {

	private NewEntities() {
	}

	/** A new entity of {@code type} (an entry, tag or audience) titled or named {@code title}. */
	public static Identified create(EClass type, String title) {
		Identified element = (Identified) PlaybookFactory.eINSTANCE.create(type);
		element.getId();
		if (element instanceof Entry entry) {
			entry.setTitle(title);
			entry.setStatus(Status.DRAFT);
		} else if (element instanceof Tag tag) {
			tag.setName(title);
		} else if (element instanceof Audience audience) {
			audience.setName(title);
		}
		return element;
	}

	/** A new scenario step with the given instruction. */
	public static Step step(String instruction) {
		Step step = PlaybookFactory.eINSTANCE.createStep();
		step.getId();
		step.setInstruction(instruction);
		return step;
	}

	/** A copy of {@code original} to add beside it: new ids everywhere, marked as a copy, an entry a draft. */
	public static Identified copyOf(Identified original) {
		Identified copy = EcoreUtil.copy(original);
		copy.setId(UUID.randomUUID().toString());
		for (var it = copy.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified inner) {
				inner.setId(UUID.randomUUID().toString());
			}
		}
		if (copy instanceof Entry entry) {
			entry.setTitle(entry.getTitle() + " (copy)");
			entry.setStatus(Status.DRAFT);
		} else if (copy instanceof Tag tag) {
			tag.setName(tag.getName() + " (copy)");
		} else if (copy instanceof Audience audience) {
			audience.setName(audience.getName() + " (copy)");
		}
		return copy;
	}
}
