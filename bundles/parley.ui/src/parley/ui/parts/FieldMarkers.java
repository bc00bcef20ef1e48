package parley.ui.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import parley.core.validation.Problem;
import parley.core.validation.Severity;
import parley.model.playbook.Identified;
import parley.ui.parts.binding.Binding;

/**
 * The problems of a form's fields shown on the fields: an error or warning marker beside the widget (JFace's
 * field decorations, the icons the Problems list uses) whose hover text is the problem's message. Markers
 * follow each new list of problems; a field without problems has none.
 */
final class FieldMarkers {

	/** The image of a severity (JFace's standard field decorations). */
	static Image image(Severity severity) {
		return FieldDecorationRegistry.getDefault().getFieldDecoration(
				severity == Severity.ERROR ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING)
				.getImage();
	}

	private final Map<Control, ControlDecoration> markers = new HashMap<>();
	private final Map<Control, String> texts = new HashMap<>();

	/** Shows the markers of {@code problems} on the fields of {@code bindings}. */
	void show(List<Binding> bindings, List<Problem> problems) {
		markers.keySet().removeIf(Control::isDisposed); // the form was rebuilt
		texts.keySet().removeIf(Control::isDisposed);
		for (Binding binding : bindings) {
			Control control = binding.control();
			if (control == null || control.isDisposed() || !(binding.owner() instanceof Identified owner)) {
				continue;
			}
			List<Problem> found = new ArrayList<>();
			for (Problem problem : problems) {
				if (owner.getId().equals(problem.elementId()) && binding.feature().getName().equals(problem.field())) {
					found.add(problem);
				}
			}
			ControlDecoration marker = markers.get(control);
			if (found.isEmpty()) {
				if (marker != null) {
					marker.hide();
				}
				texts.remove(control);
				continue;
			}
			if (marker == null) {
				marker = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
				marker.setMarginWidth(2);
				markers.put(control, marker);
				control.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
					@Override
					public void getDescription(org.eclipse.swt.accessibility.AccessibleEvent e) {
						e.result = texts.get(control); // a screen reader reads the problem with the field
					}
				});
			}
			boolean error = found.stream().anyMatch(p -> p.severity() == Severity.ERROR);
			StringBuilder text = new StringBuilder();
			for (Problem problem : found) {
				text.append(text.isEmpty() ? "" : "\n").append(problem.severity() == Severity.ERROR ? "Error: " : "Warning: ")
						.append(problem.message());
			}
			marker.setImage(image(error ? Severity.ERROR : Severity.WARNING));
			marker.setDescriptionText(text.toString());
			marker.show();
			texts.put(control, text.toString());
		}
	}

	/** The marker text of a field ("Error: …"), null when it has none. */
	String textOf(Control control) {
		return texts.get(control);
	}
}
