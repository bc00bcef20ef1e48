package parley.vcs;

/**
 * A value given to a versioning operation cannot be used (a version without a message, an author not
 * written {@code "Name <email>"}, a release name with other characters): nothing was done; ask again.
 */
public final class InvalidInputException extends VcsException {
	private static final long serialVersionUID = 1L;

	/** Which value was refused. */
	public enum Input {
		MESSAGE, AUTHOR, RELEASE_NAME, VALUE
	}

	private final Input input;

	public InvalidInputException(Input input, String message) {
		super(message);
		this.input = input;
	}

	public Input input() {
		return input;
	}
}
