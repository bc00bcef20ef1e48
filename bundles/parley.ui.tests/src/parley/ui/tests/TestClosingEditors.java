package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.Test;

import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.ui.EntryOpener;

/** Closing an entry's tab in a real workbench window. */
class TestClosingEditors extends WorkbenchFixture {

	private Technique technique(String title) {
		return playbook().getTechniques().stream().filter(t -> title.equals(t.getTitle())).findFirst().orElseThrow();
	}

	private MPart open(Technique technique, String field) {
		appContext.get(EntryOpener.class).open(technique, field);
		drain();
		return editorParts().stream().filter(p -> editor(p).entity() == technique).findFirst().orElseThrow();
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
}
