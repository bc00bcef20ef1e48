package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Technique;
import parley.ui.EntryOpener;
import parley.ui.parts.EntryEditorPart;

/**
 * Issue 18, defect 8: a problem is marked on its form field (an error marker whose hover text is the message)
 * as soon as validation finds it, and the marker goes when the problem does; the Problems list shows the
 * severity as an icon, not only as a word.
 */
class TestFieldMarkers extends WorkbenchFixture {

	@Test
	void aProblemIsMarkedOnItsFieldAndTheMarkerGoesWithIt() {
		Technique listening = playbook().getTechniques().stream().filter(t -> "Active listening".equals(t.getTitle()))
				.findFirst().orElseThrow();
		appContext.get(EntryOpener.class).open(listening, "title");
		drain();
		MPart part = editorParts().get(0);
		EntryEditorPart editor = editor(part);
		spin(() -> problems.summaryText().contains("error"), problems::summaryText);
		assertNull(editor.markerOf(listening, "title"), "no problem, no marker");

		((Text) editor.control(listening, "title")).setText("");
		spin(() -> editor.markerOf(listening, "title") != null, () -> problems.problems().toString());
		assertTrue(editor.markerOf(listening, "title").startsWith("Error: "), editor.markerOf(listening, "title"));
		assertNull(editor.markerOf(listening, "summary"), "only the field with the problem");

		Table table = problems.viewer().getTable();
		spin(() -> table.getItemCount() > 0);
		for (TableItem item : table.getItems()) {
			assertNotNull(item.getImage(0), "severity icon on '" + item.getText(0) + "'");
		}

		((Text) editor.control(listening, "title")).setText("Active listening");
		spin(() -> editor.markerOf(listening, "title") == null, () -> editor.markerOf(listening, "title"));
		assertEquals(List.of(), logged);
	}
}
