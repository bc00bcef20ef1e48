package parley.fuzzchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What every fuzz target of untrusted input checks (issue 11): the work ends within {@link #LIMIT_MILLIS}, the
 * files it reads are unchanged, and a refusal is a clear error (a message that names the file, with no crash
 * underneath it). Shared by the fuzz tests of parley.core, parley.search and parley.vcs; each passes which causes
 * are its parser's own report of bad input.
 */
public final class FuzzChecks {

	/** No input may keep Parley busy longer than this. */
	public static final long LIMIT_MILLIS = 2_000;
	/**
	 * Work still running after this long is a hang (a JUnit timeout would end the whole fuzzing run instead). Far
	 * above {@link #LIMIT_MILLIS}: in fuzzing mode the first inputs also pay for instrumenting every class they
	 * reach (seconds on a busy machine), which is not the code's time.
	 */
	private static final long HANG_MILLIS = 90_000;
	private static final java.util.concurrent.ExecutorService WORKER = java.util.concurrent.Executors
			.newCachedThreadPool(r -> {
				Thread t = new Thread(r, "fuzz target");
				t.setDaemon(true);
				return t;
			});

	private FuzzChecks() {
	}

	/** The work, or what it throws. */
	public record Outcome<T>(T value, Exception error, long millis) {
	}

	/**
	 * Runs {@code work} and measures it. Taking longer than {@link #LIMIT_MILLIS} fails only if a second run
	 * (on the same, unchanged input) is slow too: a busy machine can stall one run, a hang stalls both.
	 */
	public static <T> Outcome<T> bounded(String what, Callable<T> work) {
		Outcome<T> first = timed(work);
		if (first.millis() <= LIMIT_MILLIS) {
			return first;
		}
		Outcome<T> second = timed(work);
		if (second.millis() > LIMIT_MILLIS) {
			fail(what + " took " + first.millis() + " ms and then " + second.millis() + " ms, more than "
					+ LIMIT_MILLIS + " ms");
		}
		return second;
	}

	private static <T> Outcome<T> timed(Callable<T> work) {
		long start = System.nanoTime();
		java.util.concurrent.Future<T> running = WORKER.submit(work);
		try {
			T value = running.get(HANG_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
			return new Outcome<>(value, null, (System.nanoTime() - start) / 1_000_000);
		} catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof Exception cause) {
				return new Outcome<>(null, cause, (System.nanoTime() - start) / 1_000_000);
			}
			throw (Error) e.getCause(); // StackOverflowError, OutOfMemoryError: reported by the fuzzer
		} catch (java.util.concurrent.TimeoutException e) {
			running.cancel(true);
			throw new AssertionError("hang: still running after " + HANG_MILLIS + " ms");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}

	/**
	 * Checks that {@code error} is one of the documented checked exceptions and a clear one: a message that is not
	 * blank and names each of {@code names}, and no unchecked exception or error among its causes (a crash
	 * wrapped into a message is still a crash) down to the parser's own report of the bad input ({@code report}
	 * tells which causes are that: an EMF load diagnostic, a SAX error, a query syntax error), whose causes are
	 * the parser's business.
	 */
	public static void assertClearError(Exception error, Class<? extends Exception> documented,
			Predicate<Throwable> report, String... names) {
		if (error instanceof RuntimeException runtime) {
			throw runtime; // reported by the fuzzer with its stack trace
		}
		if (!documented.isInstance(error)) {
			throw new AssertionError("expected a " + documented.getSimpleName() + " or a result, got " + error, error);
		}
		String message = error.getMessage();
		assertTrue(message != null && !message.isBlank(), "an error without a message: " + error);
		for (String name : names) {
			assertTrue(message.contains(name), "the message does not name " + name + ": " + message);
		}
		for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
			if (report.test(cause)) {
				break;
			}
			if (cause instanceof RuntimeException || cause instanceof Error) {
				throw new AssertionError("a crash reported as an error: " + message, error);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
	}

	/** Every regular file under {@code dir} that {@code include} accepts (relative path), with a hash of its bytes. */
	public static Map<String, String> snapshot(Path dir, Predicate<String> include) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				String relative = dir.relativize(file).toString().replace('\\', '/');
				if (Files.isRegularFile(file) && include.test(relative)) {
					files.put(relative, hash(Files.readAllBytes(file)));
				}
			}
		}
		return files;
	}

	public static void assertUnchanged(Map<String, String> before, Map<String, String> after, String what) {
		assertFalse(before.isEmpty(), "nothing to compare");
		assertEquals(before, after, what + " changed files");
	}

	private static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
