package parley.importer;

import java.util.List;

/**
 * Finds candidate techniques and phrases in an article.
 */
public final class CandidateExtractor {

	/** The candidates of {@code article}, in document order; a paired replacement is not listed separately. */
	public List<CandidateDraft> extract(Article article) {
		throw new UnsupportedOperationException("not yet");
	}
}
