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
import parley.core.store.StoreException;
import parley.ui.Prompts;
import parley.ui.VersionControl;
import parley.vcs.Version;
import parley.vcs.workflow.SaveVersion;

/**
 * Save version…: asks what changed, saves the playbook if it has unsaved changes, then records a version
 * (a git commit) in a background job.
 */
public final class SaveVersionHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing, @Optional VersionControl versions) {
		return editing != null && versions != null;
	}

	/** @return the job that saves the version, or null when the user cancelled */
	@Execute
	Job execute(EditingSession editing, VersionControl versions, @Optional Prompts given,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Prompts prompts = Handlers.prompts(given, shell);
		String[] answer = prompts.ask("Save version", "Describe what changed since the last version"
				+ " (it is shown in the history and in release notes).", new String[] { "Message:" }, new String[] { "" });
		if (answer == null) {
			return null;
		}
		if (answer[0].isBlank()) {
			prompts.error("No message", "A version needs a message saying what changed.");
			return null;
		}
		Handlers.commitPendingEdits(part);
		if (editing.isDirty()) {
			try {
				editing.save();
			} catch (StoreException e) {
				prompts.error("Could not save", e.getMessage());
				return null;
			}
		}
		return commit(versions, editing, answer[0], prompts, shell);
	}

	static Job commit(VersionControl versions, EditingSession editing, String message, Prompts prompts, Shell shell) {
		return versions.run("Saving a version", editing.playbook().folder(), Handlers.display(shell),
				(repo, monitor) -> repo.commit(message, VersionControl.author(repo)), (Version version) -> {
					if (version == null) {
						prompts.inform("Nothing to save", SaveVersion.summary(null));
					}
					versions.versionsChanged();
				}, problem -> prompts.error("Could not save the version", problem));
	}
}
