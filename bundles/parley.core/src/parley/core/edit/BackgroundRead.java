package parley.core.edit;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import parley.model.playbook.Playbook;

/**
 * The one way work on another thread reads the model of an {@link EditingSession} (its threading rule): an
 * optimistic read section. It starts on the owner thread, reads on a worker, and hands its result back to the
 * owner thread, where it counts only if no command ran meanwhile. Writes happen only on the owner thread, so a
 * read that saw no command start or end saw one consistent model; a read that overlapped a command (and may have
 * seen half of it, or failed on it) is dropped and the caller is told so, to read again.
 *
 * <p>Used by live validation (the Problems part). Reading must not change the model: nothing in Parley's model
 * assigns or resolves anything on read (ids are given when an element is created; links are resolved when the
 * playbook is loaded).
 */
public final class BackgroundRead {

	private BackgroundRead() {
	}

	/**
	 * Reads the session's playbook with {@code read} on {@code worker}; then, on {@code ownerThread}, gives the
	 * result to {@code done} if the session saw no command since this call, else runs {@code stale} (a read that
	 * failed because a command changed the model under it counts as stale too). Nothing is delivered once the
	 * session's playbook was replaced ({@code session.playbook()} is another).
	 *
	 * @param ownerThread runs its tasks on the session's owner thread (the display's {@code asyncExec})
	 * @throws IllegalStateException when not called on the owner thread
	 */
	public static <T> void run(EditingSession session, Executor worker, Executor ownerThread, Function<Playbook, T> read,
			Consumer<T> done, Runnable stale) {
		long started = session.changeCount();
		var open = session.playbook();
		Playbook playbook = open.playbook();
		worker.execute(() -> {
			T result;
			boolean failed = false;
			try {
				result = read.apply(playbook);
			} catch (RuntimeException overlapped) { // a command changed a list while it was read
				result = null;
				failed = true;
			}
			T value = result;
			boolean readFailed = failed;
			ownerThread.execute(() -> {
				if (session.playbook() != open) {
					return;
				}
				if (readFailed || session.changeCount() != started) {
					stale.run();
				} else {
					done.accept(value);
				}
			});
		});
	}
}
