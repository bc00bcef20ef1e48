package parley.search.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Facet counts ({@code SortedSetDocValuesFacetCounts}) of a search's matches, by dimension. The ordinal
 * state of a reader is built once and kept until the searcher changes.
 */
final class FacetCounts {

	private final Object lock = new Object();
	private SortedSetDocValuesReaderState facetState;
	private IndexReader facetStateReader;

	/** The counts of the top 50 values of every facet dimension ({@link Fields#FACETS}) among the collected matches. */
	Map<String, Map<String, Integer>> counts(IndexSearcher searcher, FacetsCollector collector)
			throws IOException {
		SortedSetDocValuesReaderState state;
		synchronized (lock) {
			if (facetState == null || facetStateReader != searcher.getIndexReader()) {
				facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), EntryDocuments.FACETS);
				facetStateReader = searcher.getIndexReader();
			}
			state = facetState;
		}
		Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
		Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
		for (String dim : Fields.FACETS) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			try {
				FacetResult top = facets.getTopChildren(50, dim);
				if (top != null) {
					for (LabelAndValue lv : top.labelValues) {
						counts.put(lv.label, lv.value.intValue());
					}
				}
			} catch (IllegalArgumentException noSuchDimension) {
				// no document has this dimension yet
			}
			result.put(dim, counts);
		}
		return result;
	}
}
