package parley.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;

import parley.core.service.PlaybookLocations;
import parley.core.service.PlaybookSession;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;

/**
 * Application life cycle: puts the {@link PlaybookSession} into the application context and starts loading
 * the playbook in the background, so the window appears before the model is ready. The playbook is the
 * one named by the system property {@code parley.playbook}, else the user's default playbook (a copy of
 * the starter playbook made on first launch).
 */
public final class LifeCycle {

	/** Shows the open playbook's title in the main window's title. */
	@ProcessAdditions
	void processAdditions(MApplication application, PlaybookSession session, UISynchronize sync) {
		session.addListener(open -> sync.asyncExec(() -> {
			for (MWindow window : application.getChildren()) {
				window.setLabel(open.playbook().getTitle() + " - Parley");
			}
		}));
	}

	@PostContextCreate
	void postContextCreate(IEclipseContext context) {
		PlaybookSession session = new PlaybookSession(new XmiPlaybookStore());
		context.set(PlaybookSession.class, session);
		String explicit = System.getProperty("parley.playbook");
		try {
			Path folder = explicit != null && !explicit.isBlank() ? Path.of(explicit)
					: new PlaybookLocations().ensureDefaultPlaybook();
			session.openInBackground(folder);
		} catch (StoreException e) {
			System.err.println("parley: " + e.getMessage());
		}
	}
}
