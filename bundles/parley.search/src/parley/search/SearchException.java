package parley.search;

/** Searching failed; the message says what happened and what to do. */
public class SearchException extends Exception {
	private static final long serialVersionUID = 1L;

	public SearchException(String message) {
		super(message);
	}

	public SearchException(String message, Throwable cause) {
		super(message, cause);
	}
}
