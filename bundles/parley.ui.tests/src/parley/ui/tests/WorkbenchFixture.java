package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.SideValue;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.window.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.testsupport.Playbooks;
import parley.ui.EntryOpener;
import parley.ui.PartEntryOpener;
import parley.ui.Prompts;
import parley.ui.WorkbenchClosing;
import parley.ui.parts.EntryEditorPart;
import parley.ui.parts.NavigatorPart;
import parley.ui.parts.ProblemsPart;
import parley.ui.parts.StatusLine;

/**
 * A real e4 workbench window (the SWT renderers, the window's part service, tab folders), laid out like
 * Parley's: the navigator on the left, the editor stack ({@value PartEntryOpener#MAIN_STACK}) with the
 * entry editor descriptor, Problems below and the status line in the bottom trim; Parley's
 * {@link WorkbenchClosing} installed as {@code LifeCycle} installs it. Tabs are closed the way a user closes
 * them (a middle click on the tab goes through the stack renderer's close path) and the window by closing its
 * shell. Questions are answered by {@link Answers}; everything the workbench logs is kept in {@link #logged}.
 */
abstract class WorkbenchFixture {

	@TempDir
	Path tmp;

	Display display;
	IEclipseContext appContext;
	MApplication application;
	MTrimmedWindow window;
	MPartStack editors;
	E4Workbench workbench;
	PlaybookSession session;
	EditingSession editing;
	Path folder;
	Answers answers = new Answers();
	final List<String> logged = Collections.synchronizedList(new ArrayList<>());
	NavigatorPart navigator;
	ProblemsPart problems;
	StatusLine status;

	@BeforeEach
	void setUpWorkbench() throws Exception {
		display = Display.getDefault();
		folder = tmp.resolve("pb");
		Playbooks.starterCopy(folder);
		session = new PlaybookSession(new XmiPlaybookStore());
		session.open(folder);
		editing = new EditingSession(session.current());

		appContext = E4Application.createDefaultContext();
		appContext.set(E4Workbench.PRESENTATION_URI_ARG, PartRenderingEngine.engineURI);
		appContext.set(UISynchronize.class, new DisplaySync(display));
		appContext.set(Logger.class, new RecordingLogger());
		// As E4Application does: the injector's default context gives the UI event supplier its UISynchronize.
		ContextInjectionFactory.setDefault(appContext);
		application = MApplicationFactory.INSTANCE.createApplication();
		application.setContext(appContext);
		appContext.set(MApplication.class, application);
		E4Application.initializeServices(application);
		// As the product's binding addon does: real key events go through the binding service, which needs it.
		ContextInjectionFactory.make(org.eclipse.e4.core.commands.CommandServiceAddon.class, appContext);
		ContextInjectionFactory.make(org.eclipse.e4.ui.services.ContextServiceAddon.class, appContext);
		ContextInjectionFactory.make(org.eclipse.e4.ui.bindings.BindingServiceAddon.class, appContext);

		window = MBasicFactory.INSTANCE.createTrimmedWindow();
		window.setElementId("parley.ui.window.main");
		window.setWidth(1100);
		window.setHeight(750);
		MPartSashContainer sash = MBasicFactory.INSTANCE.createPartSashContainer();
		sash.setHorizontal(true);
		window.getChildren().add(sash);
		MPartStack left = MBasicFactory.INSTANCE.createPartStack();
		left.getChildren().add(part("parley.ui.part.navigator", "Playbook", NavigatorPart.class));
		left.setSelectedElement(left.getChildren().get(0));
		MPartSashContainer right = MBasicFactory.INSTANCE.createPartSashContainer();
		editors = MBasicFactory.INSTANCE.createPartStack();
		editors.setElementId(PartEntryOpener.MAIN_STACK);
		MPartStack bottom = MBasicFactory.INSTANCE.createPartStack();
		bottom.getChildren().add(part("parley.ui.part.problems", "Problems", ProblemsPart.class));
		bottom.setSelectedElement(bottom.getChildren().get(0));
		right.getChildren().add(editors);
		right.getChildren().add(bottom);
		sash.getChildren().add(left);
		sash.getChildren().add(right);
		MTrimBar trim = MBasicFactory.INSTANCE.createTrimBar();
		trim.setSide(SideValue.BOTTOM);
		MToolControl statusControl = MMenuFactory.INSTANCE.createToolControl();
		statusControl.setContributionURI("bundleclass://parley.ui/" + StatusLine.class.getName());
		trim.getChildren().add(statusControl);
		window.getTrimBars().add(trim);
		application.getChildren().add(window);
		application.setSelectedElement(window);

		MPartDescriptor descriptor = org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory.INSTANCE
				.createPartDescriptor();
		descriptor.setElementId(PartEntryOpener.EDITOR_DESCRIPTOR);
		descriptor.setLabel("Entry editor");
		descriptor.setAllowMultiple(true);
		descriptor.setCloseable(true);
		descriptor.setDirtyable(true);
		descriptor.setContributionURI("bundleclass://parley.ui/" + EntryEditorPart.class.getName());
		application.getDescriptors().add(descriptor);

		appContext.set(PlaybookSession.class, session);
		appContext.set(EditingSession.class, editing);
		appContext.set(Prompts.class, answers);
		appContext.set(EntryOpener.class, ContextInjectionFactory.make(PartEntryOpener.class, appContext));

		if (theme() != null) {
			// as the product's cssTheme does: the renderer starts the e4 theme engine on the shipped style sheets
			appContext.set(E4Application.THEME_ID, theme());
			// the engine starts in a theme chosen before (its preference) over cssTheme: start where the test says
			org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.eclipse.e4.ui.css.swt.theme")
					.remove("themeid");
		}
		workbench = new E4Workbench(application, appContext);
		workbench.createAndRunUI(window);
		WorkbenchClosing.install(window);
		navigator = (NavigatorPart) ((MPart) left.getChildren().get(0)).getObject();
		problems = (ProblemsPart) ((MPart) bottom.getChildren().get(0)).getObject();
		status = (StatusLine) statusControl.getObject();
		assertNotNull(navigator, "the navigator was created; logged: " + logged);
		assertNotNull(status, "the status line was created; logged: " + logged);
		spin(() -> navigator.viewer().getTree().getItemCount() > 0);
	}

