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
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(source);
				stream = new LowerCaseFilter(stream);
				if (synonyms != null && synonyms.fst != null) {
					stream = new SynonymGraphFilter(stream, synonyms, true);
				}
				stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
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
		SolrSynonymParser parser = new SolrSynonymParser(true, true, plain());
		try (Reader reader = new StringReader(text)) {
			parser.parse(reader);
		}
		return parser.build();
	}
}
