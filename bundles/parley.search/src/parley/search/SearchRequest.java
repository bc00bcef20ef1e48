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
 * @param emotions only entries (scenarios) with one of these emotions; empty for all
 * @param channels only entries for one of these channels; empty for all
 */
public record SearchRequest(String query, List<String> types, List<String> tags, List<String> statuses, int offset,
		int limit, boolean facets, List<String> emotions, List<String> channels) {

	public SearchRequest {
		types = List.copyOf(types);
		tags = List.copyOf(tags);
		statuses = List.copyOf(statuses);
		emotions = List.copyOf(emotions);
		channels = List.copyOf(channels);
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
		}
	}

	/** A request without emotion and channel filters. */
	public SearchRequest(String query, List<String> types, List<String> tags, List<String> statuses, int offset,
			int limit, boolean facets) {
		this(query, types, tags, statuses, offset, limit, facets, List.of(), List.of());
	}

	/** The first ten hits of a query, no filters, no facets. */
	public static SearchRequest of(String query) {
		return new SearchRequest(query, List.of(), List.of(), List.of(), 0, 10, false);
	}

	public SearchRequest withLimit(int newLimit) {
		return new SearchRequest(query, types, tags, statuses, offset, newLimit, facets, emotions, channels);
	}

	public SearchRequest withOffset(int newOffset) {
		return new SearchRequest(query, types, tags, statuses, newOffset, limit, facets, emotions, channels);
	}

	public SearchRequest withFacets() {
		return new SearchRequest(query, types, tags, statuses, offset, limit, true, emotions, channels);
	}

	/**
	 * The same request restricted to the given values of each facet dimension ({@code type}, {@code tag},
	 * {@code status}, {@code emotion}, {@code channel}); values within a dimension are alternatives, dimensions
	 * combine. Dimensions not in the map keep no filter.
	 */
	public SearchRequest withFilters(java.util.Map<String, ? extends java.util.Collection<String>> byDimension) {
		return new SearchRequest(query, values(byDimension, "type"), values(byDimension, "tag"),
				values(byDimension, "status"), offset, limit, facets, values(byDimension, "emotion"),
				values(byDimension, "channel"));
	}

	private static List<String> values(java.util.Map<String, ? extends java.util.Collection<String>> map, String key) {
		java.util.Collection<String> values = map.get(key);
		return values == null ? List.of() : List.copyOf(values);
	}
}
