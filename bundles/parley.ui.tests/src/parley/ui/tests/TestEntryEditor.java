package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import parley.core.service.PlaybookQueries;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Entry;
import parley.model.playbook.Scenario;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.ui.parts.EntryEditorPart;
import parley.ui.parts.StatusLine;

/** The form editor on real widgets: typing edits the model through commands; undo and redo show in the form. */
class TestEntryEditor extends ShellFixture {

	private Technique technique(String title) {
		return (Technique) new PlaybookQueries(playbook()).entries().stream()
				.filter(e -> e instanceof Technique && e.getTitle().equals(title)).findFirst().orElseThrow();
	}

	/**
	 * Issue 18: Tab in a multi-line field moves on instead of typing a tab and marking the entry changed;
	 * Ctrl+Tab types one. The events are what the platform sends a multi-line text for those keys.
	 */
	@Test
	void tabMovesOnFromAMultiLineFieldAndCtrlTabTypesATab() {
		Technique listening = technique("Active listening");
		String before = listening.getSummary();
		opener.open(listening, "summary");
		Text summary = (Text) opener.editor.control(listening, "summary");
		assertTrue((summary.getStyle() & SWT.MULTI) != 0, "the summary is a multi-line field");

		org.eclipse.swt.widgets.Event tab = new org.eclipse.swt.widgets.Event();
		tab.character = '\t';
		tab.keyCode = SWT.TAB;
		tab.doit = false; // a multi-line text keeps Tab by default
		assertTrue(summary.traverse(SWT.TRAVERSE_TAB_NEXT, tab), "Tab moved to the next field");
		org.eclipse.swt.widgets.Event back = new org.eclipse.swt.widgets.Event();
		back.character = '\t';
		back.keyCode = SWT.TAB;
		back.stateMask = SWT.SHIFT;
		assertTrue(summary.traverse(SWT.TRAVERSE_TAB_PREVIOUS, back), "Shift+Tab to the one before");
		assertEquals(before, summary.getText(), "no tab typed");
		assertFalse(opener.part.isDirty(), "nothing changed");

		org.eclipse.swt.widgets.Event ctrlTab = new org.eclipse.swt.widgets.Event();
		ctrlTab.character = '\t';
		ctrlTab.keyCode = SWT.TAB;
		ctrlTab.stateMask = SWT.MOD1;
		ctrlTab.doit = true;
		summary.setSelection(0);
		assertFalse(summary.traverse(SWT.TRAVERSE_TAB_NEXT, ctrlTab), "Ctrl+Tab stays in the field");
		assertEquals("\t" + before, summary.getText(), "and types a tab");
		spin(() -> ("\t" + before).equals(listening.getSummary()));
	}

	/** Issue 18: Edit > Select All, Copy and Paste act on the focused field, as their keys do. */
	@Test
	void theEditMenusClipboardItemsActOnTheFocusedField() {
		Technique listening = technique("Active listening");
		opener.open(listening, "summary");
		Text summary = (Text) opener.editor.control(listening, "summary");
		Text rationale = (Text) opener.editor.control(listening, "rationale");
		summary.getShell().open();
		summary.getShell().forceActive();
		summary.setFocus();
		spin(summary::isFocusControl);
		assertTrue(textEdit("selectall"));
		assertEquals(summary.getText().length(), summary.getSelectionCount(), "everything selected");
		assertTrue(textEdit("copy"));

		rationale.setFocus();
		spin(rationale::isFocusControl);
		rationale.selectAll();
		assertTrue(textEdit("paste"));
		assertEquals(summary.getText(), rationale.getText(), "pasted what was copied");
		spin(() -> summary.getText().equals(listening.getRationale()));
	}

	/** Runs Edit > Cut, Copy, Paste or Select All as the menu does; false when it is disabled. */
	private boolean textEdit(String action) {
		org.eclipse.e4.core.contexts.IEclipseContext child = context.createChild();
		child.set(parley.ui.handlers.TextEditHandler.ACTION, action);
		parley.ui.handlers.TextEditHandler handler = new parley.ui.handlers.TextEditHandler();
		if (!Boolean.TRUE.equals(ContextInjectionFactory.invoke(handler,
				org.eclipse.e4.core.di.annotations.CanExecute.class, child))) {
			return false;
		}
		ContextInjectionFactory.invoke(handler, org.eclipse.e4.core.di.annotations.Execute.class, child);
		return true;
	}

	/** Issue 18, defect 7: a long command name is cut at a word in the status bar instead of running under the job. */
	@Test
	void aLongUndoLabelIsShortenedInTheStatusBar() {
		StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
		Technique technique = technique("Active listening");
		String longTitle = "Check they have finished speaking before you offer the next step of the solution";
		editing.set(technique, parley.model.playbook.PlaybookPackage.Literals.ENTRY__TITLE, longTitle);
		editing.delete(List.of(technique));
		String text = status.text();
		assertTrue(text.startsWith("Unsaved changes (Ctrl+S saves)   \u00B7   Undo: Delete Technique 'Check they"), text);
		assertTrue(text.endsWith("\u2026"), text);
		assertTrue(text.length() < "Unsaved changes (Ctrl+S saves)   \u00B7   Undo: ".length() + 62, text);
		assertEquals("Undo: Delete Technique '" + longTitle + "'", status.toolTip(), "the whole name in its tooltip");
	}

