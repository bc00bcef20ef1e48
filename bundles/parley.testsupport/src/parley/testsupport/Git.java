package parley.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The git command line, as a user (or a teammate) would type it beside Parley: {@code git -C DIR ARGS}, run as a
 * {@link Command} (bounded, standard output and error merged). {@link #git} fails the test with the transcript when
 * git does not exit 0; {@link #result} leaves the exit code to the test. {@link #as} commits under a given name.
 */
public final class Git {

	private static final Git PLAIN = new Git(List.of());

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
	public static Command.Result result(Path dir, String... args) {
		return PLAIN.resultOf(dir, args);
	}

	/** Runs this git in {@code dir}; returns its output, or fails the test with the transcript. */
	public String run(Path dir, String... args) {
		Command.Result r = resultOf(dir, args);
		assertEquals(0, r.code(), () -> "git " + String.join(" ", args) + " in " + dir + ":\n" + r.out());
		return r.out();
	}

	/** Runs this git in {@code dir} and returns exit code and output, whatever they are. */
	public Command.Result resultOf(Path dir, String... args) {
		List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
		command.addAll(options);
		command.addAll(List.of(args));
		return Command.run(command);
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
}
