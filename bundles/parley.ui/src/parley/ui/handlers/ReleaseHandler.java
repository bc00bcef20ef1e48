package parley.ui.handlers;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.ui.Prompts;
import parley.ui.VersionControl;
import parley.vcs.InvalidInputException;
import parley.vcs.workflow.MakeRelease;

/**
 * Create release…: names the latest version (an annotated tag) and shows the release notes generated from
 * the semantic diff since the previous release.
 */
public final class ReleaseHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing, @Optional VersionControl versions) {
		return editing != null && versions != null;
	}

	/** @return the job that makes the release, or null when the user cancelled */
	@Execute
	Job execute(EditingSession editing, VersionControl versions, @Optional Prompts given,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Prompts prompts = Handlers.prompts(given, shell);
		String[] answer = prompts.ask("Create release", "A release names the latest saved version (changes made"
				+ " since are not part of it). Its notes list what changed since the previous release.",
				new String[] { "Name:", "Message:" }, new String[] { "", "" });
		if (answer == null) {
			return null;
		}
		String name;
		try {
			name = MakeRelease.checkName(answer[0]);
		} catch (InvalidInputException e) {
			prompts.error("No name", "A" + e.getMessage().substring(1) + ".");
			return null;
		}
		String message = answer[1];
		return versions.run("Creating release " + name, editing.playbook().folder(), Handlers.display(shell),
				(repo, monitor) -> MakeRelease.release(repo, name, message, VersionControl.author(repo)), notes -> {
					versions.versionsChanged();
					prompts.inform("Release " + name, notes);
				}, problem -> prompts.error("Could not create the release", problem));
	}
}
