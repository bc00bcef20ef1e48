package parley.ui.handlers;

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
import parley.vcs.Version;

/**
 * Restore entry: brings the entry chosen in the History part (in the diff, else the one selected in the
 * navigator) back as it was in the selected version, as a saved change to review and version; then the
 * playbook is read again. Unsaved changes are saved or discarded first (the user chooses).
 */
public final class RestoreEntryHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing, @Optional VersionControl versions) {
		return editing != null && versions != null && versions.version() != null && versions.entryId() != null;
	}

	/** @return the job that restores the entry, or null when the user cancelled */
	@Execute
	Job execute(EditingSession editing, VersionControl versions, PlaybookSession session, @Optional EntryOpener opener,
			@Optional Prompts given, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Prompts prompts = Handlers.prompts(given, shell);
		Version version = versions.version();
		String id = versions.entryId();
		String title = versions.entryTitle();
		if (!Handlers.settleUnsaved(editing, part, prompts, "Restoring '" + title + "' writes the playbook.", true)) {
			return null;
		}
		return versions.run("Restoring " + title, editing.playbook().folder(), Handlers.display(shell),
				(repo, monitor) -> repo.restoreEntry(id, version.id()), skipped -> {
					Handlers.reload(versions, session, opener, editing, Handlers.display(shell));
					if (!skipped.isEmpty()) {
						prompts.inform("Restored with gaps", "'" + title + "' is back as in version " + version.shortId()
								+ ", except links to entries that no longer exist:\n\n" + String.join("\n", skipped));
					}
				}, problem -> prompts.error("Could not restore '" + title + "'", problem));
	}
}
