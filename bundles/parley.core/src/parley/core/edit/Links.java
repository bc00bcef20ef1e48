package parley.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import parley.core.service.Labels;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;

/**
 * Links between the elements of a playbook, as front ends that name elements (the command line, an importer)
 * need them beside {@link LinkRules}: what links to an element ({@link #to}, the references {@link Deletion}
 * removes), the link that exists between two elements in either direction ({@link #between}, what
 * {@link EditingSession#unlink} removes), why two elements do not link ({@link #whyNot}) and a scenario's step
 * by its number ({@link #step}).
 */
public final class Links {

	/**
	 * A reference from {@code referrer}'s {@code feature} to {@code target}.
	 *
	 * @param referrer the element that holds the link (an entry or a scenario step)
	 * @param feature  its feature that holds it
	 * @param target   the element linked to
	 */
	public record Reference(EObject referrer, EStructuralFeature feature, EObject target) {

		/** "Scenario 'Angry caller' step 2 (phrases)". */
		@Override
		public String toString() {
			return Labels.describe(referrer) + " (" + FieldValues.alias(feature) + ")";
		}
	}

	private Links() {
	}

	/**
	 * Every changeable reference to {@code elements} (and to what they contain) from the playbook's other
	 * elements, found over the playbook's entity lists (also entities not yet filed in a shard); references
	 * among the elements themselves are left out. These are the links deleting the elements removes.
	 */
	@SuppressWarnings("unchecked")
	public static List<Reference> to(Playbook playbook, Collection<? extends EObject> elements) {
		List<EObject> roots = new ArrayList<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			roots.addAll((List<EObject>) playbook.eGet(kind.containment()));
		}
		Set<EObject> doomed = new LinkedHashSet<>();
		for (EObject element : elements) {
			doomed.add(element);
			element.eAllContents().forEachRemaining(doomed::add);
		}
		List<Reference> references = new ArrayList<>();
		var usages = EcoreUtil.UsageCrossReferencer.findAll(doomed, roots);
		for (var usage : usages.entrySet()) {
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				EObject referrer = setting.getEObject();
				if (!doomed.contains(referrer) && setting.getEStructuralFeature().isChangeable()) {
					references.add(new Reference(referrer, setting.getEStructuralFeature(), usage.getKey()));
				}
			}
		}
		return references;
	}

	/**
	 * What the links to an element mean, in words for a question before deleting it: "used in 4 scenario steps
	 * and as the replacement of 1 phrase". Links held by scenario steps are counted by step; the others by the
	 * kind of entry and what the link is for. Empty for no links.
	 */
	public static String describe(List<Reference> references) {
		// by use, in a fixed order: steps first, then replacements, successors, sources, related, tags, others
		java.util.Map<String, Set<EObject>> uses = new java.util.TreeMap<>();
		for (Reference reference : references) {
			EObject referrer = reference.referrer();
			String feature = reference.feature().getName();
			String use;
			if (referrer instanceof Step) {
				use = "1|in # scenario step|in # scenario steps";
			} else if (feature.equals("replacements")) {
				use = "2|as the replacement of # phrase|as the replacement of # phrases";
			} else if (feature.equals("replacedBy")) {
				use = "3|as the successor of # retired entry|as the successor of # retired entries";
			} else if (feature.equals("sources")) {
				use = "4|as the source of # entry|as the source of # entries";
			} else if (feature.equals("related")) {
				use = "5|as a related technique of # technique|as a related technique of # techniques";
			} else if (feature.equals("tags") || feature.equals("audiences")) {
				use = "6|on # entry|on # entries";
			} else {
				String type = referrer.eClass().getName().toLowerCase(Locale.ROOT);
				use = "7|by # " + type + " (" + FieldValues.alias(reference.feature()) + ")|by # " + type + "s ("
						+ FieldValues.alias(reference.feature()) + ")";
			}
			uses.computeIfAbsent(use, k -> new LinkedHashSet<>()).add(referrer);
		}
		List<String> parts = new ArrayList<>();
		uses.forEach((use, referrers) -> {
			String[] forms = use.split("\\|");
			parts.add((referrers.size() == 1 ? forms[1] : forms[2]).replace("#", String.valueOf(referrers.size())));
		});
		if (parts.isEmpty()) {
			return "";
		}
		String last = parts.remove(parts.size() - 1);
		return "used " + (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last);
	}

	/**
	 * The link that exists between {@code a} and {@code b}, made by dropping either onto the other
	 * ({@link LinkRules}), or null when they are not linked.
	 */
	public static LinkRules.Link between(EObject a, EObject b) {
		for (LinkRules.Link link : new LinkRules.Link[] { LinkRules.linkFor(a, b), LinkRules.linkFor(b, a) }) {
			if (link != null && link.exists()) {
				return link;
			}
		}
		return null;
	}

	/**
	 * Why dropping {@code dragged} onto {@code target} makes no link ({@link LinkRules#linkFor} is null), in
	 * words that say which links there are; null when it does make one.
	 */
	public static String whyNot(EObject dragged, EObject target) {
		if (LinkRules.linkFor(dragged, target) != null) {
			return null;
		}
		if (dragged == target) {
			return "an element cannot be linked to itself";
		}
		if (dragged instanceof Phrase p && target instanceof Phrase q) {
			return "only a recommended phrase can be linked to an avoid-phrase (as what to say instead); "
					+ Labels.describe(p) + " is " + p.getKind().getLiteral() + " and " + Labels.describe(q) + " is "
					+ q.getKind().getLiteral();
		}
		if (dragged instanceof Source && target instanceof Source) {
			return "a source does not cite a source";
		}
		if ((dragged instanceof Phrase || dragged instanceof Technique) && target instanceof Scenario) {
			return kind(dragged) + " is linked to a step of a scenario, not to the scenario";
		}
		return kind(dragged) + " cannot be linked to " + kind(target) + "; links go from a phrase or"
				+ " technique to a scenario step, a phrase to a technique, a recommended phrase to an avoid-phrase, a"
				+ " technique to a technique, and a source, tag or audience to an entry";
	}

	private static String kind(EObject element) {
		if (element instanceof Step) {
			return "a scenario step";
		}
		if (element instanceof Phrase phrase && phrase.getKind() == PhraseKind.AVOID) {
			return "an avoid-phrase";
		}
		String name = element.eClass().getName().toLowerCase(Locale.ROOT);
		return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
	}

	/**
	 * Step {@code number} (counted from 1) of a scenario.
	 *
	 * @throws IllegalArgumentException saying which numbers the scenario has
	 */
	public static Step step(Scenario scenario, int number) {
		int count = scenario.getSteps().size();
		if (number < 1 || number > count) {
			throw new IllegalArgumentException(Labels.describe(scenario) + (count == 0 ? " has no steps"
					: " has " + count + (count == 1 ? " step" : " steps") + ": give a step from 1 to " + count)
					+ ", not " + number);
		}
		return scenario.getSteps().get(number - 1);
	}
}
