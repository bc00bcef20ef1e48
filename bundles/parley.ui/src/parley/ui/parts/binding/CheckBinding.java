package parley.ui.parts.binding;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** A boolean: a check box, written at once. */
final class CheckBinding extends Binding {
	private final Button box;

	CheckBinding(FormContext form, Composite parent, EObject owner, EAttribute attribute) {
		super(form, owner, attribute);
		box = new Button(parent, SWT.CHECK);
		layout(box, false);
		box.addListener(SWT.Selection, e -> form.session().set(owner, feature, box.getSelection()));
	}

	@Override
	public void refresh() {
		box.setSelection(Boolean.TRUE.equals(owner.eGet(feature)));
	}
}
