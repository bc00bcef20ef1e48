package parley.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import parley.core.service.EntryType;
import parley.search.DuplicatePair;
import parley.search.Hit;
import parley.search.SearchException;
import parley.search.SearchLimits;

/**
 * Likeness between entries: the entries most like one entry ({@code MoreLikeThis} over its words) or like a
 * text that is not indexed (the same fields and settings, the text's words), and
 * pairs of near-duplicate phrases (word-set overlap, Jaccard, of the analysed wordings; candidates come
 * from shared words, so not every pair is compared).
 */
final class SimilarEntries {

	private final SearchIndex index;
	private final Analyzer indexAnalyzer;
	private final Highlighting highlighting;

	SimilarEntries(SearchIndex index, Analyzer indexAnalyzer, Highlighting highlighting) {
		this.index = index;
		this.indexAnalyzer = indexAnalyzer;
		this.highlighting = highlighting;
	}

	/** See {@link parley.search.SearchService#similar(String, int)}. */
	List<Hit> similar(String entryId, int limit) throws SearchException {
		SearchLimits.checkPaging(0, limit);
		if (limit < 1) {
			return List.of();
		}
		return index.read("Finding similar entries", searcher -> {
			TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, entryId)), 1);
			if (self.scoreDocs.length == 0) {
				return List.of();
			}
			MoreLikeThis mlt = moreLikeThis(searcher.getIndexReader());
			Query like = mlt.like(self.scoreDocs[0].doc);
			Query query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
					.add(new TermQuery(new Term(Fields.ID, entryId)), BooleanClause.Occur.MUST_NOT).build();
			TopDocs top = searcher.search(query, limit);
			return highlighting.hits(searcher, like, top, 0);
		});
	}

	/**
	 * See {@link parley.search.SearchService#similarToText(String, int)}: the text's telling words in each of
	 * the fields {@link #similar} compares ({@code MoreLikeThis.like(field, reader)} per field), any of them.
	 */
	List<Hit> similarToText(String text, int limit) throws SearchException {
		SearchLimits.checkPaging(0, limit);
		if (limit < 1 || text == null || text.isBlank()) {
			return List.of();
		}
		return index.read("Finding entries like a text", searcher -> {
			MoreLikeThis mlt = moreLikeThis(searcher.getIndexReader());
			BooleanQuery.Builder like = new BooleanQuery.Builder();
			for (String field : FIELDS) {
				Query perField = mlt.like(field, new StringReader(text));
				if (!(perField instanceof BooleanQuery bool) || !bool.clauses().isEmpty()) {
					like.add(perField, BooleanClause.Occur.SHOULD);
				}
			}
			Query query = like.build();
			if (((BooleanQuery) query).clauses().isEmpty()) {
				return List.of();
			}
			TopDocs top = searcher.search(query, limit);
			return highlighting.hits(searcher, query, top, 0);
		});
	}

	/** The fields whose words make entries alike. */
	private static final String[] FIELDS = { Fields.TITLE, Fields.TEXT, Fields.SUMMARY, Fields.BODY };

	private MoreLikeThis moreLikeThis(IndexReader reader) throws IOException {
		MoreLikeThis mlt = new MoreLikeThis(reader);
		mlt.setAnalyzer(indexAnalyzer);
		mlt.setFieldNames(FIELDS);
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(1);
		mlt.setMaxQueryTerms(30);
		mlt.setMaxDocFreqPct(25); // words in a quarter of all entries ("customer") say little about likeness
		return mlt;
	}

	/** See {@link parley.search.SearchService#duplicatePhrases(double)}. */
	List<DuplicatePair> duplicatePhrases(double threshold) throws SearchException {
		return index.read("Finding duplicate phrases", searcher -> {
			// Stemmed, stop-word-free word sets of every phrase wording, and which phrases use each word.
			TopDocs phrases = searcher.search(new TermQuery(new Term(Fields.TYPE, EntryType.PHRASE.key())),
					Math.max(1, searcher.getIndexReader().maxDoc()));
			StoredFields stored = searcher.storedFields();
			List<Set<String>> words = new ArrayList<>();
			List<Hit> hits = new ArrayList<>();
			Map<String, List<Integer>> postings = new HashMap<>();
			for (ScoreDoc sd : phrases.scoreDocs) {
				Document doc = stored.document(sd.doc);
				String text = doc.get(Fields.TEXT);
				Set<String> set = analyse(text == null ? "" : text);
				int index = words.size();
				words.add(set);
				hits.add(new Hit(doc.get(Fields.ID), EntryType.PHRASE.key(), doc.get(Fields.TITLE), 0, Fields.TEXT, text));
				for (String w : set) {
					postings.computeIfAbsent(w, k -> new ArrayList<>()).add(index);
				}
			}
			List<DuplicatePair> pairs = new ArrayList<>();
			for (int a = 0; a < words.size(); a++) {
				Map<Integer, Integer> shared = new HashMap<>();
				for (String w : words.get(a)) {
					for (int b : postings.get(w)) {
						if (b > a) {
							shared.merge(b, 1, Integer::sum);
						}
					}
				}
				for (Map.Entry<Integer, Integer> s : shared.entrySet()) {
					int b = s.getKey();
					int union = words.get(a).size() + words.get(b).size() - s.getValue();
					double jaccard = union == 0 ? 0 : (double) s.getValue() / union;
					if (jaccard >= threshold) {
						pairs.add(new DuplicatePair(hits.get(a), hits.get(b), jaccard));
					}
				}
			}
			pairs.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
			return pairs;
		});
	}

	private Set<String> analyse(String text) throws IOException {
		Set<String> terms = new HashSet<>();
		try (TokenStream stream = indexAnalyzer.tokenStream(Fields.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}
}
