package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Phrase;
import parley.model.playbook.Technique;
import parley.ui.EntryOpener;
import parley.ui.parts.EntryEditorPart;

/**
 * Issue 18, defect 3: one edit marks only its own entry. The changed entry's tab and its line in the navigator
 * carry the "*"; other open editors and the navigator's own tab stay clean; a removed entry is counted on its
 * folder; saving clears every marker.
 */
class TestDirtyMarkers extends WorkbenchFixture {

	private MPart open(Technique technique) {
		appContext.get(EntryOpener.class).open(technique, "summary");
		drain();
		return editorParts().stream().filter(p -> editor(p).entity() == technique).findFirst().orElseThrow();
	}

	private List<String> labels(int folder) {
		TreeItem item = navigator.viewer().getTree().getItem(folder);
		return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
	}

	private MPart navigatorPart() {
		return (MPart) window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)
				.find("parley.ui.part.navigator", window);
	}

	@Test
	void anEditMarksOnlyItsEntryAndSavingClearsTheMarks() throws Exception {
		List<Technique> techniques = playbook().getTechniques();
		Technique edited = techniques.get(0);
		Technique other = techniques.get(1);
		MPart editedPart = open(edited);
		MPart otherPart = open(other);
		navigator.viewer().expandAll();
		drain();
		String editedTitle = edited.getTitle();

		EntryEditorPart editor = editor(editedPart);
		((Text) editor.control(edited, "summary")).setText("Only this entry changed.");
		spin(() -> !editor.hasPendingEdit());

		spin(() -> tab(editedPart).getText().startsWith("*"), () -> tab(editedPart).getText());
		assertFalse(tab(otherPart).getText().startsWith("*"), "the other editor is clean: " + tab(otherPart).getText());
		assertFalse(otherPart.isDirty());
		assertFalse(navigatorPart().isDirty(), "the navigator's tab is not dirty: its entries are");
		spin(() -> labels(1).contains("*" + editedTitle), () -> labels(1).toString());
		assertEquals(1, labels(1).stream().filter(l -> l.startsWith("*")).count(), labels(1).toString());
		assertTrue(labels(1).contains(other.getTitle()), "the other entry unmarked: " + labels(1));

		Phrase removed = playbook().getPhrases().get(0);
		editing.delete(List.of(removed));
		spin(() -> navigator.viewer().getTree().getItem(2).getText().endsWith("*1 removed"),
				() -> navigator.viewer().getTree().getItem(2).getText());

		editing.save();
		spin(() -> !tab(editedPart).getText().startsWith("*"), () -> tab(editedPart).getText());
		spin(() -> labels(1).contains(editedTitle), () -> labels(1).toString());
		assertTrue(labels(1).stream().noneMatch(l -> l.startsWith("*")), labels(1).toString());
		assertFalse(navigator.viewer().getTree().getItem(2).getText().contains("removed"),
				navigator.viewer().getTree().getItem(2).getText());
		assertEquals(List.of(), logged);
	}
}
