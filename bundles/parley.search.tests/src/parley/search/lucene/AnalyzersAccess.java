package parley.search.lucene;

import org.apache.lucene.analysis.Analyzer;

/** Test access (same package, via the fragment) to the analyzers. */
public final class AnalyzersAccess {
	private AnalyzersAccess() {
	}

	public static Analyzer index() {
		return Analyzers.index();
	}

	public static Analyzer query(String synonyms) throws Exception {
		return Analyzers.query(Analyzers.synonyms(synonyms));
	}
}
