package parley.search.lucene;

import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;

import parley.search.SearchException;

/**
 * What the reply checker ({@code parley.search.check}) takes from the search's analysis: the same tokens,
 * stems and synonym list as a query, so a draft and the playbook's phrases are read the way search reads them.
 */
public final class ReplyAnalysis {
	private ReplyAnalysis() {
	}

	/** The checker's analyzer over the given synonyms (may be null): stop words kept, see {@link Analyzers#check}. */
	public static Analyzer analyzer(SynonymMap synonyms) {
		return Analyzers.check(synonyms);
	}

	/** The synonym list of the playbook in {@code folder}, or null when it has none (or folder is null). */
	public static SynonymMap synonyms(Path folder) throws SearchException {
		return folder == null ? null : LuceneSearchService.loadSynonyms(folder);
	}
}
