package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Technique;
import parley.ui.EntryOpener;
import parley.ui.OpenEditors;

/**
 * Issue 18, defect 8: the editors open when Parley closed are open again at the next start, in the same
 * order with the same one in front, once their playbook is read; another playbook leaves them closed.
 */
class TestOpenEditorsRestart extends WorkbenchFixture {

	private EModelService models() {
		return window.getContext().get(EModelService.class);
	}

	private List<Object> openEntities() {
		return editorParts().stream().map(p -> (Object) editor(p).entity()).toList();
	}

	@Test
	void theEditorsComeBackInOrderWithTheFrontOneInFront() {
		List<Technique> techniques = playbook().getTechniques();
		EntryOpener opener = appContext.get(EntryOpener.class);
		opener.open(techniques.get(2), null);
		opener.open(techniques.get(0), null);
		opener.open(techniques.get(1), null);
		opener.open(techniques.get(0), null); // in front
		drain();
		assertEquals(List.of(techniques.get(2), techniques.get(0), techniques.get(1)), openEntities());
		assertEquals(techniques.get(0), editor((MPart) editors.getSelectedElement()).entity(), "in front before");

		OpenEditors.remember(application, models(), folder); // the window closed
		drain();
		assertTrue(editorParts().isEmpty(), "not saved as parts: their entries are read after the window appears");

		assertEquals(3, OpenEditors.reopen(application, opener, session.current())); // the next start
		drain();
		assertEquals(List.of(techniques.get(2), techniques.get(0), techniques.get(1)), openEntities());
		MPart front = (MPart) editors.getSelectedElement();
		assertEquals(techniques.get(0), editor(front).entity(), "the one in front is in front again");
		assertEquals(0, OpenEditors.reopen(application, opener, session.current()), "reopened once");
		assertEquals(List.of(), logged);
	}

	@Test
	void anotherPlaybookAtTheStartLeavesThemClosed() {
		appContext.get(EntryOpener.class).open(playbook().getTechniques().get(0), null);
		drain();
		OpenEditors.remember(application, models(), tmp.resolve("another playbook"));
		assertEquals(0, OpenEditors.reopen(application, appContext.get(EntryOpener.class), session.current()));
		assertTrue(editorParts().isEmpty());
		assertTrue(application.getPersistedState().keySet().stream().noneMatch(k -> k.startsWith("parley.editors")),
				"and forgotten");
	}
}