	@Test
	void editUndoRedoAndSaveWriteTheFile() throws Exception {
		StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
		Technique listening = technique("Active listening");
		String before = listening.getSummary();
		opener.open(listening, "summary");
		EntryEditorPart editor = opener.editor;
		Text summary = (Text) editor.control(listening, "summary");
		assertEquals(before, summary.getText(), "the form shows the model");
		assertEquals("All changes saved", status.text());

		summary.setText("Listen before you answer.");
		spin(() -> "Listen before you answer.".equals(listening.getSummary())); // after the typing pause
		assertTrue(opener.part.isDirty(), "dirty marker");
		assertTrue(status.text().startsWith("Unsaved changes"), status.text());

		editing.undo();
		assertEquals(before, summary.getText(), "undo shows in the widget");
		assertEquals(before, listening.getSummary());
		assertFalse(opener.part.isDirty());
		editing.redo();
		assertEquals("Listen before you answer.", summary.getText(), "redo too");

		editor.save();
		assertFalse(opener.part.isDirty());
		assertEquals("All changes saved   ·   Undo: Change summary", status.text());
		List<Path> shards;
		try (Stream<Path> files = Files.list(folder.resolve("techniques"))) {
			shards = files.filter(f -> {
				try {
					return Files.readString(f, StandardCharsets.UTF_8).contains("Listen before you answer.");
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
		assertEquals(1, shards.size(), "written to the technique's shard");
		Technique reloaded = (Technique) new PlaybookQueries(new XmiPlaybookStore().open(folder).playbook())
				.find(listening.getId()).get(0);
		assertEquals("Listen before you answer.", reloaded.getSummary());
	}

	@Test
	void combosAndPickedReferencesEditTheModel() {
		Technique listening = technique("Active listening");
		Technique other = playbook().getTechniques().stream()
				.filter(t -> t != listening && !listening.getRelated().contains(t)).findFirst().orElseThrow();
		CurationPrompts prompts = new CurationPrompts();
		context.set(parley.ui.Prompts.class, prompts);
		editing.setEditor("Dana Reyes <dana@example.org>");
		opener.open(listening, null);
		EntryEditorPart editor = opener.editor;

		// the status changes through the curation steps beside it (it was a combo before issue 13)
		prompts.choices.add(0); // "Retire"
		editor.curation().button(parley.ui.WorkbenchCuration.Step.RETIRE).notifyListeners(SWT.Selection, null);
		assertEquals(Status.RETIRED, listening.getStatus());
		assertEquals("retired", editor.curation().stateText());
		editing.undo();
		assertEquals(Status.APPROVED, listening.getStatus());
		assertEquals("approved", editor.curation().stateText(), "undo shows in the state");
		// the other single choices (a phrase's kind) are still combos
		parley.model.playbook.Phrase phrase = playbook().getPhrases().get(0);
		opener.open(phrase, null);
		Combo kind = (Combo) opener.editor.control(phrase, "kind");
		String otherKind = kind.getItem(kind.getSelectionIndex() == 0 ? 1 : 0);
		kind.select(kind.indexOf(otherKind));
		kind.notifyListeners(SWT.Selection, null);
		assertEquals(otherKind, phrase.getKind().getLiteral());
		editing.undo();
		assertEquals(phrase.getKind().getLiteral(), kind.getText(), "undo shows in the combo");
		opener.open(listening, null);
		editor = opener.editor;

		Table related = (Table) editor.control(listening, "related");
		int shown = related.getItemCount();
		editor.setPicker((title, candidates) -> {
			assertTrue(candidates.contains(other), "candidates are techniques not linked yet");
			assertFalse(candidates.contains(listening), "not itself");
			return other;
		});
		editor.addLink(listening, "related");
		assertTrue(listening.getRelated().contains(other));
		assertEquals(shown + 1, related.getItemCount());
		assertEquals(other.getTitle(), related.getItem(shown).getText());
		editing.undo();
		assertEquals(shown, related.getItemCount());
	}

	@Test
	void scenarioStepsAreEditedAndTheirLinksOpenTheLinkedEntry() {
		Scenario scenario = playbook().getScenarios().stream().filter(s -> s.getSteps().stream()
				.anyMatch(st -> !st.getTechniques().isEmpty())).findFirst().orElseThrow();
		opener.open(scenario, null);
		EntryEditorPart editor = opener.editor;
		Step step = scenario.getSteps().stream().filter(st -> !st.getTechniques().isEmpty()).findFirst().orElseThrow();
		Text instruction = (Text) editor.control(step, "instruction");
		assertEquals(step.getInstruction(), instruction.getText());

		int steps = scenario.getSteps().size();
		Step added = editing.addStep(scenario, "Thank them for waiting");
		spin(() -> editor.control(added, "instruction") != null);
		assertEquals(steps + 1, scenario.getSteps().size());
		assertEquals("Thank them for waiting", ((Text) editor.control(added, "instruction")).getText());

		Table techniques = (Table) editor.control(step, "techniques");
		techniques.setSelection(0);
		Technique linked = step.getTechniques().get(0);
		techniques.notifyListeners(SWT.DefaultSelection, null);
		assertEquals("Technique '" + linked.getTitle() + "'/null", opener.calls.get(opener.calls.size() - 1));
		assertEquals(linked, opener.editor.entity(), "clicking a linked technique opens it");
	}

	@Test
	void aDeletedEntryDisablesItsEditorUntilUndo() {
		Technique listening = technique("Active listening");
		opener.open(listening, "title");
		EntryEditorPart editor = opener.editor;
		Text title = (Text) editor.control(listening, "title");
		editing.delete(List.of((Entry) listening));
		assertFalse(title.getParent().isEnabled());
		editing.undo();
		assertTrue(title.getParent().isEnabled());
		assertNotNull(listening.eContainer());
	}
}
