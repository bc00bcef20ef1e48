package parley.vcs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import parley.core.service.Labels;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;

/**
 * Compares two versions of a playbook element by element, keyed by UUID, and field by field: what was
 * added, removed, changed and re-linked, with links named by title. The basis of {@code parley diff},
 * release notes and "what changed" sections.
 */
public final class SemanticDiff {

	/** Names link targets that are not loaded (id -> title), for diffs of partly loaded versions. */
	private final java.util.function.BiFunction<String, org.eclipse.emf.ecore.EClass, String> titles;

	private SemanticDiff(java.util.function.BiFunction<String, org.eclipse.emf.ecore.EClass, String> titles) {
		this.titles = titles;
	}

	/** The changes from {@code before} to {@code after}: by type (as in the folder layout), then title. */
	public static List<EntityChange> compare(Playbook before, Playbook after) {
		return compare(before, after, (id, type) -> null);
	}

	/**
	 * As {@link #compare(Playbook, Playbook)}, for versions loaded in part: links to elements that were not
	 * loaded are named with {@code titles} (id and type to title; null if unknown).
	 */
	public static List<EntityChange> compare(Playbook before, Playbook after,
			java.util.function.BiFunction<String, org.eclipse.emf.ecore.EClass, String> titles) {
		return new SemanticDiff(titles).run(before, after);
	}

