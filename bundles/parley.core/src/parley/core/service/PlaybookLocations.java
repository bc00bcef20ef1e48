package parley.core.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import parley.core.store.NotAPlaybookException;
import parley.core.store.PlaybookStore;
import parley.core.store.StoreException;

/**
 * Where playbooks are: the user's default playbook (a copy of the starter made on first use) and the
 * rule by which commands pick one.
 *
 * <p>The user folder is {@code $PARLEY_HOME}, else {@code $XDG_DATA_HOME/parley}, else
 * {@code ~/.local/share/parley}; the default playbook is its {@code playbook/} folder.
 */
public final class PlaybookLocations {

	private final Map<String, String> environment;
	private final Path home;

	public PlaybookLocations() {
		this(System.getenv(), Path.of(System.getProperty("user.home")));
	}

	public PlaybookLocations(Map<String, String> environment, Path home) {
		this.environment = environment;
		this.home = home;
	}

	/** The user's Parley folder. */
	public Path dataHome() {
		String parleyHome = environment.get("PARLEY_HOME");
		if (parleyHome != null && !parleyHome.isBlank()) {
			return Path.of(parleyHome);
		}
		String xdg = environment.get("XDG_DATA_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
		return base.resolve("parley");
	}

	/** The default playbook folder (may not exist yet). */
	public Path defaultPlaybook() {
		return dataHome().resolve("playbook");
	}

	/** The default playbook, created from the starter if it does not exist yet. */
	public Path ensureDefaultPlaybook() throws StoreException {
		Path folder = defaultPlaybook();
		if (!PlaybookStore.isPlaybook(folder)) {
			StarterPlaybook.copyTo(folder);
		}
		return folder;
	}

	/**
	 * The playbook a command works on: {@code explicit} if given (it must be a playbook), else the nearest
	 * playbook folder at or above {@code workingDir}, else the default playbook. A folder on the way that
	 * holds playbook entries but no {@code playbook.xmi} is reported instead of passed over.
	 */
	public Path resolve(Path explicit, Path workingDir) throws StoreException {
		if (explicit != null) {
			if (!PlaybookStore.isPlaybook(explicit)) {
				throw new NotAPlaybookException(explicit.toAbsolutePath().normalize());
			}
			return explicit;
		}
		for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (PlaybookStore.isPlaybook(dir) && Files.isDirectory(dir)) {
				return dir;
			}
			if (!NotAPlaybookException.entryFolders(dir).isEmpty()) {
				// A playbook that lost its playbook.xmi: say so, rather than quietly working on the default one.
				throw new NotAPlaybookException(dir);
			}
		}
		return ensureDefaultPlaybook();
	}
}
