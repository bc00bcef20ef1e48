package parley.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The git command line, as a user (or a teammate) would type it beside Parley: {@code git -C DIR ARGS}, each run
 * bounded to two minutes, standard output and error merged. {@link #git} fails the test with the transcript when
 * git does not exit 0; {@link #result} leaves the exit code to the test. {@link #as} commits under a given name.
 */
public final class Git {

	/** How long one git command may take before it is killed. */
	public static final Duration PATIENCE = Duration.ofMinutes(2);

	private static final Git PLAIN = new Git(List.of());

	/** Exit code and merged output of a command; {@code -1} when it could not run or timed out. */
	public record Result(int code, String out) {
	}

	private final List<String> options;

	private Git(List<String> options) {
		this.options = options;
	}

	/** Git with {@code user.name} and {@code user.email} set for every command. */
	public static Git as(String name, String email) {
		return new Git(List.of("-c", "user.name=" + name, "-c", "user.email=" + email));
	}

	/** Runs {@code git -C dir args...}; returns its output, or fails the test with the transcript. */
	public static String git(Path dir, String... args) {
		return PLAIN.run(dir, args);
	}

	/** Runs {@code git -C dir args...} and returns exit code and output, whatever they are. */
	public static Result result(Path dir, String... args) {
		return PLAIN.resultOf(dir, args);
	}

	/** Runs this git in {@code dir}; returns its output, or fails the test with the transcript. */
	public String run(Path dir, String... args) {
		Result r = resultOf(dir, args);
		assertEquals(0, r.code(), () -> "git " + String.join(" ", args) + " in " + dir + ":\n" + r.out());
		return r.out();
	}

	/** Runs this git in {@code dir} and returns exit code and output, whatever they are. */
	public Result resultOf(Path dir, String... args) {
		List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
		command.addAll(options);
		command.addAll(List.of(args));
		return run(command);
	}

	/**
	 * A local bare repository {@code bare} cloned from the playbook repository {@code playbook}
	 * ({@code git clone --bare}); returns {@code bare}.
	 */
	public static Path bareClone(Path playbook, Path bare) {
		git(bare.toAbsolutePath().getParent(), "clone", "--bare", "-q", playbook.toString(), bare.toString());
		return bare;
	}

	/**
	 * Shares a playbook repository through a local bare remote: {@link #bareClone} it to {@code bare}, set that as
	 * the playbook's {@code origin} and fetch it, so the playbook knows {@code origin/main}; returns {@code bare}.
	 */
	public static Path bareRemote(Path playbook, Path bare) {
		bareClone(playbook, bare);
		git(playbook, "remote", "add", "origin", bare.toString());
		git(playbook, "fetch", "-q", "origin");
		return bare;
	}

	/**
	 * Runs a command (any, not only git) bounded to {@link #PATIENCE} and returns its exit code and merged
	 * output. The output goes through a file, so a chatty command never blocks on a full pipe.
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
