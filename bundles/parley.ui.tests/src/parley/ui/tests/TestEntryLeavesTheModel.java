package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Phrase;
import parley.model.playbook.Scenario;
import parley.model.playbook.Technique;
import parley.ui.handlers.DeleteHandler;
import parley.ui.handlers.NewEntryHandler;
import parley.ui.handlers.RedoHandler;
import parley.ui.handlers.UndoHandler;
import parley.ui.parts.EntryEditorPart;

/**
 * An entry that leaves the model while its editor is open (issue 11, item 4): undo of its creation or a
 * delete. The editor says the entry is gone and takes no typing; closing it asks nothing and logs nothing;
 * undo or redo brings the entry back, into the same editor.
 */
class TestEntryLeavesTheModel extends WorkbenchFixture {

	private List<String> scenarioLabels() {
		TreeItem scenarios = navigator.viewer().getTree().getItem(0);
		return Arrays.stream(scenarios.getItems()).map(TreeItem::getText).toList();
	}

	/** Ctrl+N with "scenario" as the command's type: a new scenario, its editor open on the title. */
	private Scenario newScenario() {
		window.getContext().set(NewEntryHandler.TYPE, "scenario");
		Scenario created = (Scenario) run(new NewEntryHandler());
		window.getContext().remove(NewEntryHandler.TYPE);
		drain();
		assertEquals(1, editorParts().size());
		assertEquals(created, editor(editorParts().get(0)).entity());
		return created;
	}

	@Test
	void undoingANewEntryLeavesAnEditorThatSaysSoAndClosesQuietly() {
		Scenario created = newScenario();
		MPart part = editorParts().get(0);
		EntryEditorPart editor = editor(part);
		Text title = (Text) editor.control(created, "title");
		spin(() -> tab(part).getText().equals("*New scenario"), () -> tab(part).getText());
		spin(() -> scenarioLabels().contains("*New scenario")); // marked: not saved yet

		run(new UndoHandler()); // Ctrl+Z
		assertFalse(playbook().getScenarios().contains(created));
		spin(() -> tab(part).getText().equals("New scenario (removed)"), () -> tab(part).getText());
		assertFalse(part.isDirty(), "nothing in this tab to save");
		assertTrue(editor.goneMessage().contains("is not in the playbook any more"), editor.goneMessage());
		assertTrue(editor.goneMessage().contains("Undo (Ctrl+Z) or redo (Ctrl+Y) brings it back"), editor.goneMessage());
		assertFalse(title.isEnabled(), "the field looks and is disabled: typing goes nowhere");
		assertFalse(title.getParent().isEnabled());
		spin(() -> scenarioLabels().stream().noneMatch(l -> l.endsWith("New scenario")));

		closeTab(part);
		assertEquals(List.of(), answers.asked, "nothing to ask");
		assertTrue(editorParts().isEmpty(), "the tab closed");
		assertEquals(List.of(), logged, "and nothing was logged (no 'Widget is disposed')");

		run(new RedoHandler()); // Ctrl+Y
		assertTrue(playbook().getScenarios().contains(created), "redo brings the entry back");
		spin(() -> scenarioLabels().contains("*New scenario")); // marked: not saved yet
	}

	@Test
	void redoBringsTheEntryBackIntoItsOpenEditor() {
		Scenario created = newScenario();
		MPart part = editorParts().get(0);
		EntryEditorPart editor = editor(part);
		Text title = (Text) editor.control(created, "title");
		run(new UndoHandler());
		spin(() -> tab(part).getText().endsWith("(removed)"), () -> tab(part).getText());

		run(new RedoHandler());
		assertNull(editor.goneMessage(), "the editor is alive again");
		assertTrue(title.isEnabled());
		spin(() -> tab(part).getText().equals("*New scenario"), () -> tab(part).getText());
		title.setText("Caller threatens to leave");
		spin(() -> "Caller threatens to leave".equals(created.getTitle()));
		spin(() -> scenarioLabels().contains("*Caller threatens to leave"));
		assertEquals(List.of(), logged);
	}

