package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.testsupport.Playbooks;
import parley.ui.EntryOpener;
import parley.ui.VersionControl;
import parley.ui.parts.EntryEditorPart;

/**
 * Parts on real SWT widgets (needs a display: Xvfb in CI), created through e4 injection as the workbench
 * creates them, on a copy of the starter playbook with an editing session in the context. Editors open in a
 * second shell through {@link ShellOpener}.
 */
abstract class ShellFixture {

	@TempDir
	Path tmp;

	Display display;
	Shell shell;
	IEclipseContext context;
	PlaybookSession session;
	EditingSession editing;
	Path folder;
	ShellOpener opener;

	@BeforeEach
	void setUpShell() throws Exception {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setSize(900, 700);
		shell.setLayout(new FillLayout());
		context = EclipseContextFactory.create("test");
		context.set(Composite.class, shell);
		context.set(UISynchronize.class, new DisplaySync(display));
		// The selection service publishes the selection into the context, as the workbench's does.
		context.set(ESelectionService.class, (ESelectionService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ESelectionService.class }, (proxy, method, args) -> {
					if (method.getName().equals("setSelection")) {
						context.set(IServiceConstants.ACTIVE_SELECTION, args[0]);
					}
					return null;
				}));
		session = new PlaybookSession(new XmiPlaybookStore());
		context.set(PlaybookSession.class, session);
		folder = tmp.resolve("pb");
		Playbooks.starterCopy(folder);
		session.open(folder);
		editing = new EditingSession(session.current());
		context.set(EditingSession.class, editing);
		opener = new ShellOpener();
		context.set(EntryOpener.class, opener);
	}

	@AfterEach
	void tearDownShell() throws InterruptedException {
		opener.close();
		context.dispose();
		// A versioning job a part scheduled last (a history read after the test's final edit) may still be opening
		// the repository; it must be done before the temporary folder is deleted under it.
		Job.getJobManager().join(VersionControl.FAMILY, null);
		shell.dispose();
		editing.dispose();
	}

	Playbook playbook() {
		return editing.playbook().playbook();
	}

	/** Opens editors in a second shell, one at a time, as the workbench opens them in the main stack. */
	final class ShellOpener implements EntryOpener {
		final List<String> calls = new ArrayList<>();
		Shell editorShell;
		MPart part;
		EntryEditorPart editor;
		IEclipseContext editorContext;

		@Override
		public void open(EObject element, String field) {
			calls.add(parley.core.service.Labels.describe(element) + "/" + field);
			EObject entity = element;
			while (entity.eContainer() != null && !(entity.eContainer() instanceof Playbook)) {
				entity = entity.eContainer();
			}
			if (editor == null || editor.entity() != entity) {
				close();
				editorShell = new Shell(display);
				editorShell.setSize(800, 900);
				editorShell.setLayout(new FillLayout());
				editorContext = context.createChild("editor");
				Composite parent = new Composite(editorShell, 0);
				editorContext.set(Composite.class, parent);
				part = MBasicFactory.INSTANCE.createPart();
				part.getTransientData().put(EntryEditorPart.ENTITY, entity);
				editorContext.set(MPart.class, part);
				editor = ContextInjectionFactory.make(EntryEditorPart.class, editorContext);
				editorShell.open();
				editorShell.layout(true, true);
			}
			editor.focus(element, field);
		}

		void close() {
			if (editorShell != null) {
				editorContext.dispose();
				editorShell.dispose();
				editorShell = null;
				editor = null;
			}
		}
	}

	/** Runs the event loop until the condition holds (or 10 s pass). */
	void spin(BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				}); // bounds the sleep
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), "condition reached within 10 s");
	}

	/** Runs every event and async runnable already queued; returns whether there was any. */
	boolean drainEvents() {
		boolean any = false;
		while (display.readAndDispatch()) {
			any = true;
		}
		return any;
	}
}