	private List<EntityChange> run(Playbook before, Playbook after) {
		List<EntityChange> changes = new ArrayList<>();
		EntityChange root = changed(before, after);
		if (root != null) {
			changes.add(root);
		}
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			Map<String, EObject> old = byId((List<?>) before.eGet(kind.containment()));
			Map<String, EObject> now = byId((List<?>) after.eGet(kind.containment()));
			List<EntityChange> ofKind = new ArrayList<>();
			for (Map.Entry<String, EObject> e : now.entrySet()) {
				EObject previous = old.get(e.getKey());
				if (previous == null) {
					ofKind.add(new EntityChange(EntityChange.Kind.ADDED, e.getKey(), type(e.getValue()), name(e.getValue()), List.of()));
				} else {
					EntityChange change = changed(previous, e.getValue());
					if (change != null) {
						ofKind.add(change);
					}
				}
			}
			for (Map.Entry<String, EObject> e : old.entrySet()) {
				if (!now.containsKey(e.getKey())) {
					ofKind.add(new EntityChange(EntityChange.Kind.REMOVED, e.getKey(), type(e.getValue()), name(e.getValue()), List.of()));
				}
			}
			ofKind.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(String.valueOf(a.title()), String.valueOf(b.title())));
			changes.addAll(ofKind);
		}
		return changes;
	}

	private EntityChange changed(EObject before, EObject after) {
		List<EntityChange.FieldChange> fields = new ArrayList<>();
		for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || (feature instanceof EAttribute a && a.isID())) {
				continue;
			}
			if (feature instanceof EReference ref && ref.isContainment()) {
				if (after instanceof Scenario && ref == parley.model.playbook.PlaybookPackage.Literals.SCENARIO__STEPS) {
					fields.addAll(stepChanges((Scenario) before, (Scenario) after));
				} else if (after instanceof parley.model.playbook.Entry) {
					fields.addAll(logChanges(ref, before, after));
				}
				continue;
			}
			EntityChange.FieldChange change = compareFeature(feature, before, after);
			if (change != null) {
				fields.add(change);
			}
		}
		if (fields.isEmpty()) {
			return null;
		}
		return new EntityChange(EntityChange.Kind.CHANGED, ((Identified) after).getId(), type(after), name(after), fields);
	}

	private EntityChange.FieldChange compareFeature(EStructuralFeature feature, EObject before, EObject after) {
		String label = label(feature.getName());
		if (feature instanceof EReference) {
			// Links are compared by the ids they point to (a renamed target is not a change of this entry)
			// and shown by title: added ones as titled now, removed ones as titled then.
			Map<String, String> old = links(before, feature);
			Map<String, String> now = links(after, feature);
			if (List.copyOf(old.keySet()).equals(List.copyOf(now.keySet()))) {
				return null;
			}
			List<String> added = new ArrayList<>();
			now.forEach((id, title) -> {
				if (!old.containsKey(id)) {
					added.add(title);
				}
			});
			List<String> removed = new ArrayList<>();
			old.forEach((id, title) -> {
				if (!now.containsKey(id)) {
					removed.add(title);
				}
			});
			return new EntityChange.FieldChange(feature.getName(), label, String.join("; ", old.values()),
					String.join("; ", now.values()), added, removed);
		}
		if (feature.isMany()) {
			List<String> old = values(before, feature);
			List<String> now = values(after, feature);
			if (old.equals(now)) {
				return null;
			}
			List<String> added = new ArrayList<>(now);
			added.removeAll(old);
			List<String> removed = new ArrayList<>(old);
			removed.removeAll(now);
			return new EntityChange.FieldChange(feature.getName(), label, String.join("; ", old), String.join("; ", now),
					added, removed);
		}
		String old = value(before.eGet(feature));
		String now = value(after.eGet(feature));
		if (Objects.equals(old, now)) {
			return null;
		}
		return new EntityChange.FieldChange(feature.getName(), label, old, now, List.of(), List.of());
	}

	/** Steps compared by their id: added, removed, moved, and changed instruction, techniques or phrases. */
	private List<EntityChange.FieldChange> stepChanges(Scenario before, Scenario after) {
		List<EntityChange.FieldChange> changes = new ArrayList<>();
		Map<String, Step> old = new LinkedHashMap<>();
		before.getSteps().forEach(s -> old.put(s.getId(), s));
		for (int i = 0; i < after.getSteps().size(); i++) {
			Step step = after.getSteps().get(i);
			Step previous = old.remove(step.getId());
			String where = "step " + (i + 1);
			if (previous == null) {
				changes.add(new EntityChange.FieldChange("steps", where + " (new)", null, step.getInstruction(), List.of(step.getInstruction()), List.of()));
				continue;
			}
			int oldIndex = before.getSteps().indexOf(previous);
			if (oldIndex != i) {
				changes.add(new EntityChange.FieldChange("steps", where + " (was step " + (oldIndex + 1) + ")", null, null, List.of(), List.of()));
			}
			for (EStructuralFeature f : step.eClass().getEAllStructuralFeatures()) {
				if (f instanceof EAttribute a && a.isID()) {
					continue;
				}
				EntityChange.FieldChange c = compareFeature(f, previous, step);
				if (c != null) {
					changes.add(new EntityChange.FieldChange("steps", where + " " + c.label(), c.before(), c.after(), c.added(), c.removed()));
				}
			}
		}
		for (Step removed : old.values()) {
			changes.add(new EntityChange.FieldChange("steps", "step removed", removed.getInstruction(), null, List.of(), List.of(removed.getInstruction())));
		}
		return changes;
	}

	/** New curation steps ("approved by Dana: reads well") and review comments, by their ids. */
	private static List<EntityChange.FieldChange> logChanges(EReference log, EObject before, EObject after) {
		Set<String> old = new java.util.HashSet<>();
		for (Object o : (List<?>) before.eGet(log)) {
			old.add(((Identified) o).getId());
		}
		List<EntityChange.FieldChange> changes = new ArrayList<>();
		for (Object o : (List<?>) after.eGet(log)) {
			if (old.contains(((Identified) o).getId())) {
				continue;
			}
			String line;
			if (o instanceof parley.model.playbook.CurationEvent e) {
				line = e.getAction().getLiteral() + " by " + parley.core.curation.People.shortName(e.getBy())
						+ (e.getComment() == null ? "" : ": " + e.getComment());
			} else if (o instanceof parley.model.playbook.ReviewComment c) {
				line = parley.core.curation.People.shortName(c.getAuthor()) + ": " + c.getText();
			} else {
				continue;
			}
			String label = log == parley.model.playbook.PlaybookPackage.Literals.ENTRY__EVENTS ? "curation" : "comment";
			changes.add(new EntityChange.FieldChange(log.getName(), label, null, line, List.of(line), List.of()));
		}
		return changes;
	}

	/** Link target id to its title, in list order. */
	private Map<String, String> links(EObject object, EStructuralFeature feature) {
		Map<String, String> links = new LinkedHashMap<>();
		List<?> targets = feature.isMany() ? (List<?>) object.eGet(feature) : object.eGet(feature) == null ? List.of() : List.of(object.eGet(feature));
		for (Object t : targets) {
			EObject target = (EObject) t;
			String id = target.eIsProxy() ? ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI().fragment()
					: ((Identified) target).getId();
			links.put(id, value(target));
		}
		return links;
	}

	private List<String> values(EObject object, EStructuralFeature feature) {
		List<String> values = new ArrayList<>();
		for (Object v : (List<?>) object.eGet(feature)) {
			values.add(value(v));
		}
		return values;
	}

	private String value(Object v) {
		if (v == null) {
			return null;
		}
		if (v instanceof EObject o) {
			if (o.eIsProxy()) {
				String title = titles.apply(((org.eclipse.emf.ecore.InternalEObject) o).eProxyURI().fragment(), o.eClass());
				return title != null ? title : "(missing entry)";
			}
			String name = Labels.name(o);
			return name == null ? Labels.describe(o) : name;
		}
		if (v instanceof org.eclipse.emf.common.util.Enumerator e) {
			return e.getLiteral();
		}
		return v.toString();
	}

	private static Map<String, EObject> byId(List<?> list) {
		Map<String, EObject> map = new LinkedHashMap<>();
		for (Object o : list) {
			map.put(((Identified) o).getId(), (EObject) o);
		}
		return map;
	}

	private static String type(EObject o) {
		return o.eClass().getName().toLowerCase(Locale.ROOT);
	}

	private static String name(EObject o) {
		String name = Labels.name(o);
		return name == null ? ((Identified) o).getId() : name;
	}

	/** "lastReviewed" -> "last reviewed", "reviewIntervalDays" -> "review interval days". */
	static String label(String field) {
		return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	/** The changes in plain language, one entry per paragraph. */
	public static String describe(List<EntityChange> changes) {
		if (changes.isEmpty()) {
			return "No changes.\n";
		}
		StringBuilder b = new StringBuilder();
		for (EntityChange c : changes) {
			switch (c.kind()) {
			case ADDED -> b.append("Added ").append(c.type()).append(" '").append(c.title()).append("'.\n");
			case REMOVED -> b.append("Removed ").append(c.type()).append(" '").append(c.title()).append("'.\n");
			case CHANGED -> {
				b.append("Changed ").append(c.type()).append(" '").append(c.title()).append("':\n");
				for (EntityChange.FieldChange f : c.fields()) {
					b.append("  - ").append(f.label()).append(": ");
					if (!f.added().isEmpty() || !f.removed().isEmpty()) {
						List<String> parts = new ArrayList<>();
						if (!f.added().isEmpty()) {
							parts.add("added " + quoted(f.added()));
						}
						if (!f.removed().isEmpty()) {
							parts.add("removed " + quoted(f.removed()));
						}
						if (parts.isEmpty()) {
							parts.add("reordered");
						}
						b.append(String.join("; ", parts));
					} else if (f.before() == null && f.after() == null) {
						b.append("moved");
					} else if (f.before() == null) {
						b.append("set to '").append(f.after()).append("'");
					} else if (f.after() == null) {
						b.append("cleared (was '").append(f.before()).append("')");
					} else if (f.field().equals("steps") || f.before().length() + f.after().length() < 400) {
						b.append("'").append(f.before()).append("' → '").append(f.after()).append("'");
					} else {
						b.append("rewritten");
					}
					b.append('\n');
				}
			}
			}
		}
		return b.toString();
	}

	private static String quoted(List<String> items) {
		List<String> q = new ArrayList<>();
		for (String i : items) {
			q.add("'" + i + "'");
		}
		return String.join(", ", q);
	}
}
