package parley.vcs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import parley.core.service.Labels;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * Three-way merge of playbooks by element id and field: changes to different elements, or to different
 * fields of one element, combine; unordered link lists (tags, sources, replacements ...) combine item by
 * item; the same field changed differently on both sides is a {@link Conflict}: the result keeps "mine"
 * and the conflict keeps both values. An element deleted on one side and changed on the other is kept
 * (nothing is lost) and reported.
 */
public final class ModelMerge {

	private final Playbook base;
	private final Playbook mine;
	private final Playbook theirs;
	/** Ids of the elements their side changed since the base (from the versions' trailers); null: unknown. */
	private final Set<String> changedThere;
	private final List<Conflict> conflicts = new ArrayList<>();
	/** Copies values from their side into mine, links re-pointed by id (created once their additions exist). */
	private EntryRestorer restorer;

	/** Merges {@code theirs} into {@code mine} (which is changed in place); {@code base} is their common version. */
	public static List<Conflict> merge(Playbook base, Playbook mine, Playbook theirs) {
		return merge(base, mine, theirs, null);
	}

	/**
	 * As {@link #merge(Playbook, Playbook, Playbook)}, comparing only the elements {@code changedThere} names:
	 * an element their side did not touch is mine as it is, whatever I did to it.
	 *
	 * @param changedThere ids of the elements changed (added, edited, removed) on their side since the base,
	 *                     or null to compare every element
	 */
	public static List<Conflict> merge(Playbook base, Playbook mine, Playbook theirs, Set<String> changedThere) {
		ModelMerge merge = new ModelMerge(base, mine, theirs, changedThere);
		merge.run();
		return merge.conflicts;
	}

	private ModelMerge(Playbook base, Playbook mine, Playbook theirs, Set<String> changedThere) {
		this.base = base;
		this.mine = mine;
		this.theirs = theirs;
		this.changedThere = changedThere;
	}

	/** Whether their side may have changed the element (always true when that is not known). */
	private boolean mayHaveChangedThere(String id) {
		return changedThere == null || changedThere.contains(id);
	}

