package parley.core.validation;

import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;

/** Every scenario has steps, and every step says which technique it applies. */
final class ScenarioStepsRule implements ValidationRule {

	@Override
	public String id() {
		return "scenario-without-steps";
	}

	@Override
	public void check(Playbook playbook, Problems problems) {
		for (Scenario scenario : playbook.getScenarios()) {
			if (scenario.getSteps().isEmpty()) {
				problems.error(scenario, PlaybookPackage.Literals.SCENARIO__STEPS,
						"scenario without steps; add the steps an agent follows");
			}
			for (Step step : scenario.getSteps()) {
				if (step.getTechniques().isEmpty()) {
					problems.warning(step, PlaybookPackage.Literals.STEP__TECHNIQUES,
							"step names no technique; link the technique it applies");
				}
			}
		}
	}
}
