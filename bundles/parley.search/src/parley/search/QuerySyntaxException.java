package parley.search;

/** The query text could not be understood; the message names the problem and how to write it instead. */
public final class QuerySyntaxException extends SearchException {
	private static final long serialVersionUID = 1L;

	public QuerySyntaxException(String message) {
		super(message);
	}
}