	@Test
	void deletingAnOpenEntryShowsItIsGoneUntilUndo() {
		Technique technique = playbook().getTechniques().get(0);
		String name = technique.getTitle();
		appContext.get(parley.ui.EntryOpener.class).open(technique, null);
		drain();
		MPart part = editorParts().get(0);
		EntryEditorPart editor = editor(part);
		Text title = (Text) editor.control(technique, "title");

		window.getContext().set(IServiceConstants.ACTIVE_SELECTION, technique);
		answers.choices.add(0); // "Delete": the technique is linked from scenario steps
		run(new DeleteHandler());
		assertEquals(1, answers.asked.size(), answers.asked.toString());
		answers.asked.clear();
		assertTrue(editor.goneMessage().startsWith("\u201c" + name + "\u201d is not in the playbook any more"),
				editor.goneMessage());
		assertFalse(title.isEnabled());
		spin(() -> tab(part).getText().equals(name + " (removed)"), () -> tab(part).getText());

		run(new UndoHandler());
		assertNull(editor.goneMessage());
		assertTrue(title.isEnabled());
		spin(() -> tab(part).getText().equals(name), () -> tab(part).getText());
		closeTab(part);
		assertEquals(List.of(), answers.asked, "an unchanged entry closes without a question");
		assertEquals(List.of(), logged);
	}

	/**
	 * Issue 18: deleting an entry others link to says what links to it and asks; Cancel keeps it, Delete removes it
	 * with its links, and Undo brings both back.
	 */
	@Test
	void deletingALinkedEntrySaysWhatUsesItAndAsks() {
		Phrase phrase = playbook().getPhrases().stream()
				.filter(p -> playbook().getPhrases().stream().anyMatch(o -> o.getReplacements().contains(p)))
				.filter(p -> steps(p) > 0).findFirst().orElseThrow();
		int steps = steps(phrase);
		long replaced = playbook().getPhrases().stream().filter(o -> o.getReplacements().contains(phrase)).count();
		window.getContext().set(IServiceConstants.ACTIVE_SELECTION, phrase);

		answers.choices.add(1); // Cancel
		run(new DeleteHandler());
		assertTrue(playbook().getPhrases().contains(phrase), "Cancel keeps it");
		assertEquals(1, answers.asked.size(), answers.asked.toString());
		String question = answers.asked.get(0);
		String expected = "used in " + steps + (steps == 1 ? " scenario step" : " scenario steps")
				+ " and as the replacement of " + replaced + (replaced == 1 ? " phrase" : " phrases");
		assertTrue(question.contains(expected), question);
		assertTrue(question.endsWith("[Delete, Cancel]"), question);

		answers.choices.add(0); // Delete
		run(new DeleteHandler());
		assertFalse(playbook().getPhrases().contains(phrase));
		assertEquals(0, steps(phrase), "its links went with it");
		run(new UndoHandler());
		assertTrue(playbook().getPhrases().contains(phrase));
		assertEquals(steps, steps(phrase), "undo brings the links back");
		assertEquals(List.of(), logged);
	}

	private int steps(Phrase phrase) {
		return (int) playbook().getScenarios().stream().flatMap(s -> s.getSteps().stream())
				.filter(step -> step.getPhrases().contains(phrase)).count();
	}

	private static List<Button> buttons(Control control, String text) {
		List<Button> found = new java.util.ArrayList<>();
		if (control instanceof Button button && text.equals(button.getText())) {
			found.add(button);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(buttons(child, text));
			}
		}
		return found;
	}

	@Test
	void aScenarioComesBackWithItsButtonsAsTheyWere() {
		Scenario scenario = playbook().getScenarios().stream().filter(s -> s.getSteps().size() >= 2).findFirst()
				.orElseThrow();
		appContext.get(parley.ui.EntryOpener.class).open(scenario, null);
		drain();
		MPart part = editorParts().get(0);
		Control form = (Control) part.getWidget();
		List<Button> moveUp = buttons(form, "Move up");
		assertEquals(scenario.getSteps().size(), moveUp.size());
		assertFalse(moveUp.get(0).isEnabled(), "the first step cannot move up");
		assertTrue(moveUp.get(1).isEnabled());

		window.getContext().set(IServiceConstants.ACTIVE_SELECTION, scenario);
		run(new DeleteHandler());
		assertEquals(List.of(), answers.asked, "nothing links to a scenario: deleted without a question");
		assertTrue(buttons(form, "Add step").stream().noneMatch(Button::isEnabled), "greyed out while gone");
		assertTrue(moveUp.stream().noneMatch(Button::isEnabled));

		run(new UndoHandler());
		assertFalse(moveUp.get(0).isEnabled(), "still not for the first step");
		assertTrue(moveUp.get(1).isEnabled());
		assertTrue(buttons(form, "Add step").stream().allMatch(Button::isEnabled));
		assertEquals(List.of(), logged);
	}
}
