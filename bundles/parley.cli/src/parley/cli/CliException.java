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

	public int exitCode() {
		return exitCode;
	}
}
