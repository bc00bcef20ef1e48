package parley.ui.parts;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.ui.parts.binding.FormContext;

/**
 * A scenario's steps in the entry editor: a group per step (instruction, techniques, phrases; Move up and
 * Remove step), then Add step. The editor rebuilds the section when the steps change.
 */
final class StepsSection {

	/** Adds a label and a bound widget for one field of one model object. */
	interface Fields {
		void field(Composite parent, EObject owner, EStructuralFeature feature);
	}

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private StepsSection() {
	}

	/**
	 * Adds the section to {@code form} (a two-column grid).
	 *
	 * @param watch told of every step, so the editor hears of its changes
	 */
	static void create(Composite form, Scenario scenario, FormContext context, Fields fields, Consumer<EObject> watch) {
		Label title = new Label(form, SWT.NONE);
		title.setText("Steps");
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(title);
		int n = 0;
		for (Step step : scenario.getSteps()) {
			watch.accept(step);
			n++;
			Group group = new Group(form, SWT.NONE);
			group.setText("Step " + n);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
			fields.field(group, step, P.getStep_Instruction());
			fields.field(group, step, P.getStep_Techniques());
			fields.field(group, step, P.getStep_Phrases());
			Composite buttons = new Composite(group, SWT.NONE);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
			buttons.setLayout(new RowLayout());
			int index = n - 1;
			context.button(buttons, "Move up", index > 0,
					() -> context.session().move(scenario, P.getScenario_Steps(), step, index - 1));
			context.button(buttons, "Remove step", true, () -> context.session().delete(List.of(step)));
		}
		Composite buttons = new Composite(form, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		buttons.setLayout(new RowLayout());
		context.button(buttons, "Add step", true, () -> context.session().addStep(scenario, "New step"));
	}
}
