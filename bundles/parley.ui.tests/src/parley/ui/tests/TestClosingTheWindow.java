package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.ui.EntryOpener;
import parley.ui.handlers.QuitHandler;

/**
 * Closing the main window of a real workbench with unsaved changes (issue 11, item 3): Parley asks once,
 * naming the changed entries, and each answer does what it says — Save saves and closes, Discard closes
 * without saving and leaves no recovery file, Cancel keeps the window and the changes.
 */
class TestClosingTheWindow extends WorkbenchFixture {

	private static final String BUTTONS = "[Save, Discard, Cancel]";

	private Technique listening;
	private Phrase phrase;
	private MPart editorPart;

	/** An edit typed in an editor, a new technique and a deleted phrase. */
	private void makeChanges() {
		listening = playbook().getTechniques().stream().filter(t -> "Active listening".equals(t.getTitle()))
				.findFirst().orElseThrow();
		appContext.get(EntryOpener.class).open(listening, "summary");
		drain();
		editorPart = editorParts().get(0);
		((Text) editor(editorPart).control(listening, "summary")).setText("Listen before you answer.");
		spin(() -> "Listen before you answer.".equals(listening.getSummary()));
		editing.create(PlaybookPackage.Literals.TECHNIQUE, "Mirroring");
		phrase = playbook().getPhrases().get(0);
		editing.delete(List.of(phrase));
		spin(() -> tab(editorPart).getText().startsWith("*"));
		assertTrue(status.text().startsWith("Unsaved changes"), status.text());
	}

	private Playbook onDisk() throws Exception {
		return new XmiPlaybookStore().open(folder).playbook();
	}

	private void assertAskedOnceNamingTheChanges() {
		assertEquals(1, answers.asked.size(), "one question: " + answers.asked);
		String question = answers.asked.get(0);
		assertTrue(question.startsWith("Unsaved changes: These changes are not saved:"), question);
		assertTrue(question.contains("  •  Technique 'Active listening' (changed)"), question);
		assertTrue(question.contains("  •  Technique 'Mirroring' (new)"), question);
		assertTrue(question.contains("  •  Phrase '" + phrase.getTitle() + "' (deleted)"), question);
		assertTrue(question.contains("Closing the window ends Parley."), question);
		assertTrue(question.endsWith(BUTTONS), question);
	}

	@Test
	void saveSavesEverythingAndTheWindowCloses() throws Exception {
		makeChanges();
		answers.choices.add(0); // Save
		closeWindow();
		assertAskedOnceNamingTheChanges();
		assertNull(shell(), "the window closed on the first try");
		Playbook saved = onDisk();
		assertEquals("Listen before you answer.", saved.getTechniques().stream()
				.filter(t -> t.getId().equals(listening.getId())).findFirst().orElseThrow().getSummary());
		assertTrue(saved.getTechniques().stream().anyMatch(t -> "Mirroring".equals(t.getTitle())));
		assertTrue(saved.getPhrases().stream().noneMatch(p -> p.getId().equals(phrase.getId())));
		assertFalse(Files.exists(editing.recoveryFile().path()), "no recovery file is left behind");
		assertEquals(List.of(), logged, "nothing logged: no 'Widget is disposed', no 'Failed to persist'");
		assertEquals(List.of(), answers.errors);
	}

	@Test
	void discardClosesWithoutSavingAndDropsTheRecoveryFile() throws Exception {
		Map<String, String> before = filesOnDisk();
		makeChanges();
		editing.flushRecovery();
		assertTrue(Files.exists(editing.recoveryFile().path()), "the unsaved changes are kept for a crash");
		answers.choices.add(1); // Discard
		closeWindow();
		assertAskedOnceNamingTheChanges();
		assertNull(shell(), "the window closed");
		assertEquals(before, filesOnDisk(), "nothing saved");
		assertFalse(Files.exists(editing.recoveryFile().path()), "not offered again at the next start");
		assertEquals(List.of(), logged);
	}

	@Test
	void cancelKeepsTheWindowAndTheChangesAndTheNextCloseAsksAgain() throws Exception {
		Map<String, String> before = filesOnDisk();
		makeChanges();
		answers.choices.add(2); // Cancel
		closeWindow();
		assertAskedOnceNamingTheChanges();
		assertNotNull(shell(), "the window stays");
		assertEquals(List.of(editorPart), editorParts(), "with its editor");
		assertEquals("Listen before you answer.", listening.getSummary(), "and the changes");
		drain();
		assertTrue(tab(editorPart).getText().startsWith("*"), "still shown as unsaved");
		assertTrue(status.text().startsWith("Unsaved changes"), status.text());
		assertEquals(before, filesOnDisk(), "nothing saved");

		// a closed dialog (Escape) is a cancel too
		closeWindow();
		assertEquals(2, answers.asked.size());
		assertNotNull(shell());

		answers.choices.add(0); // Save
		closeWindow();
		assertEquals(3, answers.asked.size(), "asked once per close");
		assertNull(shell());
		assertEquals(List.of(), logged);
	}

	@Test
	void withNothingUnsavedTheWindowClosesWithoutAQuestion() {
		Technique technique = playbook().getTechniques().get(0);
		appContext.get(EntryOpener.class).open(technique, null);
		drain();
		editing.set(technique, PlaybookPackage.Literals.ENTRY__OWNER, "Sam");
		editing.undo(); // back to the saved state
		closeWindow();
		assertEquals(List.of(), answers.asked);
		assertNull(shell());
		assertEquals(List.of(), logged);
	}

	@Test
	void quitAsksTheSameQuestionAndEndsTheWorkbench() throws Exception {
		makeChanges();
		answers.choices.add(2); // Cancel
		assertEquals(false, run(new QuitHandler()));
		assertAskedOnceNamingTheChanges();
		assertNotNull(shell(), "Cancel keeps Parley open");

		answers.choices.add(0); // Save
		assertEquals(true, run(new QuitHandler()));
		assertEquals(2, answers.asked.size(), "asked once more, and only once");
		assertNull(shell(), "the workbench closed");
		assertEquals("Listen before you answer.", onDisk().getTechniques().stream()
				.filter(t -> t.getId().equals(listening.getId())).findFirst().orElseThrow().getSummary());
		assertEquals(List.of(), logged);
	}
}
