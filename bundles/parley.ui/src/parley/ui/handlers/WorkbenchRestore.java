package parley.ui.handlers;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import parley.core.edit.EditingSession;
import parley.model.playbook.Playbook;
import parley.ui.EntryOpener;
import parley.ui.Prompts;
import parley.ui.VersionControl;
import parley.vcs.EntityChange;
import parley.vcs.RestoreCommands;
import parley.vcs.Version;
import parley.vcs.workflow.RestoreVersion;
import parley.vcs.workflow.RestoreVersion.Prepared;

/**
 * Restore in the workbench, for one entry or the whole playbook ({@link RestoreVersion}'s rules): the version
 * is read in the background; then the author sees what the restore replaces and chooses; the restore is an
 * edit on the command stack (Undo brings back what it replaced; nothing is written until Save). Saved changes
 * that no version holds are named, and "Save a Version First" keeps them in the history before restoring.
 */
final class WorkbenchRestore {

	private WorkbenchRestore() {
	}

	/** Starts the restore of {@code entryId} (the whole playbook when null); returns the reading job. */
	static Job start(EditingSession editing, VersionControl versions, Version version, String entryId, String title,
			EntryOpener opener, Prompts prompts, Display display) {
		String what = entryId == null ? "the playbook" : "'" + title + "'";
		return versions.run("Reading version " + version.shortId(), editing.playbook().folder(), display,
				(repo, monitor) -> RestoreVersion.prepare(repo, version, entryId),
				prepared -> ask(editing, versions, what, prepared, opener, prompts, display),
				problem -> prompts.error("Could not restore " + what, problem));
	}

	private static void ask(EditingSession editing, VersionControl versions, String what, Prepared prepared,
			EntryOpener opener, Prompts prompts, Display display) {
		Version version = prepared.version();
		List<EntityChange> replaced = prepared.replaced(editing.playbook().playbook());
		if (replaced.isEmpty() && prepared.otherFiles().isEmpty()) {
			prompts.inform("Nothing to restore", capitalised(what) + " is already as in version " + version.shortId() + ".");
			return;
		}
		StringBuilder message = new StringBuilder("Restoring ").append(what).append(" as in version ")
				.append(version.shortId()).append(" (").append(version.message().lines().findFirst().orElse(""))
				.append(") replaces:\n\n").append(RestoreVersion.describe(replaced, 12))
				.append("\nUndo (Ctrl+Z) brings it back; the restore is saved when you save.");
		if (!prepared.otherFiles().isEmpty()) {
			message.append("\n\nThese files are written back at once (Undo does not bring them back; their"
					+ " current text stays in the history once versioned): ").append(String.join(", ", prepared.otherFiles()))
					.append(".");
		}
		if (prepared.replacesUnversioned()) {
			message.append("\n\nThese saved changes are in no version yet:\n\n")
					.append(RestoreVersion.describe(prepared.unversioned(), 8))
					.append("\nSave a version first to keep them in the history.");
			int choice = prompts.choose("Restore " + what + "?", message.toString(), "Save a Version First", "Restore",
					"Cancel");
			if (choice == 0) {
				versions.run("Saving a version", editing.playbook().folder(), display,
						(repo, monitor) -> RestoreVersion.saveFirst(repo, what, version, VersionControl.author(repo)),
						saved -> {
							versions.versionsChanged();
							apply(editing, versions, what, prepared, prompts, display);
						}, problem -> prompts.error("Could not save the version; nothing was restored", problem));
			} else if (choice == 1) {
				apply(editing, versions, what, prepared, prompts, display);
			}
			return;
		}
		if (prompts.choose("Restore " + what + "?", message.toString(), "Restore", "Cancel") == 0) {
			apply(editing, versions, what, prepared, prompts, display);
		}
	}

	private static void apply(EditingSession editing, VersionControl versions, String what, Prepared prepared,
			Prompts prompts, Display display) {
		Version version = prepared.version();
		if (prepared.otherFiles().isEmpty()) {
			applyModel(editing, what, prepared, prompts);
			return;
		}
		versions.run("Restoring files from " + version.shortId(), editing.playbook().folder(), display, (repo, monitor) -> {
			repo.restoreOtherFiles(version.id());
			return version;
		}, v -> applyModel(editing, what, prepared, prompts),
				problem -> prompts.error("Could not restore the files of version " + version.shortId()
						+ "; nothing was restored", problem));
	}

	private static void applyModel(EditingSession editing, String what, Prepared prepared, Prompts prompts) {
		Playbook live = editing.playbook().playbook();
		Version version = prepared.version();
		RestoreCommands.Restore command = RestoreVersion.command(live, prepared,
				"Restore " + what + " from " + version.shortId());
		if (!editing.executeCommand(command)) {
			prompts.error("Could not restore " + what, "The restore could not be applied to the playbook.");
			return;
		}
		if (!command.skipped().isEmpty()) {
			prompts.inform("Restored with gaps", capitalised(what) + " is back as in version " + version.shortId()
					+ ", except links to entries that no longer exist:\n\n" + String.join("\n", command.skipped()));
		}
	}

	private static String capitalised(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
