package parley.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits  how many entries match in all (a lower bound when {@code exactTotal} is false)
 * @param exactTotal whether {@code totalHits} is exact (it is counted exactly up to 1000, and always with facets)
 * @param hits       the requested page of hits, best first
 * @param facets     dimension (type, tag, status, emotion, channel) to value to count, over all matches;
 *                   empty unless requested
 * @param didYouMean a corrected query when some words are not in the playbook, else null
 * @param fuzzy      true if exact words found little and typo-tolerant matching was used
 */
public record SearchResults(long totalHits, boolean exactTotal, List<Hit> hits, Map<String, Map<String, Integer>> facets, String didYouMean,
		boolean fuzzy) {
}
