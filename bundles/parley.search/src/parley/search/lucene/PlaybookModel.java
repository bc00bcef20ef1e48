package parley.search.lucene;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import parley.core.service.PlaybookQueries;
import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookStore;
import parley.model.playbook.Entry;

/**
 * The playbook an index covers: its folder, and its model, given or loaded on first use. An index that is
 * up to date with the folder's files answers without the model; building, updating and repairing it read
 * the model.
 */
final class PlaybookModel {

	private final Path folder;
	private final Supplier<OpenPlaybook> loader;
	private volatile OpenPlaybook loaded;

	private PlaybookModel(Path folder, Supplier<OpenPlaybook> loader, OpenPlaybook loaded) {
		this.folder = folder;
		this.loader = loader;
		this.loaded = loaded;
	}

	/** A model that is open already. */
	static PlaybookModel of(OpenPlaybook open) {
		return new PlaybookModel(open.folder(), null, open);
	}

	/** The model of {@code folder}, loaded by {@code loader} when first needed. */
	static PlaybookModel lazy(Path folder, Supplier<OpenPlaybook> loader) {
		return new PlaybookModel(folder, Objects.requireNonNull(loader), null);
	}

	Path folder() {
		return folder;
	}

	/** The open playbook, loaded now if it was not yet (the loader's unchecked exceptions pass through). */
	OpenPlaybook get() {
		OpenPlaybook open = loaded;
		if (open != null) {
			return open;
		}
		synchronized (this) {
			if (loaded == null) {
				loaded = Objects.requireNonNull(loader.get(), "the playbook loader gave no playbook");
			}
			return loaded;
		}
	}

	boolean isLoaded() {
		return loaded != null;
	}

	/** Every entry of the model (loading it if needed). */
	List<Entry> entries() {
		return new PlaybookQueries(get().playbook()).entries();
	}

	/**
	 * Whether the files may not be what loading would show: the folder is not a playbook (loading says why),
	 * or a save was interrupted (loading completes or discards it first). Then the model is loaded before
	 * the index is trusted.
	 */
	boolean filesUnsettled() throws IOException {
		if (!PlaybookStore.isPlaybook(folder)) {
			return true;
		}
		Path journal = LocalState.file(folder, LocalState.JOURNAL);
		if (Files.isSymbolicLink(journal)) {
			return true;
		}
		if (!Files.isDirectory(journal, LinkOption.NOFOLLOW_LINKS)) {
			return Files.exists(journal, LinkOption.NOFOLLOW_LINKS);
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(journal)) {
			return entries.iterator().hasNext();
		}
	}
}
