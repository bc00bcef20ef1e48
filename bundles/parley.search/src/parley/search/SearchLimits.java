package parley.search;

/**
 * How much one search may ask for, so that no query runs out of memory or takes seconds: requests beyond
 * these bounds fail with a {@link SearchLimitException} naming the limit, before any work is done.
 */
public final class SearchLimits {

	private SearchLimits() {
	}

	/** Hits one request may return ({@link SearchRequest#limit()}). */
	public static final int MAX_LIMIT = 1000;

	/** How far paging may reach: {@code offset + limit}. */
	public static final int MAX_WINDOW = 10_000;

	/** Words, "phrases" and {@code field:value} terms in one query. */
	public static final int MAX_CLAUSES = 64;

	/** Characters in one word of a query. */
	public static final int MAX_WORD_LENGTH = 100;

	/**
	 * Words of a query that match near spellings: explicit {@code word~} terms (more is an error), and the
	 * words that automatic typo tolerance and "did you mean" look at (the first ones; the rest match exactly).
	 */
	public static final int MAX_FUZZY_WORDS = 5;

	/** Index words one near-spelling term may stand for, in each field. */
	public static final int MAX_EXPANSIONS = 20;

	/**
	 * Checks paging before a search runs.
	 *
	 * @throws SearchLimitException when {@code limit} is above {@link #MAX_LIMIT} or {@code offset + limit}
	 *                              above {@link #MAX_WINDOW}
	 */
	public static void checkPaging(int offset, int limit) throws SearchLimitException {
		if (limit > MAX_LIMIT) {
			throw new SearchLimitException(SearchLimitException.Limit.PAGE_SIZE, MAX_LIMIT, limit,
					"A search returns at most " + MAX_LIMIT + " hits at a time, not " + limit
							+ "; ask for the next ones with an offset.");
		}
		if ((long) offset + limit > MAX_WINDOW) {
			throw new SearchLimitException(SearchLimitException.Limit.PAGE_WINDOW, MAX_WINDOW, (long) offset + limit,
					"Paging reaches at most hit " + MAX_WINDOW + ", not hit " + ((long) offset + limit)
							+ "; narrow the query or its filters instead of paging this far.");
		}
	}
}
