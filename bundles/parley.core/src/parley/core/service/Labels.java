package parley.core.service;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import parley.model.playbook.Audience;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;

/** How elements are named to people: in messages, lists and diffs. */
public final class Labels {
	private Labels() {
	}

	/** The element's own name: an entry's title, a tag's or audience's name, a playbook's title. */
	public static String name(EObject element) {
		if (element instanceof Entry entry) {
			return entry.getTitle();
		}
		if (element instanceof Tag tag) {
			return tag.getName();
		}
		if (element instanceof Audience audience) {
			return audience.getName();
		}
		if (element instanceof Playbook playbook) {
			return playbook.getTitle();
		}
		if (element instanceof Step step) {
			return step.getInstruction();
		}
		return null;
	}

	/** The element's name as shown in lists, tabs and headings: its {@link #name}, or "(untitled)" when it has none. */
	public static String shown(EObject element) {
		return orUntitled(name(element));
	}

	/** {@code name}, or "(untitled)" when it is null or blank. */
	public static String orUntitled(String name) {
		return name == null || name.isBlank() ? UNTITLED : name;
	}

	/** How an element without a name is shown. */
	public static final String UNTITLED = "(untitled)";

	/** "Phrase 'Calm down'", "Scenario 'Angry caller' step 2", or "Technique 1b2c..." when unnamed. */
	public static String describe(EObject element) {
		if (element instanceof Step step && step.eContainer() != null) {
			int index = ((List<?>) step.eContainer().eGet(step.eContainingFeature())).indexOf(step) + 1;
			return describe(step.eContainer()) + " step " + index;
		}
		String type = element.eClass().getName();
		String name = name(element);
		if (name != null && !name.isBlank()) {
			return type + " '" + name + "'";
		}
		return type + " " + (element instanceof Identified identified ? identified.getId() : "?");
	}
}
