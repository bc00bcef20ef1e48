package parley.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent file tasks (parse one file, serialise one resource) on one daemon thread per core. */
final class Parallel {
	private Parallel() {
	}

	/**
	 * Runs every task and returns their results in task order.
	 *
	 * @throws ExecutionException   with the first failing task's exception as its cause
	 * @throws InterruptedException if the caller was interrupted while waiting
	 */
	static <T> List<T> run(String threadName, List<Callable<T>> tasks) throws ExecutionException, InterruptedException {
		if (tasks.size() <= 1) {
			List<T> results = new ArrayList<>(tasks.size());
			for (Callable<T> task : tasks) {
				try {
					results.add(task.call());
				} catch (Exception e) {
					throw new ExecutionException(e);
				}
			}
			return results;
		}
		int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, threadName);
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<T>> futures = new ArrayList<>(tasks.size());
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>(tasks.size());
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		} finally {
			pool.shutdownNow();
		}
	}
}
