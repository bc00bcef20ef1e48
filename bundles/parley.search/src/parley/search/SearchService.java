package parley.search;

import java.util.List;

/**
 * Full-text search over one open playbook: fielded queries with synonyms and typo tolerance, highlighted
 * snippets, facets, suggestions as you type, similar entries and near-duplicate phrases. The index behind
 * it is a cache of the playbook (kept under {@code .parley/index}, never versioned) and is rebuilt or
 * brought up to date by the implementation as needed.
 */
public interface SearchService extends AutoCloseable {

	/**
	 * Runs a query.
	 *
	 * @throws QuerySyntaxException if the query cannot be parsed (the message says where and what to do)
	 */
	SearchResults search(SearchRequest request) throws SearchException;

	/** Completions of what the user has typed so far (titles and phrase wordings), typo-tolerant. */
	List<Suggestion> suggest(String prefix, int limit) throws SearchException;

	/** Entries most like the given one, best first; empty if the id is unknown. */
	List<Hit> similar(String entryId, int limit) throws SearchException;

	/**
	 * Entries most like a piece of text that is not in the index (an imported passage: "resembles existing
	 * entries"), best first, by the same likeness as {@link #similar}; empty for blank text or text that shares
	 * no telling word with any entry.
	 */
	List<Hit> similarToText(String text, int limit) throws SearchException;

	/** Pairs of phrases whose wording is at least {@code threshold} similar (0..1), most similar first. */
	List<DuplicatePair> duplicatePhrases(double threshold) throws SearchException;

	/** Rebuilds the index from the playbook. */
	void reindex() throws SearchException;

	/** Number of entries in the index. */
	int indexedEntries() throws SearchException;

	@Override
	void close();
}
