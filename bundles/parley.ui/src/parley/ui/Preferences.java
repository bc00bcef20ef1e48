package parley.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's workbench preferences (instance scope, node {@value #NODE}): the author of versions, the
 * theme, and the export dialog's defaults. Other parts read the same keys (the history part uses the
 * author for versions).
 */
public final class Preferences {

	public static final String NODE = "parley.ui";
	public static final String AUTHOR_NAME = "author.name";
	public static final String AUTHOR_EMAIL = "author.email";
	public static final String THEME = "theme";
	public static final String EXPORT_LAYOUT = "export.layout";
	public static final String EXPORT_FOLDER = "export.folder";
	public static final String EXPORT_APPROVED_ONLY = "export.approvedOnly";
	public static final String EXPORT_OPEN = "export.open";
	/** true once the user hid the welcome page; Help > Welcome shows it again */
	public static final String WELCOME_HIDDEN = "welcome.hidden";

	public static final String LIGHT_THEME = "parley.theme.light";
	public static final String DARK_THEME = "parley.theme.dark";

	private Preferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	public static String get(String key, String fallback) {
		return node().get(key, fallback);
	}

	public static boolean getBoolean(String key, boolean fallback) {
		return node().getBoolean(key, fallback);
	}

	/** Sets a value (empty or null removes it) and writes the preferences to disk. */
	public static void put(String key, String value) {
		if (value == null || value.isBlank()) {
			node().remove(key);
		} else {
			node().put(key, value.strip());
		}
		flush();
	}

	public static void putBoolean(String key, boolean value) {
		node().putBoolean(key, value);
		flush();
	}

	private static void flush() {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			// Kept in memory for this session; the next successful flush writes it.
		}
	}
}
