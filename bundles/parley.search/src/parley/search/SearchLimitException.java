package parley.search;

/**
 * A search asked for more than {@link SearchLimits} allow; nothing was searched. {@link #limit()} says which
 * bound, so front ends can word the advice in their own terms (a command-line option, a field).
 */
public final class SearchLimitException extends SearchException {
	private static final long serialVersionUID = 1L;

	/** The bound a search went over. */
	public enum Limit {
		/** More hits in one request than {@link SearchLimits#MAX_LIMIT}. */
		PAGE_SIZE,
		/** Offset plus limit beyond {@link SearchLimits#MAX_WINDOW}. */
		PAGE_WINDOW,
		/** More words, phrases and field:value terms than {@link SearchLimits#MAX_CLAUSES}. */
		CLAUSES,
		/** A word longer than {@link SearchLimits#MAX_WORD_LENGTH} characters. */
		WORD_LENGTH,
		/** More {@code word~} terms than {@link SearchLimits#MAX_FUZZY_WORDS}. */
		FUZZY_WORDS,
		/** The query expands (synonyms, fields, word parts) to more terms than the index searches at once. */
		TERMS
	}

	private final Limit limit;
	private final long maximum;
	private final long requested;

	/**
	 * @param maximum   the bound
	 * @param requested what was asked for (-1 when unknown)
	 */
	public SearchLimitException(Limit limit, long maximum, long requested, String message) {
		super(message);
		this.limit = limit;
		this.maximum = maximum;
		this.requested = requested;
	}

	public Limit limit() {
		return limit;
	}

	public long maximum() {
		return maximum;
	}

	/** What the search asked for, or -1 when not known. */
	public long requested() {
		return requested;
	}
}
