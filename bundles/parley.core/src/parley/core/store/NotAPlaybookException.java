package parley.core.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder does not hold a playbook (no {@code playbook.xmi}). {@link #reason()} tells which situation was found,
 * so each front end adds its own next step (the command line names {@code parley init}, the workbench its New
 * Playbook command); the message itself says what is wrong and, where the remedy is the same for every front end
 * (bring back the playbook file), what to do.
 */
public final class NotAPlaybookException extends StoreException {
	private static final long serialVersionUID = 1L;

	/** What was found instead of a playbook. */
	public enum Reason {
		/** Nothing at that path: a playbook can be created there. */
		MISSING,
		/** A file, not a folder. */
		NOT_A_FOLDER,
		/** A folder without playbook files: a playbook can be created there. */
		NOT_A_PLAYBOOK,
		/** {@code playbook.xmi} exists but is not a regular file. */
		ROOT_NOT_A_FILE,
		/** Entry folders without {@code playbook.xmi}: creating a playbook there would not help; bring the file back. */
		ROOT_MISSING
	}

	private final transient Path folder;
	private final Reason reason;

	public NotAPlaybookException(Path folder) {
		this(folder, reasonFor(folder));
	}

	private NotAPlaybookException(Path folder, Reason reason) {
		super(explain(folder, reason));
		this.folder = folder;
		this.reason = reason;
	}

	public Path folder() {
		return folder;
	}

	public Reason reason() {
		return reason;
	}
	/**
	 * The entry folders of a playbook (techniques, phrases, …) that {@code folder} holds with {@code .xmi}
	 * files in them, in layout order (a folder merely named "sources" does not count).
	 */
	public static List<String> entryFolders(Path folder) {
		List<String> found = new ArrayList<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			Path sub = folder.resolve(kind.folder());
			if (Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
				try (var shards = Files.newDirectoryStream(sub, "*.xmi")) {
					if (shards.iterator().hasNext()) {
						found.add(kind.folder());
					}
				} catch (java.io.IOException | RuntimeException e) {
					// unreadable: not evidence of a playbook
				}
			}
		}
		return found;
	}

	private static Reason reasonFor(Path folder) {
		if (!Files.exists(folder)) {
			return Reason.MISSING;
		}
		if (!Files.isDirectory(folder)) {
			return Reason.NOT_A_FOLDER;
		}
		if (Files.exists(folder.resolve(PlaybookLayout.ROOT_FILE), LinkOption.NOFOLLOW_LINKS)) {
			return Reason.ROOT_NOT_A_FILE;
		}
		return entryFolders(folder).isEmpty() ? Reason.NOT_A_PLAYBOOK : Reason.ROOT_MISSING;
	}

	/** Why {@code folder} is not a playbook, in words that hold for every front end. */
	private static String explain(Path folder, Reason reason) {
		String root = PlaybookLayout.ROOT_FILE;
		boolean versioned = Files.isDirectory(folder.resolve(".git"));
		return switch (reason) {
		case MISSING -> folder + " does not exist, so it holds no playbook.";
		case NOT_A_FOLDER -> folder + " is a file, not a playbook folder (a playbook is a folder that holds " + root + ").";
		case NOT_A_PLAYBOOK -> folder + " is not a Parley playbook (it has no " + root + ").";
		case ROOT_NOT_A_FILE -> folder.resolve(root) + " is not a regular file; move it aside and bring back the playbook"
				+ " file" + (versioned ? " ('git checkout -- " + root + "' in " + folder + ")" : "") + ".";
		case ROOT_MISSING -> folder + " holds playbook entries (" + String.join("/, ", entryFolders(folder)) + "/) but its "
				+ root + ", the file with the playbook's title and settings, is missing. "
				+ (versioned ? "Bring it back as it was in the last version: run 'git checkout -- " + root + "' in " + folder
						+ " (if no version holds it yet, copy it from a backup)"
						: "Copy it back from a backup, or take the " + root + " of a new, empty playbook and copy it into "
								+ folder)
				+ "; the entries stay as they are. Creating a new playbook in this folder would not help: it would not"
				+ " take over a folder that holds entries.";
		};
	}
}
