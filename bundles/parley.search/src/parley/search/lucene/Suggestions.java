package parley.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

import parley.search.Suggestion;

/**
 * Completions as you type, answered from the main index (so they are as fresh as searches): titles and
 * phrase wordings whose words start with what was typed, in any position. The words typed so far must
 * each match a word (one typo allowed in words of four letters or more); the last, unfinished word matches
 * word starts, also with one typo ("lisen" completes "listening").
 */
final class Suggestions {

	private Suggestions() {
	}

	static List<Suggestion> lookup(IndexSearcher searcher, Analyzer plain, String typed, int limit) throws IOException {
		List<String> tokens = tokens(plain, typed);
		if (tokens.isEmpty()) {
			return List.of();
		}
		Map<String, Scored> best = new LinkedHashMap<>();
		collect(searcher, query(Fields.COMPLETE, tokens), Fields.TITLE, 2f, limit, best);
		collect(searcher, query(Fields.COMPLETE_TEXT, tokens), Fields.TEXT, 1f, limit, best);
		return best.values().stream().sorted((a, b) -> Float.compare(b.score, a.score)).limit(limit)
				.map(s -> s.suggestion).toList();
	}

	private record Scored(Suggestion suggestion, float score) {
	}

	private static void collect(IndexSearcher searcher, Query query, String shownField, float weight, int limit,
			Map<String, Scored> best) throws IOException {
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
			Document doc = stored.document(sd.doc);
			String text = doc.get(shownField);
			if (text == null) {
				continue;
			}
			Suggestion suggestion = new Suggestion(text, doc.get(Fields.ID), doc.get(Fields.TYPE));
			String key = suggestion.id() + "\t" + shownField;
			float score = sd.score * weight;
			best.merge(key, new Scored(suggestion, score), (a, b) -> a.score >= b.score ? a : b);
		}
	}

	private static Query query(String field, List<String> tokens) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (int i = 0; i < tokens.size() - 1; i++) {
			String token = tokens.get(i);
			Query word = token.length() >= 4 ? new FuzzyQuery(new Term(field, token), 1, 1) : new TermQuery(new Term(field, token));
			all.add(word, BooleanClause.Occur.MUST);
		}
		String last = tokens.get(tokens.size() - 1);
		BooleanQuery.Builder lastWord = new BooleanQuery.Builder();
		lastWord.add(new PrefixQuery(new Term(field, last)), BooleanClause.Occur.SHOULD);
		if (last.length() >= 3) {
			// Any word that starts with something one edit away from what was typed.
			Automaton nearPrefix = Operations.concatenate(new LevenshteinAutomata(last, true).toAutomaton(1),
					Automata.makeAnyString());
			nearPrefix = Operations.determinize(nearPrefix, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
			lastWord.add(new AutomatonQuery(new Term(field, last), nearPrefix), BooleanClause.Occur.SHOULD);
		}
		all.add(lastWord.build(), BooleanClause.Occur.MUST);
		return all.build();
	}

	private static List<String> tokens(Analyzer plain, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		try (TokenStream stream = plain.tokenStream(Fields.COMPLETE, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}
}
