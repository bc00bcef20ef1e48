package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.ui.EntryOpener;
import parley.ui.handlers.NewEntryHandler;
import parley.ui.handlers.SaveHandler;
import parley.ui.handlers.UndoHandler;
import parley.ui.parts.EntryEditorPart;

/**
 * Closing an entry's tab in a real workbench window (issue 11, item 2): the question is about that entry, and
 * "Don't Save" takes its changes back in the model, so navigator, problems, status and the next save follow.
 */
class TestClosingEditors extends WorkbenchFixture {

	private Technique technique(String title) {
		return playbook().getTechniques().stream().filter(t -> title.equals(t.getTitle())).findFirst().orElseThrow();
	}

	private MPart open(Technique technique, String field) {
		appContext.get(EntryOpener.class).open(technique, field);
		drain();
		return editorParts().stream().filter(p -> editor(p).entity() == technique).findFirst().orElseThrow();
	}

	private List<String> techniqueLabels() {
		TreeItem techniques = navigator.viewer().getTree().getItem(1);
		return java.util.Arrays.stream(techniques.getItems()).map(TreeItem::getText).toList();
	}

	private boolean problemAbout(Technique technique, String field) {
		return problems.problems().stream()
				.anyMatch(p -> technique.getId().equals(p.elementId()) && field.equals(p.field()));
	}

	/** Types into a field and waits until the typing pause has written it to the model. */
	private void type(EntryEditorPart editor, Technique technique, String field, String text) {
		((Text) editor.control(technique, field)).setText(text);
		spin(() -> !editor.hasPendingEdit());
	}

	/** Issue 18: Ctrl+W closes the active entry's editor as its tab's close button does, asking when it changed. */
	@Test
	void ctrlWClosesTheActiveEditorAndAsksWhenItChanged() {
		Technique listening = technique("Active listening");
		MPart part = open(listening, "summary");
		window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).activate(part);
		assertEquals(Boolean.TRUE, run(new parley.ui.handlers.CloseEditorHandler()));
		assertTrue(editorParts().isEmpty(), "closed");
		assertEquals(List.of(), answers.asked, "an unchanged entry closes without a question");

