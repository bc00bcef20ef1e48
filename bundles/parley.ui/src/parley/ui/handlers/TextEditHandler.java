package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

import jakarta.inject.Named;

/**
 * Edit > Cut, Copy, Paste, Select All: the clipboard actions of the text field that has the keyboard focus.
 * The keys (Ctrl+X, C, V, A) stay the fields' own; the menu items show them and do the same.
 */
public final class TextEditHandler {

	/** The command parameter: cut, copy, paste or selectall. */
	public static final String ACTION = "parley.ui.commandparameter.textedit";

	@CanExecute
	boolean canExecute(@Optional @Named(ACTION) String action) {
		Control focus = focus();
		if (action == null || focus == null) {
			return false;
		}
		boolean editable = focus instanceof Text text ? text.getEditable()
				: focus instanceof StyledText styled ? styled.getEditable() : focus instanceof Combo;
		return switch (action) {
		case "cut", "paste" -> editable;
		case "copy", "selectall" -> true;
		default -> false;
		};
	}

	@Execute
	void execute(@Named(ACTION) String action) {
		Control focus = focus();
		if (focus instanceof Text text) {
			switch (action) {
			case "cut" -> text.cut();
			case "copy" -> text.copy();
			case "paste" -> text.paste();
			case "selectall" -> text.selectAll();
			default -> throw new IllegalArgumentException(action);
			}
		} else if (focus instanceof StyledText styled) {
			switch (action) {
			case "cut" -> styled.cut();
			case "copy" -> styled.copy();
			case "paste" -> styled.paste();
			case "selectall" -> styled.selectAll();
			default -> throw new IllegalArgumentException(action);
			}
		} else if (focus instanceof Combo combo) {
			switch (action) {
			case "cut" -> combo.cut();
			case "copy" -> combo.copy();
			case "paste" -> combo.paste();
			case "selectall" -> combo.setSelection(new Point(0, combo.getText().length()));
			default -> throw new IllegalArgumentException(action);
			}
		}
	}

	private static Control focus() {
		Display display = Display.getCurrent();
		Control focus = display == null ? null : display.getFocusControl();
		return focus instanceof Text || focus instanceof StyledText || focus instanceof Combo ? focus : null;
	}
}
