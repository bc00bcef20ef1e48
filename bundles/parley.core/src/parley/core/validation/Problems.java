package parley.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import parley.core.service.Labels;
import parley.model.playbook.Identified;

/** Collects the problems that rules report; each report names the element, the field and the rule. */
public final class Problems {
	private final List<Problem> found = new ArrayList<>();
	private String rule = "?";

	void startRule(String ruleId) {
		this.rule = ruleId;
	}

	public void error(EObject element, EStructuralFeature field, String message) {
		add(Severity.ERROR, element, field, message);
	}

	public void warning(EObject element, EStructuralFeature field, String message) {
		add(Severity.WARNING, element, field, message);
	}

	private void add(Severity severity, EObject element, EStructuralFeature field, String message) {
		String id = element instanceof Identified identified ? identified.getId() : null;
		found.add(new Problem(severity, rule, id, Labels.describe(element), field == null ? null : field.getName(),
				message));
	}

	List<Problem> list() {
		return found;
	}
}
