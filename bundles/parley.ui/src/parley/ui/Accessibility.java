package parley.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/**
 * Accessible names for the controls a screen reader lands on. SWT names a button or link by its text, but a
 * text field, list, table or tree only by what the program says; this class says it (through the SWT
 * accessibility API) and remembers it, so a test can require that every such control of a part has one.
 */
public final class Accessibility {

	/** Where the name is kept on the control (widget data). */
	static final String NAME = "parley.accessibleName";

	private Accessibility() {
	}

	/** Gives {@code control} the accessible name {@code name} (mnemonics and a trailing colon dropped). */
	public static <C extends Control> C name(C control, String name) {
		String clean = clean(name);
		boolean first = control.getData(NAME) == null;
		control.setData(NAME, clean);
		if (first) {
			control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
				@Override
				public void getName(AccessibleEvent e) {
					if (e.childID == ACC.CHILDID_SELF && !control.isDisposed()) {
						e.result = (String) control.getData(NAME);
					}
				}
			});
		}
		return control;
	}

	/** Names {@code control} and, in a composite field (a list with its buttons), each unnamed field in it. */
	public static void nameAll(Control control, String name) {
		if (needsName(control)) {
			name(control, name);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (nameOf(child) == null) {
					nameAll(child, name);
				}
			}
		}
	}

	/**
	 * Names each unnamed field of a form after the label just before it (a form's rows are "label, field"), so
	 * that forms built row by row need no call per field.
	 */
	public static void nameFromLabels(Composite root) {
		Control[] children = root.getChildren();
		for (int i = 0; i < children.length; i++) {
			Control child = children[i];
			if (child instanceof Composite composite && !needsName(child)) {
				nameFromLabels(composite);
			} else if (needsName(child) && nameOf(child) == null && i > 0 && children[i - 1] instanceof Label label
					&& !label.getText().isBlank()) {
				name(child, label.getText());
			} else if (needsName(child) && nameOf(child) == null && root instanceof Group group
					&& !group.getText().isBlank()) {
				name(child, group.getText()); // a list alone in its group ("Tags") is named by the group
			}
		}
	}

	/** The accessible name a control has (its own text for buttons and links); null when it has none. */
	public static String nameOf(Control control) {
		Object name = control.getData(NAME);
		if (name instanceof String s && !s.isBlank()) {
			return s;
		}
		if (control instanceof Button button && !button.getText().isBlank()) {
			return clean(button.getText());
		}
		if (control instanceof Text text && (text.getStyle() & SWT.READ_ONLY) != 0 && !text.getText().isBlank()) {
			return text.getText(); // read-only text (a dialog's message) is read out as it is
		}
		if (control instanceof Link link && !link.getText().isBlank()) {
			return clean(link.getText().replaceAll("</?a[^>]*>", ""));
		}
		return null;
	}

	/** The visible controls under {@code root} that a screen reader would reach without a name. */
	public static List<Control> unnamed(Composite root) {
		List<Control> found = new ArrayList<>();
		collect(root, found);
		return found;
	}

	private static void collect(Composite parent, List<Control> found) {
		for (Control child : parent.getChildren()) {
			if (!child.getVisible()) {
				continue;
			}
			if ((needsName(child) || child instanceof Button || child instanceof Link) && nameOf(child) == null) {
				found.add(child);
			}
			if (child instanceof Composite composite && !(child instanceof Table) && !(child instanceof Tree)
					&& !(child instanceof Combo) && !(child instanceof StyledText) && !(child instanceof Spinner)) {
				collect(composite, found);
			}
		}
	}

	/** Controls whose name SWT cannot take from their own text. */
	private static boolean needsName(Control control) {
		return control instanceof Text || control instanceof StyledText || control instanceof Combo
				|| control instanceof Table || control instanceof Tree || control instanceof Spinner;
	}

	private static String clean(String label) {
		String s = label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").strip();
		int tab = s.indexOf('\t');
		if (tab >= 0) {
			s = s.substring(0, tab).strip();
		}
		return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
	}
}