	private static MPart part(String id, String label, Class<?> type) {
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.setElementId(id);
		part.setLabel(label);
		part.setContributionURI("bundleclass://parley.ui/" + type.getName());
		return part;
	}

	@AfterEach
	void tearDownWorkbench() {
		answers.always = 1; // "Discard" / "Don't Save": nothing may keep the window open now
		if (shell() != null) {
			workbench.close();
		}
		// The engine's key filter on the display would outlive this workbench and take the next test's keys.
		org.eclipse.e4.ui.workbench.IPresentationEngine engine = appContext
				.get(org.eclipse.e4.ui.workbench.IPresentationEngine.class);
		if (engine != null) {
			engine.stop();
		}
		ContextInjectionFactory.setDefault(null);
		appContext.dispose();
		editing.dispose();
		if (theme() != null) {
			detachThemeEngine();
		}
	}

	/**
	 * The e4 CSS theme the window starts in, as the product's {@code cssTheme} names it, or null (the default): no
	 * theme engine, unstyled widgets.
	 */
	String theme() {
		return null;
	}

	/**
	 * The theme engine belongs to the display, which all test classes share: it would style every widget the
	 * tests after this one make. Takes it off the display, and empties its CSS engine of style sheets (its skin
	 * listener, which SWT offers no way to remove, then finds nothing to apply).
	 */
	private void detachThemeEngine() {
		org.eclipse.e4.ui.css.core.engine.CSSEngine css = org.eclipse.e4.ui.css.swt.dom.WidgetElement.getEngine(display);
		if (css != null) {
			css.reset();
		}
		org.eclipse.e4.ui.css.swt.dom.WidgetElement.setEngine(display, null);
		display.setData("org.eclipse.e4.ui.css.swt.theme", null); // ThemeEngineManager's key
		display.setData("org.eclipse.e4.ui.css.context", null);
		display.setDarkThemePreferred(false);
	}

