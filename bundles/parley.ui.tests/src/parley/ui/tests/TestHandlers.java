package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;
import parley.ui.handlers.DeleteHandler;
import parley.ui.handlers.DuplicateHandler;
import parley.ui.handlers.NewEntryHandler;
import parley.ui.handlers.RedoHandler;
import parley.ui.handlers.SaveHandler;
import parley.ui.handlers.UndoHandler;

/** Handlers without a workbench: an e4 context holds the editing session and the selection. */
class TestHandlers {

	@TempDir
	Path tmp;

	private IEclipseContext context;
	private EditingSession editing;

	@BeforeEach
	void setUp() throws Exception {
		editing = new EditingSession(Playbooks.starter(tmp));
		context = EclipseContextFactory.create("handlers");
	}

	@AfterEach
	void tearDown() {
		context.dispose();
		editing.dispose();
	}

	private boolean can(Object handler) {
		return (Boolean) ContextInjectionFactory.invoke(handler, CanExecute.class, context);
	}

	private Object run(Object handler) {
		return ContextInjectionFactory.invoke(handler, Execute.class, context);
	}

	@Test
	void nothingRunsWithoutAPlaybook() {
		assertFalse(can(new SaveHandler()));
		assertFalse(can(new UndoHandler()));
		assertFalse(can(new NewEntryHandler()));
		assertFalse(can(new DeleteHandler()));
	}

	@Test
	void saveUndoAndRedoFollowTheCommandStack() throws Exception {
		context.set(EditingSession.class, editing);
		assertFalse(can(new SaveHandler()), "nothing to save");
		assertFalse(can(new UndoHandler()));
		Technique technique = editing.playbook().playbook().getTechniques().get(0);
		String title = technique.getTitle();
		editing.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Renamed");
		assertTrue(can(new SaveHandler()));
		assertTrue(can(new UndoHandler()));
		run(new UndoHandler());
		assertEquals(title, technique.getTitle());
		assertTrue(can(new RedoHandler()));
		run(new RedoHandler());
		assertEquals("Renamed", technique.getTitle());
		run(new SaveHandler());
		assertFalse(editing.isDirty());
		assertTrue(new XmiPlaybookStore().open(tmp).playbook().getTechniques().stream()
				.anyMatch(t -> t.getTitle().equals("Renamed")), "written to disk");
	}

	/**
	 * Issue 18, defect 5: Ctrl+N (no type parameter) asks which type, offering the selected entry's type first,
	 * else the one chosen last; Cancel creates nothing. File > New > X and the navigator's New do not ask.
	 */
	@Test
	void newEntryTakesItsTypeFromTheParameterOrAsks() {
		context.set(EditingSession.class, editing);
		WorkbenchFixture.Answers answers = new WorkbenchFixture.Answers();
		context.set(parley.ui.Prompts.class, answers);
		Scenario scenario = editing.playbook().playbook().getScenarios().get(0);
		context.set(IServiceConstants.ACTIVE_SELECTION, scenario.getSteps().get(0));
		answers.choices.add(0); // the first offered
		Identified fromStep = (Identified) run(new NewEntryHandler());
		assertTrue(fromStep instanceof Scenario, "a step's type is offered first: its scenario's");
		assertEquals("New entry: What kind of entry? [Scenario, Technique, Phrase, Source, Tag, Cancel]",
				answers.asked.get(0));

		context.set(NewEntryHandler.TYPE, "phrases");
		Identified phrase = (Identified) run(new NewEntryHandler());
		assertEquals(PlaybookPackage.Literals.PHRASE, phrase.eClass());
		assertEquals(1, answers.asked.size(), "a type given by the menu item is not asked");
		context.remove(NewEntryHandler.TYPE);

		context.remove(IServiceConstants.ACTIVE_SELECTION);
		answers.choices.add(2); // Phrase, after the scenario chosen last and the technique
		assertEquals(PlaybookPackage.Literals.PHRASE, ((Identified) run(new NewEntryHandler())).eClass());
		assertTrue(answers.asked.get(1).endsWith("[Scenario, Technique, Phrase, Source, Tag, Cancel]"),
				"the type chosen last comes first: " + answers.asked.get(1));
		answers.choices.add(0);
		assertEquals(PlaybookPackage.Literals.PHRASE, ((Identified) run(new NewEntryHandler())).eClass(),
				"remembered");
		assertTrue(answers.asked.get(2).endsWith("[Phrase, Scenario, Technique, Source, Tag, Cancel]"),
				answers.asked.get(2));

		int before = editing.playbook().playbook().getPhrases().size();
		answers.choices.add(5); // Cancel
		assertEquals(null, run(new NewEntryHandler()));
		assertEquals(before, editing.playbook().playbook().getPhrases().size(), "Cancel creates nothing");
	}

	@Test
	void deleteAndDuplicateWorkOnTheSelection() {
		context.set(EditingSession.class, editing);
		Technique technique = editing.playbook().playbook().getTechniques().get(0);
		assertFalse(can(new DeleteHandler()), "nothing selected");
		context.set(IServiceConstants.ACTIVE_SELECTION, technique);
		assertTrue(can(new DuplicateHandler()));
		int before = editing.playbook().playbook().getTechniques().size();
		run(new DuplicateHandler());
		assertEquals(before + 1, editing.playbook().playbook().getTechniques().size());
		WorkbenchFixture.Answers answers = new WorkbenchFixture.Answers();
		answers.choices.add(0); // "Delete": scenario steps link to the technique
		context.set(parley.ui.Prompts.class, answers);
		run(new DeleteHandler());
		assertEquals(1, answers.asked.size(), "asked before deleting a linked entry: " + answers.asked);
		assertNull(technique.eContainer());
		run(new UndoHandler());
		assertEquals(editing.playbook().playbook(), technique.eContainer());
	}
}
