package parley.vcs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * Copies one element from an old version of a playbook into the current one, keeping its id: attributes by
 * value, contained elements (scenario steps) recursively, links re-pointed by id to the current entries (also
 * links into files of the old version that were not read).
 */
final class EntryRestorer {

	private final Playbook target;
	private final Map<String, EObject> current = new HashMap<>();
	private final List<String> skipped = new ArrayList<>();

	EntryRestorer(Playbook target) {
		this.target = target;
		for (EObject e : Elements.all(target)) {
			current.put(((Identified) e).getId(), e);
		}
	}

	/** Restores {@code source}; returns the links that were left out because their targets are gone. */
	List<String> restore(EObject source) {
		String id = ((Identified) source).getId();
		EObject restored = current.get(id);
		if (restored == null) {
			restored = EcoreUtil.create(source.eClass());
			((Identified) restored).setId(id);
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) target.eGet(PlaybookLayout.kindOf(source.eClass()).containment());
			list.add(restored);
			current.put(id, restored);
		}
		copyInto(source, restored);
		return skipped;
	}

	/** The links left out so far because their targets are gone. */
	List<String> skipped() {
		return skipped;
	}

	/** Makes an element created after this restorer known as a link target. */
	void register(EObject element) {
		current.put(((Identified) element).getId(), element);
	}

	/** The element of the target playbook with this id, or null. */
	EObject find(String id) {
		return current.get(id);
	}

	/** Copies one field of {@code source} into {@code into}, links re-pointed by id. */
	void restoreField(EObject source, EObject into, EStructuralFeature feature) {
		copyFeature(source, into, feature);
	}

	/** Copies every field of {@code source} into {@code into} (contained elements recursively). */
	void copyInto(EObject source, EObject into) {
		for (EStructuralFeature feature : source.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
				continue;
			}
			copyFeature(source, into, feature);
		}
	}

	@SuppressWarnings("unchecked")
	private void copyFeature(EObject source, EObject into, EStructuralFeature feature) {
		if (feature instanceof EAttribute attribute) {
			if (attribute.isID()) {
				return;
			}
			into.eSet(feature, feature.isMany() ? new ArrayList<>((List<Object>) source.eGet(feature)) : source.eGet(feature));
		} else if (feature instanceof EReference reference && reference.isContainment()) {
			List<EObject> children = new ArrayList<>();
			for (EObject child : (List<EObject>) source.eGet(feature)) {
				EObject existing = current.get(((Identified) child).getId());
				EObject copy = existing != null && existing.eContainer() == into ? existing : EcoreUtil.create(child.eClass());
				((Identified) copy).setId(((Identified) child).getId());
				copyInto(child, copy);
				children.add(copy);
			}
			((List<EObject>) into.eGet(feature)).clear();
			((List<EObject>) into.eGet(feature)).addAll(children);
		} else if (feature instanceof EReference) {
			List<EObject> targets = new ArrayList<>();
			List<EObject> values = feature.isMany() ? (List<EObject>) source.eGet(feature)
					: source.eGet(feature) == null ? List.of() : List.of((EObject) source.eGet(feature));
			for (EObject link : values) {
				// A link into a part of the version that was not read (a merge reads only the changed entries)
				// is a proxy named by the target's id: re-pointed by that id like any other.
				EObject now = current.get(link.eIsProxy() ? ((InternalEObject) link).eProxyURI().fragment()
						: ((Identified) link).getId());
				if (now == null) {
					skipped.add(Labels.describe(into) + " " + feature.getName() + " -> "
							+ (link.eIsProxy() ? "(missing)" : Labels.describe(link)));
				} else {
					targets.add(now);
				}
			}
			if (feature.isMany()) {
				((List<EObject>) into.eGet(feature)).clear();
				((List<EObject>) into.eGet(feature)).addAll(targets);
			} else {
				into.eSet(feature, targets.isEmpty() ? null : targets.get(0));
			}
		}
	}
}