	private void run() {
		mergeFields(base, mine, theirs, mine);
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			Map<String, EObject> b = byId((List<?>) base.eGet(kind.containment()));
			Map<String, EObject> m = byId((List<?>) mine.eGet(kind.containment()));
			Map<String, EObject> t = byId((List<?>) theirs.eGet(kind.containment()));
			// Added on their side: copy in (links are fixed up after all additions).
			for (Map.Entry<String, EObject> e : t.entrySet()) {
				if (!m.containsKey(e.getKey()) && !b.containsKey(e.getKey()) && mayHaveChangedThere(e.getKey())) {
					@SuppressWarnings("unchecked")
					List<EObject> list = (List<EObject>) mine.eGet(kind.containment());
					list.add(EcoreUtil.create(e.getValue().eClass()));
					((Identified) list.get(list.size() - 1)).setId(e.getKey());
				}
			}
		}
		restorer = new EntryRestorer(mine);
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			Map<String, EObject> b = byId((List<?>) base.eGet(kind.containment()));
			Map<String, EObject> m = byId((List<?>) mine.eGet(kind.containment()));
			Map<String, EObject> t = byId((List<?>) theirs.eGet(kind.containment()));
			for (Map.Entry<String, EObject> e : m.entrySet()) {
				String id = e.getKey();
				if (!mayHaveChangedThere(id)) {
					continue; // untouched there: mine stands
				}
				EObject inBase = b.get(id);
				EObject inTheirs = t.get(id);
				if (inBase == null && inTheirs != null && !isEmptyNew(e.getValue())) {
					mergeFields(null, e.getValue(), inTheirs, e.getValue()); // added on both sides
				} else if (inBase == null && inTheirs != null) {
					restorer.copyInto(inTheirs, e.getValue()); // added on their side only
				} else if (inBase != null && inTheirs != null) {
					mergeFields(inBase, e.getValue(), inTheirs, e.getValue());
				} else if (inBase != null && inTheirs == null) {
					if (sameContent(inBase, e.getValue())) {
						EcoreUtil.delete(e.getValue(), true); // deleted there, untouched here
					} else {
						conflicts.add(new Conflict(id, Labels.describe(e.getValue()), "(deleted)", "present", "changed here",
								"deleted there"));
					}
				}
			}
			for (Map.Entry<String, EObject> e : b.entrySet()) {
				if (!m.containsKey(e.getKey()) && t.containsKey(e.getKey()) && mayHaveChangedThere(e.getKey())
						&& !sameContent(e.getValue(), t.get(e.getKey()))) {
					// Deleted here but changed there: bring it back, nothing is lost.
					@SuppressWarnings("unchecked")
					List<EObject> list = (List<EObject>) mine.eGet(kind.containment());
					EObject back = EcoreUtil.create(e.getValue().eClass());
					((Identified) back).setId(e.getKey());
					list.add(back);
					restorer.register(back);
					restorer.copyInto(t.get(e.getKey()), back);
					conflicts.add(new Conflict(e.getKey(), Labels.describe(back), "(deleted)", "present", "deleted here",
							"changed there"));
				}
			}
		}
	}

	private boolean isEmptyNew(EObject object) {
		return object instanceof parley.model.playbook.Entry entry ? entry.getTitle() == null
				: Labels.name(object) == null;
	}

	private void mergeFields(EObject b, EObject m, EObject t, EObject into) {
		for (EStructuralFeature f : m.eClass().getEAllStructuralFeatures()) {
			if (f.isTransient() || f.isDerived() || (f instanceof EAttribute a && a.isID())) {
				continue;
			}
			if (f instanceof EReference r && !r.isContainment() && f.isMany() && !f.isOrdered() || isLinkSet(f)) {
				mergeLinkSet(b, m, t, into, f);
				continue;
			}
			if (isLog(f)) {
				mergeLog(b, m, t, into, f);
				continue;
			}
			String vb = b == null ? null : text(b, f);
			String vm = text(m, f);
			String vt = text(t, f);
			if (Objects.equals(vm, vt) || Objects.equals(vt, vb)) {
				continue; // same on both sides, or unchanged there
			}
			if (Objects.equals(vm, vb)) {
				restorer.restoreField(t, into, f); // changed only there
			} else if (f == parley.model.playbook.PlaybookPackage.Literals.ENTRY__EDITED_BY) {
				// Both sides edited the content: whoever edited last is the last editor (the four-eyes rule).
				Object mt = m.eGet(parley.model.playbook.PlaybookPackage.Literals.ENTRY__MODIFIED);
				Object tt = t.eGet(parley.model.playbook.PlaybookPackage.Literals.ENTRY__MODIFIED);
				if (vm == null || (tt != null && (mt == null || laterThan(tt, mt)))) {
					restorer.restoreField(t, into, f);
				}
			} else if (isStamp(f)) {
				// Every edit sets it: two people editing different fields of one entry both moved it. The later
				// stamp wins; it is bookkeeping, not a choice either author made.
				if (vm == null || (vt != null && laterThan(t.eGet(f), m.eGet(f)))) {
					restorer.restoreField(t, into, f);
				}
			} else {
				conflicts.add(new Conflict(((Identified) m).getId(), Labels.describe(m), f.getName(), vb, vm, vt));
			}
		}
	}

	/** Fields set automatically by every edit ({@code Entry.modified}): merged by taking the later value. */
	private static boolean isStamp(EStructuralFeature f) {
		return f == parley.model.playbook.PlaybookPackage.Literals.ENTRY__MODIFIED;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static boolean laterThan(Object a, Object b) {
		if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass()) {
			return ca.compareTo(b) > 0;
		}
		return String.valueOf(a).compareTo(String.valueOf(b)) > 0;
	}

	/**
	 * Append-only histories (an entry's curation events and review comments): merged item by item, so steps and
	 * comments made on both sides all stay, in time order.
	 */
	private static boolean isLog(EStructuralFeature f) {
		return f == parley.model.playbook.PlaybookPackage.Literals.ENTRY__EVENTS
				|| f == parley.model.playbook.PlaybookPackage.Literals.ENTRY__COMMENTS;
	}

	@SuppressWarnings("unchecked")
	private void mergeLog(EObject b, EObject m, EObject t, EObject into, EStructuralFeature f) {
		Set<String> vb = b == null ? Set.of() : childIds(b, f);
		Map<String, EObject> vm = byId((List<?>) m.eGet(f));
		Map<String, EObject> vt = byId((List<?>) t.eGet(f));
		Map<String, EObject> result = new LinkedHashMap<>(vm);
		for (Map.Entry<String, EObject> e : vt.entrySet()) {
			if (!vb.contains(e.getKey()) && !result.containsKey(e.getKey())) {
				result.put(e.getKey(), EcoreUtil.copy(e.getValue())); // they added it
			}
		}
		for (String id : vb) {
			if (!vt.containsKey(id)) {
				result.remove(id); // they removed it
			}
		}
		if (result.keySet().equals(vm.keySet())) {
			return;
		}
		List<EObject> merged = new ArrayList<>(result.values());
		merged.sort(java.util.Comparator.comparing(ModelMerge::timeOf, java.util.Comparator.nullsFirst(
				java.util.Comparator.naturalOrder())));
		List<EObject> list = (List<EObject>) into.eGet(f);
		list.clear();
		list.addAll(merged);
	}

	private static java.time.Instant timeOf(EObject logItem) {
		EStructuralFeature at = logItem.eClass().getEStructuralFeature("at");
		return at == null ? null : (java.time.Instant) logItem.eGet(at);
	}

	private static Set<String> childIds(EObject o, EStructuralFeature f) {
		return byId((List<?>) o.eGet(f)).keySet();
	}

	/** Links whose order carries no meaning: merged item by item. */
	private static boolean isLinkSet(EStructuralFeature f) {
		return f instanceof EReference r && !r.isContainment() && r.isMany();
	}

	@SuppressWarnings("unchecked")
	private void mergeLinkSet(EObject b, EObject m, EObject t, EObject into, EStructuralFeature f) {
		Set<String> vb = b == null ? Set.of() : ids(b, f);
		Set<String> vm = ids(m, f);
		Set<String> vt = ids(t, f);
		Set<String> result = new LinkedHashSet<>(vm);
		for (String id : vt) {
			if (!vb.contains(id)) {
				result.add(id); // they added it
			}
		}
		for (String id : vb) {
			if (!vt.contains(id)) {
				result.remove(id); // they removed it
			}
		}
		if (result.equals(vm)) {
			return;
		}
		List<EObject> list = (List<EObject>) into.eGet(f);
		list.clear();
		for (String id : result) {
			EObject target = restorer.find(id);
			if (target != null) {
				list.add(target);
			}
		}
	}

	/** A field's value as comparable text: attributes by value, links by id, contained steps by their text. */
	private static String text(EObject o, EStructuralFeature f) {
		Object v = o.eGet(f);
		if (f instanceof EReference r && r.isContainment()) {
			StringBuilder b = new StringBuilder();
			for (Object child : (List<?>) v) {
				EObject c = (EObject) child;
				b.append(((Identified) c).getId()).append('{');
				for (EStructuralFeature cf : c.eClass().getEAllStructuralFeatures()) {
					b.append(cf.getName()).append('=').append(text(c, cf)).append(';');
				}
				b.append('}');
			}
			return b.toString();
		}
		if (f instanceof EReference) {
			return String.join(",", ids(o, f));
		}
		return v == null ? null : v.toString();
	}

	private static Set<String> ids(EObject o, EStructuralFeature f) {
		Set<String> ids = new LinkedHashSet<>();
		List<?> values = f.isMany() ? (List<?>) o.eGet(f) : o.eGet(f) == null ? List.of() : List.of(o.eGet(f));
		for (Object v : values) {
			EObject e = (EObject) v;
			ids.add(e.eIsProxy() ? ((org.eclipse.emf.ecore.InternalEObject) e).eProxyURI().fragment() : ((Identified) e).getId());
		}
		return ids;
	}

	private static boolean sameContent(EObject a, EObject b) {
		for (EStructuralFeature f : a.eClass().getEAllStructuralFeatures()) {
			if (!f.isTransient() && !Objects.equals(text(a, f), text(b, f))) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, EObject> byId(List<?> list) {
		Map<String, EObject> map = new LinkedHashMap<>();
		for (Object o : list) {
			map.put(((Identified) o).getId(), (EObject) o);
		}
		return map;
	}
}
