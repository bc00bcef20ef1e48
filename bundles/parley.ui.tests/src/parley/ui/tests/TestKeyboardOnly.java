package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Technique;
import parley.ui.handlers.CloseEditorHandler;
import parley.ui.handlers.FocusFilterHandler;
import parley.ui.handlers.QuitHandler;
import parley.ui.handlers.SaveHandler;
import parley.ui.parts.EntryEditorPart;
import parley.ui.parts.binding.Bindings;

/**
 * Issue 18: a day's loop with the keyboard alone. Keys are real key events posted to the display (what a
 * keyboard sends); the commands bound to keys (Ctrl+F, Ctrl+S, Ctrl+W, Ctrl+Q) run as their bindings run
 * them. Find an entry with the filter, open it with Enter, Tab through every field of its form (no tab
 * character typed anywhere), edit one, save, close the editor, quit.
 */
class TestKeyboardOnly extends WorkbenchFixture {

	private void press(int keyCode, char character) {
		post(SWT.KeyDown, keyCode, character);
		post(SWT.KeyUp, keyCode, character);
		drain();
	}

	private void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		assertTrue(display.post(event), "the display takes key events");
	}

	/** Types into the focused text field, each key once it has arrived (X delivers posted keys later). */
	private void type(String text) {
		Text field = (Text) focus();
		for (char c : text.toCharArray()) {
			int before = field.getText().length();
			press(c, c);
			spin(() -> field.getText().length() > before, () -> field.getText() + ", focus: " + focus() + ", logged: " + logged);
		}
	}

	/** Presses a key and waits until it has had its effect. */
	private void press(int keyCode, java.util.function.BooleanSupplier effect) {
		press(keyCode, keyCode == SWT.TAB ? '\t' : keyCode == SWT.CR ? '\r' : (char) 0);
		spin(effect);
	}

	private Control focus() {
		return display.getFocusControl();
	}

	@Test
	void findOpenTabThroughEditSaveCloseAndQuitWithTheKeyboard() throws Exception {
		// Without a window manager (Xvfb) the keyboard goes to the window under the pointer: put it there.
		org.eclipse.swt.graphics.Rectangle bounds = shell().getBounds();
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = bounds.x + bounds.width / 2;
		move.y = bounds.y + bounds.height / 2;
		display.post(move);
		shell().forceActive();
		drain();
		spin(() -> display.getActiveShell() == shell(), () -> "active: " + display.getActiveShell());
		Technique listening = playbook().getTechniques().stream().filter(t -> "Active listening".equals(t.getTitle()))
				.findFirst().orElseThrow();
		String summaryBefore = listening.getSummary();

		run(new FocusFilterHandler()); // Ctrl+F
		spin(() -> focus() instanceof Text, () -> String.valueOf(focus()));
		type("active listening");
		press(SWT.CR, () -> navigator.viewer().getTree().getItem(1).getItemCount() < 10); // the filter applies
		Tree tree = navigator.viewer().getTree();
		press(SWT.ARROW_DOWN, (char) 0); // from the filter into the tree
		spin(() -> focus() == tree, () -> String.valueOf(focus()));
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 12 && navigator.viewer().getStructuredSelection().getFirstElement() != listening; i++) {
			Object was = navigator.viewer().getStructuredSelection().getFirstElement();
			press(SWT.ARROW_DOWN, () -> navigator.viewer().getStructuredSelection().getFirstElement() != was);
			seen.add(String.valueOf(tree.getSelectionCount() == 0 ? null : tree.getSelection()[0].getText()));
		}
		assertSame(listening, navigator.viewer().getStructuredSelection().getFirstElement(),
				"reached by arrow keys; selected on the way: " + seen + ", filter '" + navigator.filterText() + "'");
		press(SWT.CR, () -> editorParts().size() == 1); // Enter opens it
		EntryEditorPart editor = editor(editorParts().get(0));
		spin(() -> focus() == editor.control(listening, "title"), () -> String.valueOf(focus()));

		// Tab visits every field of the form, in order, and types nothing
		List<Control> fields = new ArrayList<>();
		for (EStructuralFeature feature : Bindings.fieldsOf(listening.eClass())) {
			Control field = editor.control(listening, feature.getName());
			if (field != null && field.isEnabled()) {
				fields.add(field);
			}
		}
		Set<Control> visited = new LinkedHashSet<>();
		Control summary = editor.control(listening, "summary");
		for (int i = 0; i < 60 && !visited.containsAll(fields); i++) {
			Control was = focus();
			visited.add(was);
			press(SWT.TAB, () -> focus() != was);
		}
		List<Control> missed = new ArrayList<>(fields);
		missed.removeIf(c -> visited.contains(c) || c.getParent() != null && visited.stream().anyMatch(v -> v.getParent() == c));
		assertEquals(List.of(), missed.stream().map(String::valueOf).toList(), "fields Tab never reached");
		assertEquals(summaryBefore, listening.getSummary(), "Tab typed no tab character");
		assertFalse(editing.isDirty(), "nor changed anything");

		// edit the summary: Shift+Tab back until it has the focus, then type at its end
		for (int i = 0; i < 60 && focus() != summary; i++) {
			Control was = focus();
			post(SWT.KeyDown, SWT.SHIFT, (char) 0);
			press(SWT.TAB, () -> focus() != was);
			post(SWT.KeyUp, SWT.SHIFT, (char) 0);
			drain();
		}
		assertSame(summary, focus(), "Shift+Tab goes back");
		press(SWT.END, (char) 0);
		post(SWT.KeyDown, SWT.CTRL, (char) 0);
		press(SWT.END, (char) 0);
		post(SWT.KeyUp, SWT.CTRL, (char) 0);
		type(" Keep calm.");
		spin(() -> listening.getSummary().endsWith(" Keep calm."), listening::getSummary);

		run(new SaveHandler()); // Ctrl+S
		assertFalse(editing.isDirty());
		assertTrue(filesOnDisk().values().stream().anyMatch(f -> f.contains("Keep calm.")), "saved to disk");

		run(new CloseEditorHandler()); // Ctrl+W
		assertTrue(editorParts().isEmpty(), "closed without a question: it was saved");
		assertEquals(List.of(), answers.asked);

		assertEquals(Boolean.TRUE, run(new QuitHandler())); // Ctrl+Q
		assertNull(shell(), "the window is gone");
		assertEquals(List.of(), logged);
	}
}
