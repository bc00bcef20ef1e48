package parley.ui.parts.binding;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** A many-valued enum (channels, emotions): a check box per literal, written at once. */
final class EnumSetBinding extends Binding {
	private final List<Button> boxes = new ArrayList<>();
	private final EEnum eEnum;

	EnumSetBinding(FormContext form, Composite parent, EObject owner, EAttribute attribute, EEnum eEnum) {
		super(form, owner, attribute);
		this.eEnum = eEnum;
		Composite row = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout();
		layout.marginLeft = 0;
		row.setLayout(layout);
		layout(row, false);
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			Button box = new Button(row, SWT.CHECK);
			box.setText(literal.getLiteral());
			box.addListener(SWT.Selection, e -> commit());
			boxes.add(box);
		}
	}

	@Override
	public void refresh() {
		List<?> values = (List<?>) owner.eGet(feature);
		for (int i = 0; i < boxes.size(); i++) {
			boxes.get(i).setSelection(values.contains(eEnum.getELiterals().get(i).getInstance()));
		}
	}

	@Override
	public void commit() {
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < boxes.size(); i++) {
			if (boxes.get(i).getSelection()) {
				values.add(eEnum.getELiterals().get(i).getInstance());
			}
		}
		form.session().set(owner, feature, values);
	}
}
