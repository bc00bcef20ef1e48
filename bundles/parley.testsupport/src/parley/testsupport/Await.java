package parley.testsupport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The one way a test waits before it asserts: poll a condition until it holds or a generous timeout passes. There
 * is no fixed sleep to tune: on a fast machine the wait ends as soon as the condition holds, on a slow one it
 * lasts as long as it must, and a condition that never comes fails with what was awaited.
 */
public final class Await {
	private Await() {
	}

	/** Waits until {@code condition} holds; fails the test with "timed out after ... waiting for {@code what}". */
	public static void await(BooleanSupplier condition, Duration timeout, String what) {
		long start = System.nanoTime();
		long pause = TimeUnit.MILLISECONDS.toNanos(1);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - start > timeout.toNanos()) {
				throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
			}
			LockSupport.parkNanos(pause);
			if (Thread.interrupted()) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + what);
			}
			pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(50));
		}
	}
}
