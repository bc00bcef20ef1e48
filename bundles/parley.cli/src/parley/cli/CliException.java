package parley.cli;

/** A command failed in a way the user can act on; the message is printed as {@code parley: message}. */
public final class CliException extends RuntimeException {
	private static final long serialVersionUID = 1L;
	private final int exitCode;

	public CliException(String message) {
		this(message, ParleyCli.FAILED);
	}

	public CliException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	/**
	 * A failure of a lower layer, with that layer's message; the cause is kept so the command line can say
	 * what lies behind it (a full disk, a read-only folder, a lock, an unreachable remote) and what to do
	 * ({@link ParleyCli#explain}). A versioning failure gets the command line's hint for its type
	 * ({@link VcsHints}), other failures of the layers below theirs ({@link CliHints}).
	 */
	public CliException(Exception cause) {
		this(CliHints.withHint(VcsHints.message(cause), cause), cause);
	}

	private CliException(String message, Exception cause) {
		super(message, VcsHints.cause(cause, message));
		this.exitCode = VcsHints.exitCode(cause);
	}

	public int exitCode() {
		return exitCode;
	}
}
