package parley.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external command from a test (git, mount, id ...), bounded in time, and returns what it said. */
public final class Command {

	/** How long one command may take before it is killed. */
	public static final Duration PATIENCE = Duration.ofMinutes(2);

	/** Exit code and merged output of a command; {@code -1} when it could not run or timed out. */
	public record Result(int code, String out) {
	}

	private Command() {
	}

	/**
	 * Runs {@code command} bounded to {@link #PATIENCE} and returns its exit code and merged standard output and
	 * error. The output goes through a file, so a chatty command never blocks on a full pipe.
	 */
	public static Result run(List<String> command) {
		Path log = null;
		try {
			log = Files.createTempFile("parley-test", ".out");
			Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!p.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
				p.destroyForcibly();
				return new Result(-1, "timed out: " + command);
			}
			return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		} catch (IOException e) {
			return new Result(-1, "could not run " + command + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Result(-1, "interrupted");
		} finally {
			if (log != null) {
				log.toFile().delete();
			}
		}
	}
}
