package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import parley.ui.handlers.AboutHandler;
import parley.ui.handlers.ShortcutsHandler;

/** Issue 18, defect 7: Help > Keyboard shortcuts lists what the model binds; Help > About names the versions. */
class TestHelpMenu extends WorkbenchFixture {

	@Test
	void theShortcutSheetListsTheModelsBindingsAndTheFormKeys() {
		MCommandsFactory f = MCommandsFactory.INSTANCE;
		MCommand quit = f.createCommand();
		quit.setElementId("parley.ui.command.quit");
		quit.setCommandName("Quit");
		MCommand version = f.createCommand();
		version.setElementId("parley.ui.command.saveversion");
		version.setCommandName("Save version");
		application.getCommands().add(quit);
		application.getCommands().add(version);
		MBindingTable table = f.createBindingTable();
		table.setBindingContext(application.getRootContext().isEmpty() ? null : application.getRootContext().get(0));
		table.getBindings().add(binding("M1+Q", quit));
		table.getBindings().add(binding("M1+M3+S", version));
		application.getBindingTables().add(table);

		answers.asked.clear();
		run(new ShortcutsHandler());
		assertEquals(1, answers.asked.size(), answers.asked.toString());
		String sheet = answers.asked.get(0);
		assertTrue(sheet.startsWith("Keyboard shortcuts: "), sheet);
		assertTrue(sheet.contains("Quit   Ctrl+Q"), sheet);
		assertTrue(sheet.contains("Save version   Ctrl+Alt+S"), sheet);
		assertTrue(sheet.contains("Next field / field before   Tab / Shift+Tab"), sheet);
		assertTrue(sheet.indexOf("Quit") < sheet.indexOf("Save version"), "sorted by what the keys do");
	}

	private static MKeyBinding binding(String keys, MCommand command) {
		MKeyBinding binding = MCommandsFactory.INSTANCE.createKeyBinding();
		binding.setKeySequence(keys);
		binding.setCommand(command);
		return binding;
	}

	@Test
	void aboutNamesParleyJavaAndTheLibraries() {
		answers.asked.clear();
		run(new AboutHandler());
		String about = answers.asked.get(0);
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		assertTrue(about.startsWith("About Parley: Parley " + version), about);
		assertTrue(about.contains("Java " + Runtime.version()), about);
		assertTrue(about.contains("Apache Lucene (search): 10."), about);
		assertTrue(about.contains("Eclipse JGit (versions): 7."), about);
	}

	/** Defect 7: Help > User guide names the README's sections and opens it, saying so when nothing can. */
	@Test
	void theUserGuideListsTheReadmesSectionsAndOpensIt() throws Exception {
		java.nio.file.Path readme = tmp.resolve("README.md");
		java.nio.file.Files.writeString(readme, "# Parley\n\n## Workbench\ntext\n## Command line\n### detail\n");
		java.util.List<java.nio.file.Path> opened = new java.util.ArrayList<>();
		answers.asked.clear();
		answers.choices.add(0); // Open the guide
		parley.ui.handlers.UserGuideHandler.show(readme, answers, file -> opened.add(file) && false);
		assertEquals(java.util.List.of(readme), opened);
		assertTrue(answers.asked.get(0).contains("\u2022 Workbench\n  \u2022 Command line"), answers.asked.get(0));
		assertTrue(answers.asked.get(1).startsWith("User guide: No program on this computer opens"), answers.asked.get(1));

		answers.asked.clear();
		parley.ui.handlers.UserGuideHandler.show(tmp.resolve("missing.md"), answers, file -> true);
		assertTrue(answers.asked.get(0).contains("is not in this installation"), answers.asked.get(0));
	}
}
