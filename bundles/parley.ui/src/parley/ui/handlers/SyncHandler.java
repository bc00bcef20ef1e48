package parley.ui.handlers;

import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.ui.EntryOpener;
import parley.ui.Prompts;
import parley.ui.VersionControl;
import parley.ui.VersionHints;
import parley.ui.parts.ConflictsDialog;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import parley.vcs.workflow.SyncPlaybook;
import parley.vcs.workflow.SyncPlaybook.Synced;

/**
 * Sync with remote…: asks for the remote (a configured name, default {@code origin}, or a shared
 * playbook's address, which becomes {@code origin}), saves unsaved changes and, if the playbook changed since
 * the last version, a version (asking for its message); then exchanges versions in a background job and
 * reads the playbook again. Conflicts open the {@link ConflictsDialog}.
 */
public final class SyncHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing, @Optional VersionControl versions) {
		return editing != null && versions != null;
	}

	/** @return the sync job, or null when the user cancelled */
	@Execute
	Job execute(EditingSession editing, VersionControl versions, PlaybookSession session, @Optional EntryOpener opener,
			@Optional Prompts given, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Prompts prompts = Handlers.prompts(given, shell);
		String suggested = versions.lastRemote();
		try (PlaybookRepository repo = PlaybookRepository.open(editing.playbook().folder())) {
			Map<String, String> remotes = repo.remotes();
			if (!remotes.isEmpty() && !remotes.containsKey(suggested)) {
				suggested = remotes.keySet().iterator().next();
			}
			if (!conflictsSettled(repo, prompts)) {
				return null;
			}
		} catch (VcsException e) {
			prompts.error("Cannot sync", VersionHints.message(e));
			return null;
		}
		String[] answer = prompts.ask("Sync with the shared playbook", "Sends your versions and takes the"
				+ " others'; changes to different entries or fields merge by themselves. Give a remote's name or"
				+ " the shared playbook's address (a folder, file://, ssh:// or https:// URL).",
				new String[] { "Remote:" }, new String[] { suggested });
		if (answer == null) {
			return null;
		}
		String remote = answer[0];
		if (!Handlers.settleUnsaved(editing, part, prompts, "Sync sends saved versions only.", false)) {
			return null;
		}
		String message = null;
		if (hasUnversionedChanges(editing)) {
			String[] version = prompts.ask("Save a version first", "The playbook has changes since its last version."
					+ " Sync sends versions: describe the changes to save them as one.", new String[] { "Message:" },
					new String[] { "" });
			if (version == null || version[0].isBlank()) {
				return null;
			}
			message = version[0];
		}
		String versionMessage = message;
		return versions.run("Syncing with " + remote, editing.playbook().folder(), Handlers.display(shell),
				(repo, monitor) -> {
					return SyncPlaybook.saveAndSync(repo, remote, versionMessage, VersionControl.author(repo), name -> {
						versions.rememberRemote(name);
						monitor.subTask("exchanging versions with " + name);
					});
				}, synced -> done(synced, editing, versions, session, opener, prompts, shell),
				problem -> prompts.error("Sync failed", problem));
	}

	/** Whether a previous merge is still waiting: then the conflicts dialog is the way on. */
	private static boolean conflictsSettled(PlaybookRepository repo, Prompts prompts) throws VcsException {
		if (repo.conflicts().isEmpty()) {
			return true;
		}
		prompts.error("A merge is waiting", "The last sync left conflicts to settle: open Versions > Merge conflicts…,"
				+ " settle them and finish (or abort) the merge, then sync again.");
		return false;
	}

	/** Whether the saved playbook differs from its last version (asked after saving). */
	private static boolean hasUnversionedChanges(EditingSession editing) {
		try (PlaybookRepository repo = PlaybookRepository.open(editing.playbook().folder())) {
			return repo.hasUnversionedChanges();
		} catch (VcsException e) {
			return false;
		}
	}

	private static void done(Synced synced, EditingSession editing, VersionControl versions, PlaybookSession session,
			EntryOpener opener, Prompts prompts, Shell shell) {
		versions.versionsChanged();
		switch (synced.outcome()) {
		case UP_TO_DATE, PUSHED -> prompts.inform("Sync", synced.summary());
		case PULLED, MERGED -> {
			Handlers.reload(versions, session, opener, editing, Handlers.display(shell));
			prompts.inform("Sync", synced.summary());
		}
		case CONFLICTS -> ConflictsHandler.open(editing, versions, session, opener, prompts, shell);
		}
	}
}
