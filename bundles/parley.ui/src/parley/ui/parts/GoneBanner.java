package parley.ui.parts;

import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The entry editor's banner that says its entity is not in the playbook any more (deleted, or its creation
 * undone); while it shows, every other control of the form is greyed out. Controls made disabled on purpose
 * ("Move up" of the first step) stay disabled when the form comes back.
 */
final class GoneBanner {

	private final Composite form;
	private final Composite banner;
	private final Label text;
	private final Set<Control> disabledByDesign;

	/** Creates the banner (hidden) as the next child of {@code form}, a two-column grid. */
	GoneBanner(Composite form, Set<Control> disabledByDesign) {
		this.form = form;
		this.disabledByDesign = disabledByDesign;
		banner = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(banner);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(banner);
		banner.setBackground(form.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		text = new Label(banner, SWT.WRAP);
		text.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		text.setBackground(banner.getBackground());
		text.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		banner.setData("org.eclipse.e4.ui.css.id", "gone-banner");
	}

	boolean isDisposed() {
		return banner.isDisposed();
	}

	/** Shows the banner for the entity called {@code name} and greys out the form, or hides it and restores. */
	void show(boolean gone, String name) {
		if (gone) {
			text.setText("\u201c" + parley.core.service.Labels.orUntitled(name)
					+ "\u201d is not in the playbook any more: it was deleted, or its creation was undone. "
					+ "Undo (Ctrl+Z) or redo (Ctrl+Y) brings it back; closing this tab loses nothing.");
		}
		banner.setVisible(gone);
		((GridData) banner.getLayoutData()).exclude = !gone;
		for (Control child : form.getChildren()) {
			if (child != banner) {
				enable(child, !gone);
			}
		}
	}

	private void enable(Control control, boolean enabled) {
		control.setEnabled(enabled && !disabledByDesign.contains(control));
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				enable(child, enabled);
			}
		}
	}

	/** What the banner says while it shows, else null. */
	String message() {
		return !banner.isDisposed() && banner.getVisible() ? text.getText() : null;
	}
}
