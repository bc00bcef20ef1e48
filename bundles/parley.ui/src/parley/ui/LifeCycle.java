package parley.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import parley.core.edit.EditingSession;
import parley.core.service.PlaybookLocations;
import parley.core.service.PlaybookSession;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;
import parley.ui.handlers.FocusSearchHandler;
import parley.ui.parts.ProblemsPart;
import parley.ui.parts.SearchPart;

/**
 * Application life cycle: puts the {@link PlaybookSession} into the application context and starts loading
 * the playbook in the background, so the window appears before the model is ready. The playbook is the
 * one named by the system property {@code parley.playbook}, else the user's default playbook (a copy of
 * the starter playbook made on first launch). Once it is open, an {@link EditingSession} over it joins the
 * context (parts and handlers inject it), after offering to restore unsaved changes a crash left behind,
 * and {@link WorkbenchSearch} starts indexing it for search in the background.
 */
public final class LifeCycle {

	/** Shows the open playbook's title in the main window's title; sets up editing when it is open. */
	@ProcessAdditions
	void processAdditions(MApplication application, PlaybookSession session, UISynchronize sync, IEventBroker events) {
		IEclipseContext context = application.getContext();
		context.set(EntryOpener.class, ContextInjectionFactory.make(PartEntryOpener.class, context));
		context.set(PlaybookSwitcher.class, ContextInjectionFactory.make(PlaybookSwitcher.class, context));
		StartupTrace.windowPainted(application, sync);
		context.set(VersionControl.class, new VersionControl());
		WorkbenchSearch search = new WorkbenchSearch(context, sync);
		context.set(WorkbenchSearch.class, search);
		java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
		session.addListener(open -> sync.asyncExec(() -> {
			StartupTrace.mark("playbook ready");
			for (MWindow window : application.getChildren()) {
				window.setLabel(open.playbook().getTitle() + " - Parley");
			}
			EditingSession editing = startEditing(context, open);
			context.get(VersionControl.class).identify(editing, Display.getCurrent());
			search.start(editing);
			if (first.getAndSet(false)) {
				OpenEditors.reopen(application, context.get(EntryOpener.class), open); // as Parley was closed
			}
		}));
		// A name set in the preferences names the person editing from then on (curation steps, four eyes).
		Preferences.node().addPreferenceChangeListener(change -> {
			if (Preferences.AUTHOR_NAME.equals(change.getKey()) || Preferences.AUTHOR_EMAIL.equals(change.getKey())) {
				sync.asyncExec(() -> {
					EditingSession editing = context.get(EditingSession.class);
					if (editing != null) {
						editing.setEditor(null);
						context.get(VersionControl.class).identify(editing, Display.getCurrent());
					}
				});
			}
		});
		// "Show similar" (navigator) shows its answer in the search part, which may not have been created yet.
		events.subscribe(ParleyEvents.SHOW_SIMILAR, event -> {
			if (event.getProperty(IEventBroker.DATA) instanceof Entry entry) {
				MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
						: application.getChildren().get(0);
				SearchPart part = FocusSearchHandler.activate(window.getContext().get(EPartService.class));
				if (part != null) {
					part.showSimilar(entry);
				}
			}
		});
		events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> search.stop());
		// The window renderer puts e4's generic "Save Parts" handlers into each window it creates; replace them.
		events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
			for (MWindow window : application.getChildren()) {
				WorkbenchClosing.install(window);
				// Problems validates as the playbook changes and editors mark fields from it: it runs even while
				// another tab of its stack is in front (a restored layout may show History there).
				window.getContext().get(EPartService.class).showPart(ProblemsPart.ID, EPartService.PartState.CREATE);
			}
		});
	}

	/** Replaces the context's editing session by one over {@code open}; offers to restore a recovery file. */
	static EditingSession startEditing(IEclipseContext context, OpenPlaybook open) {
		EditingSession previous = context.get(EditingSession.class);
		if (previous != null) {
			previous.dispose();
		}
		EditingSession editing = new EditingSession(open);
		if (editing.hasRecovery()) {
			List<String> what;
			try {
				what = editing.previewRecovery();
			} catch (StoreException e) {
				what = List.of(); // restoring says what is wrong
			}
			boolean restore = MessageDialog.openQuestion(Display.getCurrent().getActiveShell(),
					"Restore unsaved changes?", recoveryQuestion(editing.recoveryFile().path().toString(), what));
			try {
				if (restore) {
					editing.restoreRecovery();
				} else {
					editing.discardRecovery();
				}
			} catch (StoreException e) {
				MessageDialog.openError(Display.getCurrent().getActiveShell(), "Could not restore", e.getMessage());
			}
		}
		context.set(EditingSession.class, editing);
		return editing;
	}

	/** The question after a crash, naming what the restore brings back (at most ten entries, then a count). */
	public static String recoveryQuestion(String file, List<String> what) {
		StringBuilder b = new StringBuilder("Parley was not closed normally and kept the changes you had not saved in ")
				.append(file).append('.');
		if (!what.isEmpty()) {
			b.append(" Restoring brings back:\n");
			what.stream().limit(10).forEach(line -> b.append("\n  \u2022 ").append(line));
			if (what.size() > 10) {
				b.append("\n  \u2026 and ").append(what.size() - 10).append(" more");
			}
		}
		return b.append("\n\nRestore them? (They stay unsaved until you save; No discards them.)").toString();
	}

	/** Before e4 saves the layout: the open editors are kept as entry ids ({@link OpenEditors}), not as parts. */
	@PreSave
	void preSave(MApplication application, EModelService models, @Optional PlaybookSession session) {
		OpenPlaybook open = session == null ? null : session.current();
		OpenEditors.remember(application, models, open == null ? null : open.folder());
	}

	@PostContextCreate
	void postContextCreate(IEclipseContext context) {
		PlaybookSession session = new PlaybookSession(new parley.vcs.VersionedPlaybookStore());
		context.set(PlaybookSession.class, session);
		String explicit = System.getProperty("parley.playbook");
		try {
			Path folder = explicit != null && !explicit.isBlank() ? Path.of(explicit)
					: new PlaybookLocations().ensureDefaultPlaybook();
			session.openInBackground(folder).thenAccept(open -> PlaybookSwitcher.recent().add(open.folder()));
		} catch (StoreException e) {
			System.err.println("parley: " + e.getMessage());
		}
	}
}
