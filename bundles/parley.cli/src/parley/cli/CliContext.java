package parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import parley.core.service.PlaybookLocations;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookStore;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.search.LiveSearchService;
import parley.search.SearchException;
import parley.search.SearchService;
import parley.search.SearchServices;

/** What commands share: output streams, environment, and opening the playbook they work on. */
public final class CliContext {
	private final PrintWriter out;
	private final PrintWriter err;
	private final Map<String, String> environment;
	private final Path workingDir;
	private final PlaybookStore store = new XmiPlaybookStore();

	CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDir) {
		this.out = out;
		this.err = err;
		this.environment = environment;
		this.workingDir = workingDir;
	}

	public PrintWriter out() {
		return out;
	}

	public PrintWriter err() {
		return err;
	}

	public PlaybookStore store() {
		return store;
	}

	public PlaybookLocations locations() {
		return new PlaybookLocations(environment, Path.of(System.getProperty("user.home")));
	}

	/** A path given on the command line, relative to the working directory. */
	public Path resolvePath(Path path) {
		return workingDir.resolve(path).normalize();
	}

	/** Opens the search over a playbook; what it does on the way (a rebuild, say) is reported on stderr. */
	public LiveSearchService search(OpenPlaybook playbook) {
		try {
			return SearchServices.open(playbook, notice -> err.println("parley: " + notice));
		} catch (SearchException e) {
			throw new CliException(e);
		}
	}

	/**
	 * Opens the search over the playbook selected as {@link #open(Path)} selects it, without loading the
	 * playbook when its index is up to date with its files (the model is loaded, as by {@link #open(Path)},
	 * only to build, update or repair the index).
	 */
	public SearchService search(Path explicit) {
		Path folder = folder(explicit);
		try {
			return SearchServices.open(folder, () -> load(folder), notice -> err.println("parley: " + notice));
		} catch (SearchException e) {
			throw new CliException(e);
		}
	}

	/** The playbook given before the command ({@code parley --playbook DIR COMMAND}), or null. */
	private Path beforeCommand;

	/** Records the playbook given before the command; a command's own {@code --playbook} wins over it. */
	public void defaultPlaybook(Path folder) {
		this.beforeCommand = folder;
	}

	/** The playbook a command's own {@code --playbook} names, else the one given before the command, or null. */
	public Path chosenPlaybook(Path explicit) {
		return explicit != null ? explicit : beforeCommand;
	}

	/** Opens the playbook selected by {@code --playbook}, the working directory, or the user's default. */
	public OpenPlaybook open(Path explicit) {
		return load(folder(explicit));
	}

	/** The playbook folder selected by {@code --playbook}, the working directory, or the user's default. */
	public Path folder(Path explicit) {
		explicit = chosenPlaybook(explicit);
		try {
			return locations().resolve(explicit == null ? null : resolvePath(explicit), workingDir);
		} catch (StoreException e) {
			throw new CliException(e);
		}
	}

	/**
	 * Loads the playbook in a folder. With {@code PARLEY_TRACE=model} in the environment each load is traced
	 * on stderr ("parley: trace: loading the playbook in DIR"), which shows the commands that need no model
	 * (a search on an up-to-date index) do not load it.
	 */
	private OpenPlaybook load(Path folder) {
		if (environment.getOrDefault("PARLEY_TRACE", "").contains("model")) {
			err.println("parley: trace: loading the playbook in " + folder);
		}
		try {
			return store.open(folder);
		} catch (StoreException e) {
			throw new CliException(e);
		}
	}
}
