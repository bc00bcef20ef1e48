package parley.search;

import java.util.List;

/**
 * A query with filters and paging.
 *
 * @param query    the query text: free text, "exact phrases", field:value, -exclusion, prefix*, AND/OR
 * @param types    only these entry types (technique, phrase, scenario, source); empty for all
 * @param tags     only entries with one of these tags; empty for all
 * @param statuses only entries with one of these statuses; empty for all
 * @param offset   how many ranked hits to skip
 * @param limit    how many hits to return
 * @param facets   whether to count facets over all matching entries
 */
public record SearchRequest(String query, List<String> types, List<String> tags, List<String> statuses, int offset,
		int limit, boolean facets) {

	public SearchRequest {
		types = List.copyOf(types);
		tags = List.copyOf(tags);
		statuses = List.copyOf(statuses);
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
		}
	}

	/** The first ten hits of a query, no filters, no facets. */
	public static SearchRequest of(String query) {
		return new SearchRequest(query, List.of(), List.of(), List.of(), 0, 10, false);
	}

	public SearchRequest withLimit(int newLimit) {
		return new SearchRequest(query, types, tags, statuses, offset, newLimit, facets);
	}

	public SearchRequest withFacets() {
		return new SearchRequest(query, types, tags, statuses, offset, limit, true);
	}
}
