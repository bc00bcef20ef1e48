package parley.core.validation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import parley.core.service.Elements;
import parley.model.playbook.Playbook;

/** Every required text field (lower bound 1 in the model) holds text, not nothing or blanks. */
final class RequiredFieldsRule implements ValidationRule {

	@Override
	public String id() {
		return "required-field-empty";
	}

	@Override
	public void check(Playbook playbook, Problems problems) {
		checkElement(playbook, problems);
		for (EObject element : Elements.all(playbook)) {
			checkElement(element, problems);
		}
	}

	private static void checkElement(EObject element, Problems problems) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getLowerBound() < 1 || attribute.isMany() || attribute.isID()
					|| attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
				continue;
			}
			Object value = element.eGet(attribute);
			if (value == null || value.toString().isBlank()) {
				problems.error(element, attribute, "'" + attribute.getName() + "' is required but empty; fill it in");
			}
		}
	}
}
