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

	/** The query a search would run for {@code text} (no typo tolerance), with these synonyms. */
	public static String parse(String synonyms, String text) throws Exception {
		Analyzer query = query(synonyms);
		return new PlaybookQueryParser(query, Analyzers.index(), false, java.util.Map.of()).parse(text).toString();
	}
}
