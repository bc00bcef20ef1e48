package parley.vcs;

/** A versioning operation failed; the message says what happened and what to do. Nothing was lost. */
public class VcsException extends Exception {
	private static final long serialVersionUID = 1L;

	public VcsException(String message) {
		super(message);
	}

	public VcsException(String message, Throwable cause) {
		super(message, cause);
	}
}
