package parley.ui.parts.binding;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;

/** An integer (review interval): a spinner, written after the typing pause or on focus loss. */
final class SpinnerBinding extends Binding {
	private final Spinner spinner;

	SpinnerBinding(FormContext form, Composite parent, EObject owner, EAttribute attribute) {
		super(form, owner, attribute);
		spinner = new Spinner(parent, SWT.BORDER);
		spinner.setMaximum(100_000);
		layout(spinner, false);
		GridDataFactory.swtDefaults().applyTo(spinner);
		spinner.addModifyListener(e -> {
			if (!updating) {
				form.typed(this);
			}
		});
		spinner.addListener(SWT.FocusOut, e -> form.commitPending());
	}

	@Override
	public void refresh() {
		updating = true;
		try {
			Object value = owner.eGet(feature);
			spinner.setSelection(value == null ? 0 : (Integer) value);
		} finally {
			updating = false;
		}
	}

	@Override
	public void commit() {
		form.session().set(owner, feature, spinner.getSelection());
	}
}
