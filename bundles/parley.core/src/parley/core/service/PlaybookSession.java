package parley.core.service;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookStore;
import parley.core.store.StoreException;

/**
 * The playbook an application works on. The workbench opens it in the background so the window appears
 * at once; views register a {@link Listener} and are called (on the loading thread) when it is ready.
 */
public final class PlaybookSession {

	/** Told when a playbook has been opened or could not be. */
	public interface Listener {
		void opened(OpenPlaybook playbook);

		default void failed(Path folder, StoreException problem) {
		}
	}

	private final PlaybookStore store;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private volatile OpenPlaybook current;

	public PlaybookSession(PlaybookStore store) {
		this.store = store;
	}

	/** The open playbook, or null while none is. */
	public OpenPlaybook current() {
		return current;
	}

	/** Adds a listener; if a playbook is already open it is told at once. */
	public void addListener(Listener listener) {
		listeners.add(listener);
		OpenPlaybook open = current;
		if (open != null) {
			listener.opened(open);
		}
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Opens {@code folder} on the calling thread and tells the listeners. */
	public OpenPlaybook open(Path folder) throws StoreException {
		try {
			OpenPlaybook open = store.open(folder);
			current = open;
			for (Listener listener : listeners) {
				listener.opened(open);
			}
			return open;
		} catch (StoreException e) {
			for (Listener listener : listeners) {
				listener.failed(folder, e);
			}
			throw e;
		}
	}

	/** Opens {@code folder} on a background thread. */
	public CompletableFuture<OpenPlaybook> openInBackground(Path folder) {
		CompletableFuture<OpenPlaybook> result = new CompletableFuture<>();
		Thread loader = new Thread(() -> {
			try {
				result.complete(open(folder));
			} catch (StoreException | RuntimeException e) {
				result.completeExceptionally(e);
			}
		}, "Parley playbook loader");
		loader.setDaemon(true);
		loader.start();
		return result;
	}
}
