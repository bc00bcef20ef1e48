package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.commands.MBindingContext;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.ui.Preferences;
import parley.ui.handlers.WelcomeHandler;
import parley.ui.parts.DetailPart;

/**
 * Issue 18: the welcome page in the editor area on a first start (what Parley is, the playbook's contents, what
 * needs attention, versions, five shortcuts with their keys), hidden for good by its link, back after
 * Help > Welcome.
 */
class TestWelcome extends WorkbenchFixture {

	private String before;

	@BeforeEach
	void firstStart() {
		before = Preferences.get(Preferences.WELCOME_HIDDEN, null);
		Preferences.put(Preferences.WELCOME_HIDDEN, null); // never hidden: as on a first start
		MBindingContext dialogs = MCommandsFactory.INSTANCE.createBindingContext();
		MBindingTable table = MCommandsFactory.INSTANCE.createBindingTable();
		table.setBindingContext(dialogs);
		for (String[] binding : new String[][] { { "parley.ui.command.save", "M1+S" },
				{ "parley.ui.command.saveversion", "M1+M3+S" } }) {
			MCommand command = MCommandsFactory.INSTANCE.createCommand();
			command.setElementId(binding[0]);
			MKeyBinding key = MCommandsFactory.INSTANCE.createKeyBinding();
			key.setCommand(command);
			key.setKeySequence(binding[1]);
			table.getBindings().add(key);
		}
		application.getBindingTables().add(table);
	}

	@AfterEach
	void putBack() {
		Preferences.put(Preferences.WELCOME_HIDDEN, before);
	}

	private DetailPart addDetailPart() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.setElementId(DetailPart.ID);
		part.setLabel("Entry");
		part.setContributionURI("bundleclass://parley.ui/" + DetailPart.class.getName());
		editors.getChildren().add(part);
		editors.setSelectedElement(part);
		spin(() -> part.getObject() != null);
		return (DetailPart) part.getObject();
	}

	@Test
	void shownOnAFirstStartHiddenForGoodAndBackAfterHelpWelcome() {
		DetailPart detail = addDetailPart();
		// the contents are read in the background; what needs attention follows the Problems part's validation
		spin(() -> detail.shownText().contains("Curation") && !detail.shownText().contains("checking…"),
				detail::shownText);
		String page = detail.shownText();
		assertTrue(detail.showsWelcome());
		long errors = problems.problems().stream()
				.filter(p -> p.severity() == parley.core.validation.Severity.ERROR).count();
		String attention = problems.problems().isEmpty() ? "Needs attention\n  no problems found"
				: "Needs attention\n  " + errors + (errors == 1 ? " error, " : " errors, ");
		assertTrue(page.contains(attention), "'" + attention + "' in:\n" + page);
		for (String expected : List.of("Welcome to Parley", "de-escalation playbook", "Contents",
				playbook().getScenarios().size() + " scenarios", "Needs attention", "Curation",
				"Ctrl+S   save", "Ctrl+Alt+S   save a version")) {
			assertTrue(page.contains(expected), "'" + expected + "' in:\n" + page);
		}

		Link hide = detail.hideLink();
		assertTrue(hide.isVisible(), "the way to hide it is shown with it");
		hide.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertFalse(detail.shownText().contains("Welcome to Parley"), detail.shownText());
		assertTrue(detail.shownText().startsWith("Select an entry in the playbook navigator."), detail.shownText());
		assertFalse(hide.isVisible());
		assertEquals("true", Preferences.get(Preferences.WELCOME_HIDDEN, null), "remembered");

		DetailPart afterRestart = addDetailPart(); // the next start: it stays hidden
		assertFalse(afterRestart.shownText().contains("Welcome to Parley"), afterRestart.shownText());

		run(new WelcomeHandler()); // Help > Welcome
		drain();
		assertTrue(detail.shownText().contains("Welcome to Parley") || afterRestart.shownText().contains("Welcome to Parley"),
				"the welcome page is back");
		assertEquals("false", Preferences.get(Preferences.WELCOME_HIDDEN, null));
		assertEquals(List.of(), logged);
	}
}
