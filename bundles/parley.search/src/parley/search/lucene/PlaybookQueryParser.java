package parley.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

import parley.core.curation.CurationState;
import parley.core.service.EntryType;
import parley.search.SearchLimitException;
import parley.search.SearchLimits;

/**
 * Lucene's classic query syntax over the playbook's fields: free text searches the text fields with
 * boosts, {@code field:value} the named field. Values of keyword fields are normalised the way users
 * write them (type:phrases, status:"in review", status:changed, emotion:"out of control"); an unknown field is an error
 * that lists the fields. In typo-tolerant mode every free-text word also matches words one or two edits
 * away.
 *
 * <p>Bounded ({@link SearchLimits}): terms beyond the limits are counted but not analysed, and
 * {@link #checkLimits()} refuses the query after parsing; near-spelling terms stand for at most
 * {@link SearchLimits#MAX_EXPANSIONS} index words each, and typo tolerance covers the first
 * {@link SearchLimits#MAX_FUZZY_WORDS} words.
 * <p>
 * Longer than 400 lines on purpose: it is one grammar (fields, phrases, prefixes, fuzzy terms, synonyms, limits)
 * over Lucene's classic parser; its overrides depend on each other's state.
 */
final class PlaybookQueryParser extends MultiFieldQueryParser {

	/** How much the other fields add to a word's best-matching field (edismax-style tie breaker). */
	private static final float TIE = 0.1f;

	/** QueryParserBase.CONJ_OR (package-private there): the clause was joined with an explicit OR. */
	private static final int EXPLICIT_OR = 2;

	private final boolean fuzzy;
	private final Map<String, List<String>> corrections;
	private final Analyzer termAnalyzer;

	/** Above 0 while MultiFieldQueryParser fans one term of the query out over the default fields. */
	private int depth;
	/** Words, phrase words and field:value terms of the query as written. */
	private int clauses;
	/** Explicit near-spelling terms (word~). */
	private int fuzzyTerms;
	/** Words given near-spelling matches by typo tolerance. */
	private int tolerantWords;
	/** The first word over {@link SearchLimits#MAX_WORD_LENGTH}, and how many there are. */
	private String longWord;
	private int longWords;

	/**
	 * @param queryAnalyzer analyses query text (with synonyms)
	 * @param termAnalyzer  analyses words for typo-tolerant matching (the index analyzer: no synonyms)
	 * @param fuzzy         whether free-text words also match near spellings
	 */
	PlaybookQueryParser(Analyzer queryAnalyzer, Analyzer termAnalyzer, boolean fuzzy, Map<String, List<String>> corrections) {
		super(Fields.DEFAULT_FIELDS.keySet().toArray(String[]::new), queryAnalyzer, Fields.DEFAULT_FIELDS);
		this.fuzzy = fuzzy;
		this.corrections = corrections;
		this.termAnalyzer = termAnalyzer;
		setDefaultOperator(OR_OPERATOR);
		setSplitOnWhitespace(true);
		setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		setAllowLeadingWildcard(false);
	}

