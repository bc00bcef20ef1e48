package parley.core.validation;

import parley.model.playbook.Playbook;

/**
 * One check over a playbook. To add a rule: implement this interface beside the others and list it in
 * {@link PlaybookValidator#defaultRules()}; give it a test in {@code parley.core.tests}.
 */
public interface ValidationRule {

	/** A stable, kebab-case id shown with each problem, e.g. {@code scenario-without-steps}. */
	String id();

	void check(Playbook playbook, Problems problems);
}
