package parley.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import parley.core.service.Labels;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/** No two elements of one type share a title (or name), ignoring case and spacing. */
final class DuplicateTitleRule implements ValidationRule {

	@Override
	public String id() {
		return "duplicate-title";
	}

	@Override
	public void check(Playbook playbook, Problems problems) {
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			Map<String, EObject> first = new HashMap<>();
			for (Object element : (List<?>) playbook.eGet(kind.containment())) {
				EObject object = (EObject) element;
				String name = Labels.name(object);
				if (name == null || name.isBlank()) {
					continue; // reported by required-field-empty
				}
				String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
				EObject previous = first.putIfAbsent(key, object);
				if (previous != null) {
					problems.error(object, nameFeature(object), "has the same " + nameFeature(object).getName()
							+ " as another " + object.eClass().getName() + "; rename one of them or merge them");
				}
			}
		}
	}

	private static EStructuralFeature nameFeature(EObject object) {
		EStructuralFeature title = object.eClass().getEStructuralFeature("title");
		return title != null ? title : object.eClass().getEStructuralFeature(PlaybookPackage.Literals.TAG__NAME.getName());
	}
}
