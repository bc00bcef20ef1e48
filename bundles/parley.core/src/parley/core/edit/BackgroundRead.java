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
 * seen half of it, or failed on it) is handed to the caller as stale, to read again or to bring up to date.
 *
 * <p>Used by live validation (the Problems part) and by the workbench's search index (its build when a playbook
 * opens and "Rebuild index"). Reading must not change the model: nothing in Parley's model assigns or resolves
 * anything on read (ids are given when an element is created; links are resolved when the playbook is loaded).
 */
public final class BackgroundRead {

	private BackgroundRead() {
	}

	/**
	 * Reads the session's playbook with {@code read} on {@code worker}; then, on {@code ownerThread}, gives the
	 * result to {@code done} if the session saw no command since this call, else runs {@code stale} (a read that
	 * failed because a command changed the model under it counts as stale too). For a result that holds nothing
	 * to release; see {@link #run(EditingSession, Executor, Executor, Function, Consumer, Consumer)}.
	 *
	 * @param ownerThread runs its tasks on the session's owner thread (the display's {@code asyncExec})
	 * @throws IllegalStateException when not called on the owner thread
	 */
	public static <T> void run(EditingSession session, Executor worker, Executor ownerThread, Function<Playbook, T> read,
			Consumer<T> done, Runnable stale) {
		run(session, worker, ownerThread, read, done, (Consumer<T>) ignored -> stale.run());
	}

	/**
	 * Reads the session's playbook with {@code read} on {@code worker}; then, on {@code ownerThread}, gives the
	 * result to {@code done} if the session saw no command since this call, else gives it to {@code stale}: the
	 * result a read produced while a command ran, so that the caller can release it (close an index it opened) or
	 * bring it up to date with the model as it is now, on the owner thread. A read that failed because a command
	 * changed the model under it is stale too, with a {@code null} result. Exactly one of the two runs.
	 *
	 * @param ownerThread runs its tasks on the session's owner thread (the display's {@code asyncExec})
	 * @throws IllegalStateException when not called on the owner thread
	 */
	public static <T> void run(EditingSession session, Executor worker, Executor ownerThread, Function<Playbook, T> read,
			Consumer<T> done, Consumer<T> stale) {
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
				if (readFailed || session.playbook() != open || session.changeCount() != started) {
					stale.accept(value);
				} else {
					done.accept(value);
				}
			});
		});
	}
}
