package parley.ui.parts.binding;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A single-valued enum (status, kind): a read-only combo, written when a literal is chosen. */
final class ComboBinding extends Binding {
	private final Combo combo;
	private final EEnum eEnum;

	ComboBinding(FormContext form, Composite parent, EObject owner, EAttribute attribute, EEnum eEnum) {
		super(form, owner, attribute);
		this.eEnum = eEnum;
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			combo.add(literal.getLiteral());
		}
		layout(combo, false);
		GridDataFactory.swtDefaults().applyTo(combo);
		combo.addListener(SWT.Selection, e -> {
			if (!updating) {
				form.session().set(owner, feature, eEnum.getELiterals().get(combo.getSelectionIndex()).getInstance());
			}
		});
	}

	@Override
	public void refresh() {
		updating = true;
		try {
			Object value = owner.eGet(feature);
			combo.select(value == null ? -1
					: eEnum.getELiterals().indexOf(eEnum.getEEnumLiteral(((Enumerator) value).getValue())));
		} finally {
			updating = false;
		}
	}
}
