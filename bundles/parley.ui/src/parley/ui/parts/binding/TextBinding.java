package parley.ui.parts.binding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Strings (single-line or multi-line), lists of strings (one per line), dates (ISO text) and read-only
 * instants. Typing is written after the typing pause, on focus loss or Enter; a date that does not parse is
 * marked and not written.
 */
final class TextBinding extends Binding {
	private final Text text;
	private final Class<?> type;
	/** Whether the field shows the "not a date" colours. */
	private boolean marked;

	TextBinding(FormContext form, Composite parent, EObject owner, EAttribute attribute) {
		super(form, owner, attribute);
		type = attribute.getEAttributeType().getInstanceClass();
		boolean multi = attribute.isMany() || Bindings.MULTI_LINE.contains(attribute.getName());
		boolean readOnly = type == Instant.class;
		text = new Text(parent, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
				| (readOnly ? SWT.READ_ONLY : 0));
		if (type == LocalDate.class) {
			text.setMessage("YYYY-MM-DD");
		} else if (attribute.isMany()) {
			text.setMessage("One per line");
		}
		layout(text, multi);
		TabKey.movesOn(text);
		text.addModifyListener(e -> {
			if (!updating && !readOnly) {
				form.typed(this);
			}
		});
		text.addListener(SWT.FocusOut, e -> form.commitPending());
		if (!multi) {
			text.addListener(SWT.DefaultSelection, e -> form.commitPending());
		}
	}

	@Override
	public void refresh() {
		Object value = owner.eGet(feature);
		String shown;
		if (value == null) {
			shown = "";
		} else if (feature.isMany()) {
			shown = String.join("\n", ((List<?>) value).stream().map(String::valueOf).toList());
		} else {
			shown = String.valueOf(value);
		}
		if (!text.getText().equals(shown)) {
			updating = true;
			try {
				text.setText(shown);
			} finally {
				updating = false;
			}
		}
		if (marked) {
			// back to the theme's colours: the theme engine styles the field again on its skin event
			marked = false;
			text.setBackground(null);
			text.setForeground(null);
			text.reskin(SWT.NONE);
		}
		text.setToolTipText(null);
	}

	@Override
	public void commit() {
		String input = text.getText();
		Object value;
		if (feature.isMany()) {
			value = input.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
		} else if (type == LocalDate.class) {
			try {
				value = input.isBlank() ? null : LocalDate.parse(input.strip());
			} catch (DateTimeParseException e) {
				marked = true;
				text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
				text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK)); // readable in either theme
				text.setToolTipText("Write the date as YYYY-MM-DD, e.g. 2026-11-25");
				return;
			}
		} else {
			value = input.isEmpty() ? null : input;
		}
		form.session().set(owner, feature, value);
	}
}
