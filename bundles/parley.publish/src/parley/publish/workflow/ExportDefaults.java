package parley.publish.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import parley.publish.Layout;

/**
 * Where an export goes when the user names no file: a "Parley" folder in the user's documents folder (the XDG
 * documents folder, else {@code ~/Documents}, else the home folder), never the playbook folder nor the process's
 * working directory, and a file named after the playbook and the layout. The command line and the workbench's
 * export dialog both start from it.
 */
public final class ExportDefaults {

	/** The folder made inside the documents folder. */
	public static final String FOLDER = "Parley";

	private ExportDefaults() {
	}

	/**
	 * The default export folder (it may not exist yet).
	 *
	 * @param environment the process environment ({@code XDG_DOCUMENTS_DIR}, {@code XDG_CONFIG_HOME} are read)
	 * @param home        the user's home folder
	 */
	public static Path folder(Map<String, String> environment, Path home) {
		return documents(environment, home).resolve(FOLDER);
	}

	/** The default export folder of this process's user. */
	public static Path folder() {
		return folder(System.getenv(), Path.of(System.getProperty("user.home")));
	}

	/** "de-escalation-starter-playbook.pdf", "...-cards.pdf", "...-changes.pdf", "...-roleplay.pdf". */
	public static String fileName(String playbookTitle, Layout layout) {
		String slug = playbookTitle == null ? "" : playbookTitle.toLowerCase(Locale.ROOT)
				.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			slug = "playbook";
		}
		return slug + (layout == Layout.MANUAL ? "" : "-" + layout.key()) + ".pdf";
	}

	/**
	 * The documents folder: {@code $XDG_DOCUMENTS_DIR}, else the one named in {@code user-dirs.dirs}, else
	 * {@code ~/Documents} when it exists, else the home folder.
	 */
	static Path documents(Map<String, String> environment, Path home) {
		String xdg = environment.get("XDG_DOCUMENTS_DIR");
		if (xdg != null && !xdg.isBlank()) {
			return Path.of(expand(xdg.strip(), home));
		}
		String config = environment.get("XDG_CONFIG_HOME");
		Path dirs = (config != null && !config.isBlank() ? Path.of(config) : home.resolve(".config"))
				.resolve("user-dirs.dirs");
		try {
			for (String line : Files.readAllLines(dirs, StandardCharsets.UTF_8)) {
				String t = line.strip();
				if (t.startsWith("XDG_DOCUMENTS_DIR=")) {
					String value = t.substring("XDG_DOCUMENTS_DIR=".length()).replaceAll("^\"|\"$", "");
					Path named = Path.of(expand(value, home));
					// "$HOME/" alone means the user chose no documents folder
					if (!named.normalize().equals(home.normalize())) {
						return named;
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			// no user-dirs.dirs, or a line that is not a path: fall through to ~/Documents
		}
		Path documents = home.resolve("Documents");
		return Files.isDirectory(documents) ? documents : home;
	}

	private static String expand(String value, Path home) {
		return value.startsWith("$HOME") ? home + value.substring("$HOME".length()) : value;
	}
}
