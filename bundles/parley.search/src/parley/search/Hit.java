package parley.search;

/**
 * One matching entry.
 *
 * @param id      the entry's UUID
 * @param type    technique, phrase, scenario or source
 * @param title   the entry's title
 * @param score   relevance score (higher is better; only comparable within one result list)
 * @param field   the field the snippet comes from (title, text, summary, body), or null
 * @param snippet a short passage with the matching words between {@link #MARK_START} and {@link #MARK_END}
 */
public record Hit(String id, String type, String title, float score, String field, String snippet) {

	/** Marks the start of a matching word in snippets. */
	public static final String MARK_START = "«";
	/** Marks the end of a matching word in snippets. */
	public static final String MARK_END = "»";
}
