package parley.ui.parts.binding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/** One widget bound to one feature of one model object. */
public abstract class Binding {

	final FormContext form;
	final EObject owner;
	final EStructuralFeature feature;
	Control control;
	/** True while {@link #refresh()} sets the widget, so its listeners do not write back. */
	boolean updating;

	Binding(FormContext form, EObject owner, EStructuralFeature feature) {
		this.form = form;
		this.owner = owner;
		this.feature = feature;
	}

	/** Shows the model's value. */
	public abstract void refresh();

	/** Writes the widget's value to the model. */
	public void commit() {
	}

	public EObject owner() {
		return owner;
	}

	public EStructuralFeature feature() {
		return feature;
	}

	/** The widget (the one that takes the focus). */
	public Control control() {
		return control;
	}

	void layout(Control c, boolean grabVertical) {
		control = c;
		GridDataFactory.fillDefaults().grab(true, false).hint(200, grabVertical ? 70 : SWT.DEFAULT).applyTo(c);
	}
}
