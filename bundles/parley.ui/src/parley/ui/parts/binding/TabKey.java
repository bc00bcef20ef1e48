package parley.ui.parts.binding;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Tab in a multi-line text field moves to the next field (Shift+Tab to the one before), as in every other
 * field of a form; Ctrl+Tab types a tab character for whoever needs one. A multi-line text of the platform
 * would otherwise take Tab as a character, mark the entry changed and trap the keyboard user in the field.
 */
public final class TabKey {

	private TabKey() {
	}

	/** Makes Tab move on from {@code text} and Ctrl+Tab type a tab into it. */
	public static void movesOn(Text text) {
		if ((text.getStyle() & SWT.MULTI) == 0) {
			return; // a single-line field traverses already
		}
		text.addListener(SWT.Traverse, e -> {
			if (e.detail != SWT.TRAVERSE_TAB_NEXT && e.detail != SWT.TRAVERSE_TAB_PREVIOUS) {
				return;
			}
			if ((e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				if (text.getEditable()) {
					text.insert("\t");
				}
			} else {
				e.doit = true;
			}
		});
	}
}
