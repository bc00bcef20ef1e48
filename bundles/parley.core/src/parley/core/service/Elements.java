package parley.core.service;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import parley.core.store.PlaybookLayout;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;

/** Walks a playbook's elements in a stable order: by kind (sources ... scenarios), steps after their scenario. */
public final class Elements {
	private Elements() {
	}

	/** Every entity of the playbook and every scenario step. */
	public static List<EObject> all(Playbook playbook) {
		List<EObject> all = new ArrayList<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			for (Object element : (List<?>) playbook.eGet(kind.containment())) {
				all.add((EObject) element);
				if (element instanceof Scenario scenario) {
					all.addAll(scenario.getSteps());
				}
			}
		}
		return all;
	}
}
