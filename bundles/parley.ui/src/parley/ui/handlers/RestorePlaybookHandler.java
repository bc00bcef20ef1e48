package parley.ui.handlers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
 * Restore playbook: after confirmation, makes the whole playbook as it was in the version selected in the
 * History part (a change to review and save as a version; history is not rewritten), then reads it again.
 */
public final class RestorePlaybookHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing, @Optional VersionControl versions) {
		return editing != null && versions != null && versions.version() != null;
	}

	/** @return the job that restores the playbook, or null when the user cancelled */
	@Execute
	Job execute(EditingSession editing, VersionControl versions, PlaybookSession session, @Optional EntryOpener opener,
			@Optional Prompts given, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Prompts prompts = Handlers.prompts(given, shell);
		Version version = versions.version();
		String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(version.time());
		if (prompts.choose("Restore the whole playbook?", "Every entry goes back to how it was in version "
				+ version.shortId() + " (" + when + ", " + version.author() + ": " + version.message().lines().findFirst().orElse("")
				+ "). Entries added since are removed.\n\nThe result is a change you can review and save as a"
				+ " version; no version is lost.", "Restore", "Cancel") != 0) {
			return null;
		}
		if (!Handlers.settleUnsaved(editing, part, prompts, "Restoring replaces the playbook's files.", true)) {
			return null;
		}
		return versions.run("Restoring the playbook from " + version.shortId(), editing.playbook().folder(),
				Handlers.display(shell), (repo, monitor) -> {
					repo.restorePlaybook(version.id());
					return version;
				}, v -> Handlers.reload(versions, session, opener, editing, Handlers.display(shell)),
				problem -> prompts.error("Could not restore the playbook", problem));
	}
}
