package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import parley.core.validation.Problem;
import parley.model.playbook.Phrase;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.ui.handlers.DeleteHandler;
import parley.ui.handlers.NewEntryHandler;
import parley.ui.handlers.UndoHandler;
import parley.ui.parts.NavigatorPart;
import parley.ui.parts.ProblemsPart;

/** The navigator (create, delete, filter) and the Problems part (live validation, navigation) on real widgets. */
class TestNavigatorAndProblems extends ShellFixture {

	private static List<String> texts(TreeItem folder) {
		return Arrays.stream(folder.getItems()).map(TreeItem::getText).toList();
	}

	private NavigatorPart navigator() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
		shell.open();
		spin(() -> navigator.viewer().getTree().getItemCount() == 5);
		return navigator;
	}

	@Test
	void createAndDeleteAnEntryThroughTheHandlers() {
		NavigatorPart navigator = navigator();
		context.set(NewEntryHandler.TYPE, "technique");
		Technique created = (Technique) ContextInjectionFactory.invoke(new NewEntryHandler(), Execute.class, context);
		context.remove(NewEntryHandler.TYPE);
		assertTrue(playbook().getTechniques().contains(created));
		TreeItem techniques = navigator.viewer().getTree().getItem(1);
		spin(() -> texts(techniques).contains("*New technique")); // marked: not saved yet
		assertEquals("Technique 'New technique'/title", opener.calls.get(0), "its editor opens on the title");
		assertEquals(created, opener.editor.entity());

		navigator.select(created);
		spin(() -> context.get("org.eclipse.ui.selection") == created);
		DeleteHandler delete = new DeleteHandler();
		assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(delete, CanExecute.class, context));
		ContextInjectionFactory.invoke(delete, Execute.class, context);
		assertFalse(playbook().getTechniques().contains(created));
		spin(() -> texts(navigator.viewer().getTree().getItem(1)).stream().noneMatch(t -> t.endsWith("New technique")));

		ContextInjectionFactory.invoke(new UndoHandler(), Execute.class, context);
		assertTrue(playbook().getTechniques().contains(created), "delete is undoable");
		spin(() -> texts(navigator.viewer().getTree().getItem(1)).contains("*New technique"));
	}

	@Test
	void theFilterBoxNarrowsEveryFolder() {
		NavigatorPart navigator = navigator();
		int all = navigator.viewer().getTree().getItem(1).getItemCount();
		navigator.setFilterText("listening");
		spin(() -> navigator.viewer().getTree().getItem(1).getItemCount() < all);
		List<String> techniques = texts(navigator.viewer().getTree().getItem(1));
		assertTrue(techniques.contains("Active listening"), techniques.toString());
		assertTrue(techniques.stream().allMatch(t -> t.toLowerCase().contains("listening")), techniques.toString());
		navigator.setFilterText("");
		spin(() -> navigator.viewer().getTree().getItem(1).getItemCount() == all);
	}

	@Test
	void aValidationProblemAppearsAndDoubleClickOpensTheEntryAtTheField() {
		ProblemsPart problems = ContextInjectionFactory.make(ProblemsPart.class, context);
		shell.open();
		spin(() -> problems.summaryText().contains("error"));
		Phrase phrase = (Phrase) editing.create(PlaybookPackage.Literals.PHRASE, "Unworded phrase");
		String label = "Phrase 'Unworded phrase'";
		spin(() -> problems.problems().stream().anyMatch(p -> p.elementLabel().equals(label)));
		Problem problem = problems.problems().stream()
				.filter(p -> p.elementLabel().equals(label) && "text".equals(p.field())).findFirst().orElseThrow();
		int row = problems.problems().indexOf(problem);
		assertEquals(label, problems.viewer().getTable().getItem(row).getText(1), "shown in the table");

		problems.viewer().getTable().setSelection(row);
		problems.viewer().getTable().notifyListeners(SWT.DefaultSelection, null);
		spin(() -> !opener.calls.isEmpty());
		assertEquals(label + "/text", opener.calls.get(0));
		assertEquals(phrase, opener.editor.entity());
		Text text = (Text) opener.editor.control(phrase, "text");
		opener.editorShell.forceActive();
		spin(() -> display.getFocusControl() == text);

		text.setText("Let me check that for you.");
		opener.editor.commitPending();
		spin(() -> problems.problems().stream().noneMatch(p -> p.elementLabel().equals(label) && "text".equals(p.field())));
	}
}
