package parley.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import parley.search.SearchLimits;

/**
 * Spelling help for queries: which plain words occur nowhere in the playbook (with the closest words that
 * do, from Lucene's {@code DirectSpellChecker} over the unstemmed titles and wordings), and the "did you
 * mean" query made from them.
 */
final class Spelling {

	private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{M}'’-]{2,}");

	private Spelling() {
	}

	/**
	 * Plain words of the query that occur nowhere in the playbook (typos, most likely), each with the closest
	 * words that do occur; the first {@link SearchLimits#MAX_FUZZY_WORDS} such words are looked up.
	 */
	static Map<String, List<String>> corrections(String query, IndexReader reader) throws IOException {
		Map<String, List<String>> corrections = new HashMap<>();
		if (query == null) {
			return corrections;
		}
		DirectSpellChecker checker = new DirectSpellChecker();
		for (String word : query.split("\\s+")) {
			String w = word.toLowerCase(Locale.ROOT);
			if (corrections.size() < SearchLimits.MAX_FUZZY_WORDS && w.length() <= SearchLimits.MAX_WORD_LENGTH
					&& !w.contains(":") && PLAIN_WORD.matcher(w).matches() && reader.docFreq(new Term(Fields.SPELL, w)) == 0
					&& !inBody(w, reader)) {
				List<String> close = new ArrayList<>();
				for (SuggestWord s : checker.suggestSimilar(new Term(Fields.SPELL, w), 2, reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
					close.add(s.string);
				}
				corrections.put(w, close);
			}
		}
		return corrections;
	}

	/** Whether the word, stemmed, occurs in the long text of some entry (words only there are not typos). */
	private static boolean inBody(String word, IndexReader reader) throws IOException {
		try (TokenStream stream = BODY_ANALYZER.tokenStream(Fields.BODY, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			boolean found = false;
			while (stream.incrementToken()) {
				found |= reader.docFreq(new Term(Fields.BODY, term.toString())) > 0;
			}
			stream.end();
			return found;
		}
	}

	private static final Analyzer BODY_ANALYZER = Analyzers.index();

	/** The query with each unknown word replaced by its closest known word, or null if none was replaced. */
	static String didYouMean(String query, Map<String, List<String>> corrections) {
		StringBuilder corrected = new StringBuilder();
		boolean changed = false;
		Matcher m = Pattern.compile("\\S+").matcher(query);
		int last = 0;
		while (m.find()) {
			corrected.append(query, last, m.start());
			List<String> close = corrections.getOrDefault(m.group().toLowerCase(Locale.ROOT), List.of());
			if (close.isEmpty()) {
				corrected.append(m.group());
			} else {
				corrected.append(close.get(0));
				changed = true;
			}
			last = m.end();
		}
		corrected.append(query.substring(last));
		return changed ? corrected.toString() : null;
	}

	/** Whether the query has a plain word (not a field:value clause), which typo tolerance can apply to. */
	static boolean hasFreeText(String query) {
		for (String word : query.split("\\s+")) {
			if (!word.contains(":") && PLAIN_WORD.matcher(word.replace("\"", "")).matches()) {
				return true;
			}
		}
		return false;
	}
}
