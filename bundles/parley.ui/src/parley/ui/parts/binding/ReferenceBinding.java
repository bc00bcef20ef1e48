package parley.ui.parts.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import parley.core.service.Labels;
import parley.core.store.PlaybookLayout;

/** Links to other entities: a list (double-click opens one), Add… (a filtered pick list) and Remove. */
public final class ReferenceBinding extends Binding {
	private final Table table;
	private final EReference reference;

	ReferenceBinding(FormContext form, Composite parent, EObject owner, EReference reference) {
		super(form, owner, reference);
		this.reference = reference;
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		table = new Table(box, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 64).applyTo(table);
		control = table;
		Composite buttons = new Composite(box, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(buttons);
		Button add = form.button(buttons, "Add…", true, this::add);
		Button remove = form.button(buttons, "Remove", true, this::removeSelected);
		GridDataFactory.fillDefaults().applyTo(add);
		GridDataFactory.fillDefaults().applyTo(remove);
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		table.setToolTipText("Double-click or Enter opens the linked entry");
	}

	private List<?> targets() {
		return (List<?>) owner.eGet(reference);
	}

	@Override
	public void refresh() {
		table.removeAll();
		for (Object target : targets()) {
			EObject t = (EObject) target;
			TableItem item = new TableItem(table, SWT.NONE);
			String name = t.eIsProxy() ? "(missing entry)" : Labels.name(t);
			item.setText(parley.core.service.Labels.orUntitled(name));
			item.setImage(form.icon(t));
			item.setData(t);
		}
	}

	/** What Add… does: pick one of the entities of the link's type not linked yet, and link it. */
	public void add() {
		List<EObject> candidates = new ArrayList<>();
		PlaybookLayout.Kind kind = PlaybookLayout.kindOf(reference.getEReferenceType());
		for (Object element : (List<?>) form.session().playbook().playbook().eGet(kind.containment())) {
			if (!targets().contains(element) && element != owner) {
				candidates.add((EObject) element);
			}
		}
		candidates.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(String.valueOf(Labels.name(a)),
				String.valueOf(Labels.name(b))));
		EObject chosen = form.pick("Add to " + Bindings.labelOf(reference).toLowerCase(Locale.ROOT), candidates);
		if (chosen != null) {
			form.session().add(owner, reference, chosen);
		}
	}

	private void removeSelected() {
		if (table.getSelectionCount() == 1) {
			form.session().remove(owner, reference, table.getSelection()[0].getData());
		}
	}

	private void openSelected() {
		if (table.getSelectionCount() == 1 && table.getSelection()[0].getData() instanceof EObject target
				&& !target.eIsProxy()) {
			form.open(target);
		}
	}
}
