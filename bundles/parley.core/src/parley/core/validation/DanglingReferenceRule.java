package parley.core.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

import parley.core.service.Elements;
import parley.model.playbook.Playbook;

/** Every reference points to an element of this playbook (no reference to a missing or deleted entry). */
final class DanglingReferenceRule implements ValidationRule {

	@Override
	public String id() {
		return "dangling-reference";
	}

	@Override
	public void check(Playbook playbook, Problems problems) {
		for (EObject element : Elements.all(playbook)) {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
					continue;
				}
				for (Object value : values(element, reference)) {
					EObject target = (EObject) value;
					if (target.eIsProxy()) {
						problems.error(element, reference, "refers to " + ((InternalEObject) target).eProxyURI().fragment()
								+ ", which is not in this playbook; restore that entry or remove the reference");
					} else if (!isInPlaybook(target, playbook)) {
						problems.error(element, reference, "refers to an element that was removed from the playbook;"
								+ " remove the reference");
					}
				}
			}
		}
	}

	private static List<?> values(EObject element, EReference reference) {
		Object value = element.eGet(reference, true); // resolves what can be resolved
		if (reference.isMany()) {
			return (List<?>) value;
		}
		return value == null ? List.of() : List.of(value);
	}

	private static boolean isInPlaybook(EObject target, Playbook playbook) {
		for (EObject c = target; c != null; c = c.eContainer()) {
			if (c == playbook) {
				return true;
			}
		}
		return false;
	}
}