	/** The playbook's files (relative path to content), without the local state in .parley. */
	Map<String, String> filesOnDisk() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String relative = folder.relativize(file).toString();
				if (!relative.startsWith(".parley")) {
					files.put(relative, Files.readString(file));
				}
			}
		}
		return files;
	}

	Playbook playbook() {
		return editing.playbook().playbook();
	}

	Shell shell() {
		return window.getWidget() instanceof Shell shell && !shell.isDisposed() ? shell : null;
	}

	/** The open entry editors, in tab order. */
	List<MPart> editorParts() {
		return editors.getChildren().stream().filter(MPart.class::isInstance).map(MPart.class::cast)
				.filter(MPart::isToBeRendered).toList();
	}

	EntryEditorPart editor(MPart part) {
		return (EntryEditorPart) part.getObject();
	}

	/** The tab of a part as the user sees it (e4 shows a dirty part as "*label"). */
	CTabItem tab(MPart part) {
		CTabFolder folder = (CTabFolder) editors.getWidget();
		for (CTabItem item : folder.getItems()) {
			if (item.getData(AbstractPartRenderer.OWNING_ME) == part) {
				return item;
			}
		}
		return null;
	}

	/** Closes a tab as a user does: a middle click on it, which the stack renderer takes as "close". */
	void closeTab(MPart part) {
		CTabItem item = tab(part);
		assertNotNull(item, "the part has a tab");
		CTabFolder folder = item.getParent();
		Rectangle bounds = item.getBounds();
		Event up = new Event();
		up.button = 2;
		up.x = bounds.x + bounds.width / 2;
		up.y = bounds.y + bounds.height / 2;
		folder.notifyListeners(SWT.MouseUp, up);
	}

	/** Closes the window as a user does (the window manager's close button): the shell gets a close request. */
	void closeWindow() {
		shell().close();
	}

	/** Runs a handler as its key binding would, in the window's active context. */
	Object run(Object handler) {
		return ContextInjectionFactory.invoke(handler, Execute.class, window.getContext().getActiveLeaf());
	}

	/** Runs the event loop until the condition holds (or 10 s pass); the message says what was seen then. */
	void spin(BooleanSupplier condition, java.util.function.Supplier<String> seen) {
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), () -> "condition reached within 10 s; seen: " + seen.get());
	}

	/** Runs the event loop until the condition holds (or 10 s pass). */
	void spin(BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), "condition reached within 10 s");
	}

	/** Lets the events that are already queued run (no waiting for timers). */
	void drain() {
		while (display.readAndDispatch()) {
			// keep going
		}
	}

	/** Scripted answers to the questions, with every question recorded as "title: message". */
	static final class Answers implements Prompts {
		final Deque<Integer> choices = new ArrayDeque<>();
		final List<String> asked = new ArrayList<>();
		final List<String> errors = new ArrayList<>();
		/** The answer when no choice is queued (-1: the dialog was closed). */
		int always = -1;

		@Override
		public String[] ask(String title, String message, String[] labels, String[] initial) {
			asked.add(title + ": " + message);
			return null;
		}

		@Override
		public int choose(String title, String message, String... buttons) {
			asked.add(title + ": " + message + " " + List.of(buttons));
			Integer choice = choices.poll();
			return choice == null ? always : choice;
		}

		@Override
		public void inform(String title, String message) {
			asked.add(title + ": " + message);
		}

		@Override
		public void error(String title, String message) {
			errors.add(title + ": " + message);
		}

		@Override
		public int open(Window dialog) {
			return Window.CANCEL;
		}
	}

	/** Keeps what the workbench logs (warnings and errors), so tests can require a clean log. */
	final class RecordingLogger extends Logger {
		private void keep(String level, Throwable t, String message) {
			logged.add(level + ": " + (message == null ? "" : message) + (t == null ? "" : " " + t));
		}

		@Override
		public boolean isErrorEnabled() {
			return true;
		}

		@Override
		public void error(Throwable t, String message) {
			keep("error", t, message);
		}

		@Override
		public boolean isWarnEnabled() {
			return true;
		}

		@Override
		public void warn(Throwable t, String message) {
			keep("warn", t, message);
		}

		@Override
		public boolean isInfoEnabled() {
			return false;
		}

		@Override
		public void info(Throwable t, String message) {
		}

		@Override
		public boolean isTraceEnabled() {
			return false;
		}

		@Override
		public void trace(Throwable t, String message) {
		}

		@Override
		public boolean isDebugEnabled() {
			return false;
		}

		@Override
		public void debug(Throwable t) {
		}

		@Override
		public void debug(Throwable t, String message) {
		}
	}
}
