package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.service.NewPlaybook;
import parley.core.service.PlaybookSession;
import parley.core.service.RecentPlaybooks;
import parley.core.store.XmiPlaybookStore;
import parley.testsupport.Playbooks;
import parley.ui.EntryOpener;
import parley.ui.PlaybookSwitcher;

/** Opening another playbook: the session switches, the old editors close, the folder becomes recent. */
class TestPlaybookSwitcher {

	@TempDir
	Path tmp;

	@Test
	void openingAnotherPlaybookSwitchesClosesEditorsAndRemembersIt() throws Exception {
		Path first = tmp.resolve("first");
		Playbooks.starterCopy(first);
		Path second = tmp.resolve("second");
		NewPlaybook.create(new XmiPlaybookStore(), second, true, "Night shift");
		PlaybookSession session = new PlaybookSession(new XmiPlaybookStore());
		session.open(first);

		MApplication application = MApplicationFactory.INSTANCE.createApplication();
		IEclipseContext context = EclipseContextFactory.create("switcher");
		application.setContext(context);
		context.set(MApplication.class, application);
		List<String> closed = new java.util.ArrayList<>();
		context.set(EntryOpener.class, new EntryOpener() {
			@Override
			public void open(org.eclipse.emf.ecore.EObject element, String field) {
			}

			@Override
			public void closeAll() {
				closed.add("all");
			}
		});
		context.set(PlaybookSession.class, session);
		Display display = Display.getDefault();
		context.set(UISynchronize.class, new DisplaySync(display));
		RecentPlaybooks recent = new RecentPlaybooks(tmp.resolve("home/recent.txt"));
		context.set(RecentPlaybooks.class, recent);
		Shell shell = new Shell(display);
		try {
			PlaybookSwitcher switcher = ContextInjectionFactory.make(PlaybookSwitcher.class, context);
			switcher.open(shell, second).get(30, TimeUnit.SECONDS);
			assertEquals(second, session.current().folder().toAbsolutePath().normalize());
			assertEquals("Night shift", session.current().playbook().getTitle());
			assertEquals(List.of("all"), closed, "the old playbook's editors are closed");
			assertEquals(List.of(second), recent.list());

			// unsaved changes: "Discard" drops them and their recovery file, so they are not offered again
			parley.core.edit.EditingSession editing = new parley.core.edit.EditingSession(session.current());
			context.set(parley.core.edit.EditingSession.class, editing);
			editing.set(editing.playbook().playbook(), parley.model.playbook.PlaybookPackage.Literals.PLAYBOOK__TITLE,
					"Unsaved title");
			editing.flushRecovery();
			assertTrue(java.nio.file.Files.exists(editing.recoveryFile().path()));
			List<String> asked = new java.util.ArrayList<>();
			context.set(parley.ui.Prompts.class, new ScriptedPrompts(asked, 1));
			switcher.open(shell, first).get(30, TimeUnit.SECONDS);
			assertEquals(1, asked.size(), "asked once about the unsaved changes");
			assertFalse(java.nio.file.Files.exists(editing.recoveryFile().path()), "the recovery file is gone");
			assertEquals("Night shift", new XmiPlaybookStore().open(second).playbook().getTitle(), "nothing saved");
			assertEquals(List.of(first, second), recent.list());
		} finally {
			shell.dispose();
			context.dispose();
		}
	}

	/** Answers every choice with the same button and records the questions. */
	record ScriptedPrompts(List<String> asked, int answer) implements parley.ui.Prompts {
		@Override
		public String[] ask(String title, String message, String[] labels, String[] initial) {
			asked.add(title);
			return null;
		}

		@Override
		public int choose(String title, String message, String... buttons) {
			asked.add(title);
			return answer;
		}

		@Override
		public void inform(String title, String message) {
			asked.add(title);
		}

		@Override
		public void error(String title, String message) {
			asked.add(title);
		}

		@Override
		public int open(org.eclipse.jface.window.Window window) {
			return org.eclipse.jface.window.Window.CANCEL;
		}
	}
}
