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

/**
 * What the commands of one run share: output streams, environment, working directory, the store, and finding,
 * loading and searching the playbook they work on. {@link parley.cli.commands.CommandFactory} hands it to each
 * command as it makes it; failures of the layers below pass through as their checked exceptions, for the
 * command's base class to word.
 */
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

	/** A variable of this run's environment ({@code PARLEY_AUTHOR}, say), or null. */
	public String environment(String name) {
		return environment.get(name);
	}

	public PlaybookStore store() {
		return store;
	}

	public PlaybookLocations locations() {
		return new PlaybookLocations(environment, Path.of(System.getProperty("user.home")));
	}

	/** Where exports go when no file is named: a "Parley" folder in the user's documents folder. */
	public Path exportFolder() {
		return parley.publish.workflow.ExportDefaults.folder(environment, Path.of(System.getProperty("user.home")));
	}

	/** A path given on the command line, relative to the working directory. */
	public Path resolvePath(Path path) {
		return workingDir.resolve(path).normalize();
	}

	/** Opens the search over a playbook; what it does on the way (a rebuild, say) is reported on stderr. */
	public LiveSearchService search(OpenPlaybook playbook) throws SearchException {
		return SearchServices.open(playbook, notice -> err.println("parley: " + notice));
	}

	/**
	 * Opens the search over the playbook in {@code folder} without loading the playbook when its index is up to
	 * date with its files (the model is loaded, as by {@link #load(Path)}, only to build, update or repair the
	 * index; a playbook that does not load fails as a {@link CliException}).
	 */
	public SearchService search(Path folder) throws SearchException {
		return SearchServices.open(folder, () -> {
			try {
				return load(folder);
			} catch (StoreException e) {
				throw new CliException(e);
			}
		}, notice -> err.println("parley: " + notice));
	}

	/**
	 * The playbook folder: {@code chosen} (a {@code --playbook} given on the command line, relative to the working
	 * directory) if not null, else the nearest playbook at or above the working directory, else the user's default.
	 */
	public Path folder(Path chosen) throws StoreException {
		return locations().resolve(chosen == null ? null : resolvePath(chosen), workingDir);
	}

	/**
	 * Parses only some files of the playbook in a folder, as {@link #load(Path)} would parse them (a file that does
	 * not parse fails the same way), and no other shard: for checking the files that changed. With
	 * {@code PARLEY_TRACE=model} it is traced on stderr ("parley: trace: parsing only these files of the playbook in
	 * DIR: FILES", playbook.xmi besides).
	 */
	public void parseOnly(Path folder, java.util.Collection<String> files) throws StoreException {
		if (environment.getOrDefault("PARLEY_TRACE", "").contains("model")) {
			err.println("parley: trace: parsing only these files of the playbook in " + folder + ": "
					+ String.join(" ", files));
		}
		new XmiPlaybookStore().openOnly(folder, files);
	}

	/**
	 * Loads the playbook in a folder. With {@code PARLEY_TRACE=model} in the environment each load is traced
	 * on stderr ("parley: trace: loading the playbook in DIR"), which shows the commands that need no model
	 * (a search on an up-to-date index) do not load it.
	 */
	public OpenPlaybook load(Path folder) throws StoreException {
		if (environment.getOrDefault("PARLEY_TRACE", "").contains("model")) {
			err.println("parley: trace: loading the playbook in " + folder);
		}
		return store.open(folder);
	}
}
