package parley.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

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
