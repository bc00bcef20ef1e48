package parley.search.lucene;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 everywhere, but titles and phrase wordings are barely penalised for length: a long title that
 * says exactly what was asked should not lose to a short one that says half of it.
 */
final class Similarities extends PerFieldSimilarityWrapper {
	private static final Similarity SHORT_TEXT = new BM25Similarity(1.2f, 0.3f);
	private static final Similarity DEFAULT = new BM25Similarity();

	@Override
	public Similarity get(String field) {
		return Fields.TITLE.equals(field) || Fields.TEXT.equals(field) ? SHORT_TEXT : DEFAULT;
	}
}
