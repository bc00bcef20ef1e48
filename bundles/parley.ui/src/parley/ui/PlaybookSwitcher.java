package parley.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookLocations;
import parley.core.service.PlaybookSession;
import parley.core.service.RecentPlaybooks;
import parley.core.store.OpenPlaybook;

/**
 * Opens another playbook in the workbench: settles unsaved changes first (save, discard or stay), closes
 * the editors of the old playbook, loads the new one in the background and remembers it as recent.
 */
public final class PlaybookSwitcher {

	@Inject
	MApplication application;

	@Inject
	EntryOpener opener;

	@Inject
	PlaybookSession session;

	@Inject
	UISynchronize sync;

	/** The recently opened list: the context's, else the one in the user's Parley folder. */
	@Inject
	@Optional
	RecentPlaybooks recentList;

	/** The recently opened list in the user's Parley folder. */
	public static RecentPlaybooks recent() {
		return new RecentPlaybooks(new PlaybookLocations());
	}

	private RecentPlaybooks recentList() {
		return recentList != null ? recentList : recent();
	}

	/**
	 * Asks what to do with unsaved changes, if any (save, discard, or stay).
	 *
	 * @return false when the user chose to stay (or saving failed)
	 */
	public boolean settleUnsavedChanges(Shell shell) {
		IEclipseContext context = application.getContext();
		Prompts prompts = context.get(Prompts.class);
		return UnsavedChanges.settle(context.get(EditingSession.class), context.getActiveLeaf().get(MPart.class),
				prompts != null ? prompts : new DialogPrompts(shell), "Opening another playbook closes this one.", true);
	}

	/** Opens {@code folder} after settling unsaved changes; null when the user chose to stay. */
	public CompletableFuture<OpenPlaybook> open(Shell shell, Path folder) {
		if (!settleUnsavedChanges(shell)) {
			return null;
		}
		opener.closeAll(); // the editors edit entries of the playbook being replaced
		Path target = folder.toAbsolutePath().normalize();
		return session.openInBackground(target).whenComplete((open, failure) -> {
			if (failure == null) {
				recentList().add(target);
			} else {
				Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
				sync.asyncExec(() -> MessageDialog.openError(shell.isDisposed() ? null : shell, "Could not open the playbook",
						cause.getMessage()));
			}
		});
	}

}
