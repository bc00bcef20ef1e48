package parley.search.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * English analysis: standard tokens, possessives removed, lower case, English stop words, Porter stems.
 * Queries also expand the playbook's synonyms (before stemming, so "apologise" and "sorry" meet whatever
 * their inflection); the index itself does not depend on the synonym list, so editing it needs no reindex.
 */
final class Analyzers {
	private Analyzers() {
	}

	/** The analyzer for indexing: per field (keywords are kept whole, lower-cased). */
	static Analyzer index() {
		return perField(english(null));
	}

	/** The analyzer for queries, with synonyms (may be null). */
	static Analyzer query(SynonymMap synonyms) {
		return perField(english(synonyms));
	}

	/** Lower-cased words, no stemming, no stop words: for "did you mean" and for suggestions. */
	static Analyzer plain() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new LowerCaseFilter(source));
			}
		};
	}

	/**
	 * The analyzer of the reply checker: as {@link #query(SynonymMap)} for one text field, but keeping stop words,
	 * because the checker weighs them itself (and "not" changes what a phrase says). Synonym tokens carry the
	 * offsets of the words they stand for.
	 */
	static Analyzer check(SynonymMap synonyms) {
		return english(synonyms, false);
	}

	private static Analyzer perField(Analyzer text) {
		Map<String, Analyzer> fields = new HashMap<>();
		Analyzer keyword = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new KeywordTokenizer();
				return new TokenStreamComponents(source, new LowerCaseFilter(source));
			}
		};
		for (String field : Fields.KEYWORDS) {
			fields.put(field, keyword);
		}
		fields.put(Fields.COMPLETE, plain());
		fields.put(Fields.COMPLETE_TEXT, plain());
		return new PerFieldAnalyzerWrapper(text, fields);
	}

	private static Analyzer english(SynonymMap synonyms) {
		return english(synonyms, true);
	}

	/** Standard tokens, possessives dropped, lower case, the playbook's synonyms, (stop words dropped,) Porter stems. */
	private static Analyzer english(SynonymMap synonyms, boolean dropStopWords) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(source);
				stream = new LowerCaseFilter(stream);
				if (synonyms != null && synonyms.fst != null) {
					stream = new SynonymGraphFilter(stream, synonyms, true);
				}
				if (dropStopWords) {
					stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
				}
				stream = new PorterStemFilter(stream);
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	/**
	 * Parses a synonym list in the Solr format: one group of equivalent words or phrases per line, separated
	 * by commas; '#' starts a comment.
	 *
	 * @throws ParseException with the line of the first bad entry
	 */
	static SynonymMap synonyms(String text) throws IOException, ParseException {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, plain()) {
			/**
			 * Stop words are removed after the synonyms at query time; one at either end of a multi-word term
			 * would be cut out of the middle of the token graph and leave it broken (a path that ends nowhere:
			 * terms of the query silently dropped, or Lucene's assertion). They are dropped from the ends here,
			 * where they would have been dropped anyway; a term of stop words alone is a mistake in the list.
			 */
			@Override
			public CharsRef analyze(String term, CharsRefBuilder reuse) throws IOException {
				CharsRef words = super.analyze(term, reuse);
				String[] parts = words.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR));
				int from = 0;
				int to = parts.length;
				while (from < to && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(parts[from])) {
					from++;
				}
				while (to > from && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(parts[to - 1])) {
					to--;
				}
				if (from == to) {
					throw new IllegalArgumentException("'" + term.strip() + "' has only words that search leaves out"
							+ " (like 'the', 'a', 'in'); remove it from its group");
				}
				if (from == 0 && to == parts.length) {
					return words;
				}
				reuse.clear();
				reuse.append(String.join(String.valueOf(SynonymMap.WORD_SEPARATOR), java.util.Arrays.asList(parts).subList(from, to)));
				return reuse.get();
			}
		};
		try (Reader reader = new StringReader(text)) {
			parser.parse(reader);
		}
		return parser.build();
	}
}
