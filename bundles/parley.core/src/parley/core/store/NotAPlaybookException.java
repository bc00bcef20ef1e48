package parley.core.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder does not hold a playbook (no {@code playbook.xmi}). The message says what to do in the
 * situation found: create a playbook in a missing or empty folder, or bring back the {@code playbook.xmi}
 * of a folder that still holds entries (where {@code parley init} would not help).
 */
public final class NotAPlaybookException extends StoreException {
	private static final long serialVersionUID = 1L;
	private final transient Path folder;

	public NotAPlaybookException(Path folder) {
		super(explain(folder));
		this.folder = folder;
	}

	public Path folder() {
		return folder;
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

	/** Why {@code folder} is not a playbook, and what to do about it. */
	public static String explain(Path folder) {
		String root = PlaybookLayout.ROOT_FILE;
		if (!Files.exists(folder)) {
			return folder + " does not exist. Create a playbook there with 'parley init " + folder
					+ "', or point --playbook at an existing playbook folder.";
		}
		if (!Files.isDirectory(folder)) {
			return folder + " is a file, not a playbook folder; point --playbook at the folder that holds " + root + ".";
		}
		if (Files.exists(folder.resolve(root), LinkOption.NOFOLLOW_LINKS)) {
			return folder.resolve(root) + " is not a regular file; move it aside and bring back the playbook file"
					+ (Files.isDirectory(folder.resolve(".git")) ? " ('git checkout -- " + root + "' in " + folder + ")" : "")
					+ ".";
		}
		List<String> entries = entryFolders(folder);
		if (!entries.isEmpty()) {
			String how = Files.isDirectory(folder.resolve(".git"))
					? "Bring it back as it was in the last version: run 'git checkout -- " + root + "' in " + folder
							+ " (if no version holds it yet, copy it from a backup)"
					: "Copy it back from a backup, or write a new one: 'parley init --empty --title TITLE OTHER-FOLDER',"
							+ " then copy OTHER-FOLDER/" + root + " into " + folder;
			return folder + " holds playbook entries (" + String.join("/, ", entries) + "/) but its " + root
					+ ", the file with the playbook's title and settings, is missing. " + how + "; the entries stay"
					+ " as they are. ('parley init' does not apply: it would not take over a folder that holds entries.)";
		}
		return folder + " is not a Parley playbook (it has no " + root + "). Create one with 'parley init " + folder
				+ "' or point --playbook at an existing playbook folder.";
	}
}
