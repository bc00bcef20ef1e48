package parley.ui.parts;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;

/**
 * Undo and redo for one {@link StyledText} (a scratch text that is no part of the playbook, so its history is
 * not the editing session's): every modification of the widget is recorded as the range it replaced and what it
 * put there; typing a run of characters at one place is one step, and {@link #breakRun()} ends a run so that the
 * next change (a replacement the part makes) is a step of its own. Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) pressed in
 * the widget use it when no key binding takes them first; in the workbench the Edit menu's Undo and Redo reach it
 * through {@link parley.ui.TextUndo}. Keeps the last {@value #LIMIT} steps.
 */
public final class TextHistory {

	static final int LIMIT = 200;

	private record Edit(int start, String removed, String inserted) {
	}

	private final StyledText text;
	private final Deque<Edit> undo = new ArrayDeque<>();
	private final Deque<Edit> redo = new ArrayDeque<>();
	private boolean applying;
	private boolean run;

	public TextHistory(StyledText text) {
		this.text = text;
		text.addExtendedModifyListener(e -> {
			if (!applying) {
				record(new Edit(e.start, e.replacedText, text.getTextRange(e.start, e.length)));
			}
		});
		text.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) == 0) {
				return;
			}
			boolean shift = (e.stateMask & SWT.SHIFT) != 0;
			if (e.keyCode == 'z' && !shift) {
				undo();
				e.doit = false;
			} else if (e.keyCode == 'y' || (e.keyCode == 'z' && shift)) {
				redo();
				e.doit = false;
			}
		});
		text.addListener(SWT.MouseDown, e -> breakRun());
	}

	private void record(Edit edit) {
		redo.clear();
		Edit last = undo.peek();
		boolean typed = edit.removed().isEmpty() && edit.inserted().length() == 1;
		if (run && typed && last != null && last.removed().isEmpty()
				&& last.start() + last.inserted().length() == edit.start()) {
			undo.pop();
			undo.push(new Edit(last.start(), "", last.inserted() + edit.inserted()));
		} else {
			undo.push(edit);
			if (undo.size() > LIMIT) {
				undo.removeLast();
			}
		}
		run = typed;
	}

	/** Ends a run of typing: the next change is a step of its own. */
	public void breakRun() {
		run = false;
	}

	public boolean canUndo() {
		return !undo.isEmpty();
	}

	public boolean canRedo() {
		return !redo.isEmpty();
	}

	/** Undoes the last step and selects what it brought back. */
	public void undo() {
		if (undo.isEmpty()) {
			return;
		}
		Edit edit = undo.pop();
		apply(edit.start(), edit.inserted().length(), edit.removed());
		redo.push(edit);
	}

	/** Redoes the last step undone and selects what it put back. */
	public void redo() {
		if (redo.isEmpty()) {
			return;
		}
		Edit edit = redo.pop();
		apply(edit.start(), edit.removed().length(), edit.inserted());
		undo.push(edit);
	}

	private void apply(int start, int length, String replacement) {
		applying = true;
		try {
			text.replaceTextRange(start, length, replacement);
			text.setSelection(start, start + replacement.length());
			text.showSelection();
		} finally {
			applying = false;
			run = false;
		}
	}
}
