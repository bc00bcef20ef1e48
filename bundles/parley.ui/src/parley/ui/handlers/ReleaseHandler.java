package parley.ui.handlers;

import java.time.Clock;
import java.util.List;

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
 * Create release…: names the latest version (an annotated tag) and shows the release notes. When the version
 * holds entries that are not approved or are due for review, it lists them and releases only if the user says so;
 * entries repeating their sources' wording are listed in the same confirmation (or one of their own) but never
 * hold the release back.
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
		// First the release gate: what in the latest version is not approved or is due; the user sees the list
		// and releases anyway only on an explicit choice.
		return versions.run("Checking release " + name, editing.playbook().folder(), Handlers.display(shell),
				(repo, monitor) -> new Check(MakeRelease.blockers(repo, Clock.systemDefaultZone()),
						MakeRelease.warnings(repo)),
				check -> {
					List<String> blockers = check.blockers();
					// Entries repeating their sources' wording do not hold the release back; they are listed.
					String warnings = check.warnings().isEmpty() ? "" : "\n\n" + check.warnings();
					if (!blockers.isEmpty() && prompts.choose("Unapproved entries",
							"The latest version holds " + blockers.size() + (blockers.size() == 1 ? " entry that is"
									: " entries that are") + " not approved as they stand or due for review:\n\n  "
									+ String.join("\n  ", blockers) + warnings + "\n\nRelease " + name
									+ " anyway? The release notes will name them.",
							"Release anyway", "Cancel") != 0) {
						return;
					}
					if (blockers.isEmpty() && !warnings.isEmpty() && prompts.choose("Entries in their sources' words",
							"The latest version is approved, but:" + warnings + "\n\nRelease " + name + " as it is?",
							"Release", "Cancel") != 0) {
						return;
					}
					release(editing, versions, prompts, shell, name, message, !blockers.isEmpty());
				}, problem -> prompts.error("Could not create the release", problem));
	}

	/** What the release gate found: what holds the release back, and what the lead is warned of. */
	private record Check(List<String> blockers, String warnings) {
	}

	private static void release(EditingSession editing, VersionControl versions, Prompts prompts, Shell shell,
			String name, String message, boolean allowUnapproved) {
		versions.run("Creating release " + name, editing.playbook().folder(), Handlers.display(shell),
				(repo, monitor) -> MakeRelease.release(repo, name, message, VersionControl.author(repo), allowUnapproved,
						Clock.systemDefaultZone()),
				notes -> {
					versions.versionsChanged();
					prompts.inform("Release " + name, notes);
				}, problem -> prompts.error("Could not create the release", problem));
	}
}