	@Override
	protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
		if (depth == 0 && !count(quoted ? words(queryText) : List.of(queryText), false)) {
			return null; // over a limit: checkLimits refuses the query
		}
		depth++;
		try {
			return fieldQuery(field, queryText, quoted);
		} finally {
			depth--;
		}
	}

	private Query fieldQuery(String field, String queryText, boolean quoted) throws ParseException {
		if (field != null) {
			checkField(field);
			if (Fields.KEYWORDS.contains(field)) {
				return super.getFieldQuery(field, normalise(field, queryText), quoted);
			}
			return super.getFieldQuery(field, queryText, quoted);
		}
		Query exact = bestField(queryText, quoted);
		List<Query> near = new ArrayList<>();
		if (exact != null) {
			near.add(exact);
		}
		// A word that occurs nowhere in the playbook (a typo, most likely) also searches for the words the
		// spell checker finds closest to it, at a little less weight.
		for (String correction : quoted ? List.<String>of() : corrections.getOrDefault(queryText.toLowerCase(Locale.ROOT), List.of())) {
			Query q = bestField(correction, false);
			if (q != null) {
				near.add(new BoostQuery(q, 0.9f));
			}
		}
		if (fuzzy && !quoted) {
			for (String term : analyse(queryText)) {
				if (term.length() < 4 || tolerantWords >= SearchLimits.MAX_FUZZY_WORDS) {
					continue;
				}
				tolerantWords++;
				int edits = term.length() >= 7 ? 2 : 1;
				List<Query> fields = new ArrayList<>();
				for (Map.Entry<String, Float> f : Fields.DEFAULT_FIELDS.entrySet()) {
					fields.add(new BoostQuery(new FuzzyQuery(new Term(f.getKey(), term), edits, 1,
							SearchLimits.MAX_EXPANSIONS, true), f.getValue() * 0.8f));
				}
				near.add(new DisjunctionMaxQuery(fields, TIE));
			}
		}
		if (near.isEmpty()) {
			return null;
		}
		return near.size() == 1 ? near.get(0) : new DisjunctionMaxQuery(near, 0f);
	}

	/**
	 * The words in each default field, boosted; the best field counts, the others add a little. Quoted
	 * words are an exact phrase: no synonyms.
	 */
	private Query bestField(String text, boolean quoted) throws ParseException {
		List<Query> perField = new ArrayList<>();
		for (Map.Entry<String, Float> f : Fields.DEFAULT_FIELDS.entrySet()) {
			Query q = quoted ? newFieldQuery(termAnalyzer, f.getKey(), text, true) : super.getFieldQuery(f.getKey(), text, quoted);
			if (q != null) {
				perField.add(new BoostQuery(q, f.getValue()));
			}
		}
		return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE);
	}

	/**
	 * Unless the user wrote OR, a clause on an exact-value field (type:phrase, tag:billing ...) must match:
	 * it narrows the results rather than adding to them. Free words stay optional, but at least one must
	 * match when such a clause is present.
	 */
	@Override
	protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
		super.addClause(clauses, conj, mods, q);
		if (conj != EXPLICIT_OR && !clauses.isEmpty()) {
			BooleanClause last = clauses.get(clauses.size() - 1);
			if (last.occur() == BooleanClause.Occur.SHOULD && isKeywordClause(last.query())) {
				clauses.set(clauses.size() - 1, new BooleanClause(last.query(), BooleanClause.Occur.MUST));
			}
		}
	}

	@Override
	protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
		Query query = super.getBooleanQuery(clauses);
		if (query instanceof BooleanQuery bq) {
			boolean required = bq.clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER);
			boolean optional = bq.clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
			if (required && optional) {
				BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
				bq.clauses().forEach(b::add);
				return b.build();
			}
		}
		return query;
	}

	/** Applies a ~slop to the phrase queries inside a best-field query. */
	private static Query addSlop(Query query, int slop) {
		if (query instanceof DisjunctionMaxQuery dismax) {
			List<Query> parts = new ArrayList<>();
			for (Query q : dismax.getDisjuncts()) {
				parts.add(addSlop(q, slop));
			}
			return new DisjunctionMaxQuery(parts, dismax.getTieBreakerMultiplier());
		}
		if (query instanceof BoostQuery boost) {
			return new BoostQuery(addSlop(boost.getQuery(), slop), boost.getBoost());
		}
		if (query instanceof org.apache.lucene.search.PhraseQuery phrase) {
			org.apache.lucene.search.PhraseQuery.Builder b = new org.apache.lucene.search.PhraseQuery.Builder().setSlop(slop);
			org.apache.lucene.index.Term[] terms = phrase.getTerms();
			int[] positions = phrase.getPositions();
			for (int i = 0; i < terms.length; i++) {
				b.add(terms[i], positions[i]);
			}
			return b.build();
		}
		return query;
	}

	private static boolean isKeywordClause(Query q) {
		Query inner = q instanceof BoostQuery boost ? boost.getQuery() : q;
		return inner instanceof org.apache.lucene.search.TermQuery term && Fields.KEYWORDS.contains(term.getTerm().field());
	}

	@Override
	protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
		if (depth == 0 && !count(words(queryText), false)) {
			return null;
		}
		depth++;
		try {
			return phraseQuery(field, queryText, slop);
		} finally {
			depth--;
		}
	}

	private Query phraseQuery(String field, String queryText, int slop) throws ParseException {
		if (field == null) {
			Query phrase = bestField(queryText, true);
			return phrase == null || slop == 0 ? phrase : addSlop(phrase, slop);
		}
		if (field != null) {
			checkField(field);
			if (Fields.KEYWORDS.contains(field)) {
				return super.getFieldQuery(field, normalise(field, queryText), true);
			}
		}
		return super.getFieldQuery(field, queryText, slop);
	}

	@Override
	protected Query getPrefixQuery(String field, String termStr) throws ParseException {
		if (depth == 0 && !count(List.of(termStr), false)) {
			return null;
		}
		if (field != null) {
			checkField(field);
		}
		depth++;
		try {
			return super.getPrefixQuery(field, termStr.toLowerCase(Locale.ROOT));
		} finally {
			depth--;
		}
	}

	@Override
	protected Query getWildcardQuery(String field, String termStr) throws ParseException {
		if (depth == 0 && !count(List.of(termStr), false)) {
			return null;
		}
		if (field != null) {
			checkField(field);
		}
		depth++;
		try {
			return super.getWildcardQuery(field, termStr.toLowerCase(Locale.ROOT));
		} finally {
			depth--;
		}
	}

	/** A part of the query that parses but cannot be searched; the message says why and what to do. */
	static final class Unusable extends ParseException {
		private static final long serialVersionUID = 1L;

		Unusable(String message) {
			super(message);
		}
	}

	@Override
	protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
		if (depth == 0 && !count(List.of(termStr), true)) {
			return null;
		}
		if (field != null) {
			checkField(field);
		}
		depth++;
		try {
			return super.getFuzzyQuery(field, termStr, minSimilarity);
		} finally {
			depth--;
		}
	}

	@Override
	protected Query getRegexpQuery(String field, String termStr) throws ParseException {
		if (depth == 0 && !count(List.of(termStr), false)) {
			return null;
		}
		if (field != null) {
			checkField(field);
		}
		depth++;
		try {
			return super.getRegexpQuery(field, termStr);
		} catch (IllegalArgumentException e) {
			throw new Unusable("/" + termStr + "/ is not a regular expression (" + e.getMessage()
					+ "); put \\ before each / to search for the text itself");
		} catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
			throw new Unusable("the regular expression /" + termStr + "/ is too complex; simplify it");
		} finally {
			depth--;
		}
	}

	@Override
	protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
			boolean endInclusive) throws ParseException {
		if (depth == 0 && !count(java.util.Arrays.asList(part1 == null ? "" : part1, part2 == null ? "" : part2), false)) {
			return null;
		}
		depth++;
		try {
			return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
		} finally {
			depth--;
		}
	}

	/** Near spellings of an explicit word~ stand for at most {@link SearchLimits#MAX_EXPANSIONS} index words. */
	@Override
	protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
		String text = term.text();
		int edits = FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length()));
		return new FuzzyQuery(term, edits, prefixLength, SearchLimits.MAX_EXPANSIONS, true);
	}

	/**
	 * Counts one term of the query as written (its words, for a phrase) and checks their length.
	 *
	 * @return whether the term is within the limits and worth building
	 */
	private boolean count(List<String> words, boolean fuzzyTerm) {
		boolean within = true;
		for (String word : words) {
			if (word.length() > SearchLimits.MAX_WORD_LENGTH) {
				if (longWords++ == 0) {
					longWord = word;
				}
				within = false;
			}
		}
		clauses += Math.max(1, words.size());
		if (fuzzyTerm) {
			fuzzyTerms++;
		}
		return within && clauses <= SearchLimits.MAX_CLAUSES && fuzzyTerms <= SearchLimits.MAX_FUZZY_WORDS;
	}

	private static List<String> words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
	}

	/**
	 * Refuses the query just parsed when it went over a limit.
	 *
	 * @throws SearchLimitException naming the limit, the count and what to do
	 */
	void checkLimits() throws SearchLimitException {
		if (clauses > SearchLimits.MAX_CLAUSES) {
			throw new SearchLimitException(SearchLimitException.Limit.CLAUSES, SearchLimits.MAX_CLAUSES, clauses,
					"The query has " + clauses + " words, phrase words and field:value terms; at most "
							+ SearchLimits.MAX_CLAUSES + " are searched at once. Keep the words that matter most.");
		}
		if (fuzzyTerms > SearchLimits.MAX_FUZZY_WORDS) {
			throw new SearchLimitException(SearchLimitException.Limit.FUZZY_WORDS, SearchLimits.MAX_FUZZY_WORDS,
					fuzzyTerms, "The query has " + fuzzyTerms + " near-spelling terms (word~); at most "
							+ SearchLimits.MAX_FUZZY_WORDS + " are allowed. Small typos are forgiven without ~;"
							+ " keep ~ for the few words that need it.");
		}
		if (longWords > 0) {
			throw new SearchLimitException(SearchLimitException.Limit.WORD_LENGTH, SearchLimits.MAX_WORD_LENGTH,
					longWord.length(), "The query has a word of " + longWord.length() + " characters ('"
							+ longWord.substring(0, 20) + "…'); words of at most " + SearchLimits.MAX_WORD_LENGTH
							+ " characters are searched. Shorten it or leave it out.");
		}
	}

	private static void checkField(String field) throws ParseException {
		if (!Fields.QUERYABLE.contains(field)) {
			throw new ParseException("unknown field '" + field + "'; use one of " + new TreeSet<>(Fields.QUERYABLE)
					+ ", or put the text in quotes to search for it literally");
		}
	}

	/** type:phrases -> phrase, status:"in review" -> in-review, emotion:"Out of control" -> out-of-control. */
	private static String normalise(String field, String value) {
		String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("\\s+", "-");
		if (Fields.TYPE.equals(field)) {
			EntryType type = EntryType.parse(v);
			return type == null ? v : type.key();
		}
		if (Fields.STATUS.equals(field)) {
			CurationState state = CurationState.parse(v);
			return state == null ? v : state.key();
		}
		return v;
	}

	private List<String> analyse(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = termAnalyzer.tokenStream(Fields.BODY, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringReader cannot fail
		}
		return terms;
	}
}