		part = open(listening, "summary");
		window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).activate(part);
		type(editor(part), listening, "summary", "Changed before Ctrl+W.");
		answers.choices.add(2); // Cancel
		assertEquals(Boolean.FALSE, run(new parley.ui.handlers.CloseEditorHandler()));
		assertTrue(answers.asked.get(0).endsWith("[Save, Don't Save, Cancel]"), answers.asked.toString());
		assertEquals(List.of(part), editorParts(), "Cancel keeps the editor open");
		assertEquals("Changed before Ctrl+W.", listening.getSummary(), "with its change");
		assertEquals(List.of(), logged);
	}

	@Test
	void closingATabDisposesTheEditorCleanly() {
		Technique listening = technique("Active listening");
		MPart part = open(listening, "summary");
		closeTab(part);
		assertTrue(editorParts().isEmpty(), "the tab closed");
		assertFalse(editors.getChildren().contains(part), "and the part left the window's model");
		editing.set(listening, PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Edited after its editor closed.");
		drain();
		assertEquals(List.of(), logged, "nothing logged: no 'Widget is disposed' from the closed editor");
	}

	@Test
	void dontSaveTakesTheEntrysChangesBackEverywhere() throws Exception {
		Map<String, String> before = filesOnDisk();
		Technique listening = technique("Active listening");
		MPart part = open(listening, "title");
		EntryEditorPart editor = editor(part);
		spin(() -> problems.summaryText().contains("error"));
		assertFalse(problemAbout(listening, "title"));

		type(editor, listening, "title", "");
		assertEquals(null, listening.getTitle(), "the empty title is in the model");
		spin(() -> tab(part).getText().equals("*(untitled)"), () -> tab(part).getText()); // the tab shows the change
		spin(() -> !techniqueLabels().contains("Active listening"));
		spin(() -> problemAbout(listening, "title"));
		assertTrue(status.text().startsWith("Unsaved changes"), status.text());

		answers.choices.add(1); // Don't Save
		closeTab(part);
		assertEquals(1, answers.asked.size(), answers.asked.toString());
		assertTrue(answers.asked.get(0).startsWith("Save changes?: Technique '(untitled)' has changes that are not saved."),
				answers.asked.get(0));
		assertTrue(answers.asked.get(0).endsWith("[Save, Don't Save, Cancel]"), answers.asked.get(0));
		assertTrue(editorParts().isEmpty(), "the tab is closed");

		assertEquals("Active listening", listening.getTitle(), "the model is as saved");
		spin(() -> techniqueLabels().contains("Active listening"));
		spin(() -> !problemAbout(listening, "title"));
		assertTrue(status.text().startsWith("All changes saved"), status.text());
		assertFalse((Boolean) ContextInjectionFactory.invoke(new SaveHandler(), CanExecute.class, appContext),
				"Ctrl+S has nothing to save");
		editing.flushRecovery();
		assertFalse(Files.exists(editing.recoveryFile().path()), "no recovery file offers the change again");
		assertEquals(before, filesOnDisk(), "nothing written");
		assertEquals(List.of(), logged, "nothing logged (no 'Widget is disposed', no 'Failed to persist')");

		// Don't Save is itself undoable: nothing an author does loses work
		run(new UndoHandler());
		assertNull(listening.getTitle());
		assertTrue(status.text().startsWith("Unsaved changes"), status.text());
	}

	@Test
	void dontSaveKeepsTheOtherEntriesChangesAndTheWindowStillClosesOnce() throws Exception {
		Technique listening = technique("Active listening");
		Technique other = playbook().getTechniques().stream().filter(t -> t != listening).findFirst().orElseThrow();
		String otherSummary = "Changed in its own editor.";
		MPart first = open(listening, "summary");
		type(editor(first), listening, "summary", "Discard me.");
		MPart second = open(other, "summary");
		type(editor(second), other, "summary", otherSummary);
		String summary = new XmiPlaybookStore().open(folder).playbook().getTechniques().stream()
				.filter(t -> t.getId().equals(listening.getId())).findFirst().orElseThrow().getSummary();

		answers.choices.add(1); // Don't Save
		closeTab(first);
		assertTrue(answers.asked.get(0).contains("Save saves the whole playbook, with the changes of 1 other entry."),
				answers.asked.get(0));
		assertEquals(summary, listening.getSummary(), "this entry is as saved");
		assertEquals(otherSummary, other.getSummary(), "the other entry keeps its change");
		spin(() -> tab(second).getText().startsWith("*")); // and its tab stays dirty
		assertTrue(status.text().startsWith("Unsaved changes"), status.text());

		answers.choices.add(0); // Save
		closeWindow();
		assertEquals(2, answers.asked.size(), "asked once more: " + answers.asked);
		assertTrue(answers.asked.get(1).contains("  •  Technique '" + other.getTitle() + "' (changed)"),
				answers.asked.get(1));
		assertFalse(answers.asked.get(1).contains("Active listening"), "the discarded entry is not listed");
		assertNull(shell(), "the window closed");
		assertEquals(otherSummary, new XmiPlaybookStore().open(folder).playbook().getTechniques().stream()
				.filter(t -> t.getId().equals(other.getId())).findFirst().orElseThrow().getSummary(), "saved");
		assertEquals(List.of(), logged);
	}

	@Test
	void closingAnUnchangedEntryAsksNothingAndCancelKeepsAChangedOne() throws Exception {
		Technique listening = technique("Active listening");
		Technique other = playbook().getTechniques().stream().filter(t -> t != listening).findFirst().orElseThrow();
		MPart changed = open(listening, "summary");
		type(editor(changed), listening, "summary", "Keep me.");
		MPart unchanged = open(other, null);
		spin(() -> tab(changed).getText().startsWith("*"));
		drain();
		assertFalse(tab(unchanged).getText().startsWith("*"), "another entry's change does not mark this tab");
		closeTab(unchanged);
		assertEquals(List.of(), answers.asked, "nothing to ask about");
		assertEquals(List.of(changed), editorParts());

		answers.choices.add(2); // Cancel
		closeTab(changed);
		assertEquals(1, answers.asked.size());
		assertEquals(List.of(changed), editorParts(), "the tab stays");
		assertEquals("Keep me.", listening.getSummary(), "and so does the change");

		// typing that waits for the pause counts as a change too: closing right away asks
		((Text) editor(changed).control(listening, "summary")).setText("Typed just now.");
		assertTrue(changed.isDirty(), "dirty while the typing waits for the pause");
		answers.choices.add(0); // Save
		closeTab(changed);
		assertTrue(editorParts().isEmpty());
		assertEquals("Typed just now.", new XmiPlaybookStore().open(folder).playbook().getTechniques().stream()
				.filter(t -> t.getId().equals(listening.getId())).findFirst().orElseThrow().getSummary(),
				"saved with the typing that had not reached the model yet");
		assertEquals(List.of(), logged);
	}

	@Test
	void dontSaveOnANewEntrysTabRemovesIt() {
		window.getContext().set(NewEntryHandler.TYPE, "technique");
		Technique created = (Technique) run(new NewEntryHandler()); // Ctrl+N
		window.getContext().remove(NewEntryHandler.TYPE);
		drain();
		MPart part = editorParts().get(0);
		type(editor(part), created, "title", "Mirroring");
		spin(() -> techniqueLabels().contains("*Mirroring")); // marked: not saved yet

		answers.choices.add(1); // Don't Save
		closeTab(part);
		assertEquals(List.of("Save changes?: Technique 'Mirroring' is new and not saved yet.\n\n"
				+ "Don't Save removes it (Undo brings the changes back). [Save, Don't Save, Cancel]"), answers.asked);
		assertTrue(editorParts().isEmpty());
		assertFalse(playbook().getTechniques().contains(created));
		spin(() -> techniqueLabels().stream().noneMatch(l -> l.endsWith("Mirroring")));
		assertTrue(status.text().startsWith("All changes saved"), status.text());
		assertEquals(List.of(), logged);

		run(new UndoHandler());
		assertTrue(playbook().getTechniques().contains(created), "undo brings it back");
		assertEquals("Mirroring", created.getTitle());
	}
}
