package parley.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import parley.search.Hit;
import parley.search.SearchLimitException.Limit;
import parley.search.SearchLimitException;
import parley.search.SearchLimits;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.testsupport.Playbooks;

/**
 * Searches have bounds (issue 11, item 13): paging, the number of terms, the length of a word and near
 * spellings. Each case gives a typed error naming the limit, or a correct result; nothing runs out of memory
 * or searches without bound.
 */
class TestSearchLimits {

	/** Words of the starter playbook, to build long queries of real words. */
	static final List<String> WORDS = List.of("calm", "listen", "angry", "billing", "refund", "delay", "apology",
			"ownership", "options", "escalate", "supervisor", "empathy", "anxious", "confused", "promise", "clarify",
			"acknowledge", "reassure", "explain", "pause", "respect", "delivery", "customer", "caller", "voice",
			"frustration", "solution", "steps");

	@TempDir
	static Path tmp;
	static LuceneSearchService search;

	@BeforeAll
	static void open() throws Exception {
		Path folder = tmp.resolve("pb");
		search = LuceneSearchService.open(Playbooks.starter(folder), notice -> { });
	}

	@AfterAll
	static void close() {
		search.close();
	}

	static SearchLimitException refused(Limit limit, Executable search) {
		SearchLimitException e = assertThrows(SearchLimitException.class, search);
		assertEquals(limit, e.limit(), e.getMessage());
		return e;
	}

	static SearchResults search(String query) throws Exception {
		return search.search(SearchRequest.of(query));
	}

	static String words(int count, String separator, String suffix) {
		return IntStream.range(0, count).mapToObj(i -> WORDS.get(i % WORDS.size()) + suffix)
				.collect(Collectors.joining(separator));
	}

	/** The near-spelling queries inside a query. */
	static List<FuzzyQuery> fuzzyQueries(Query query) {
		List<FuzzyQuery> found = new ArrayList<>();
		query.visit(new QueryVisitor() {
			@Override
			public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
				return this;
			}

			@Override
			public void visitLeaf(Query leaf) {
				if (leaf instanceof FuzzyQuery fuzzy) {
					found.add(fuzzy);
				}
			}

			@Override
			public void consumeTermsMatching(Query leaf, String field,
					java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
				visitLeaf(leaf);
			}
		});
		return found;
	}

	static int expansions(FuzzyQuery fuzzy) {
		return ((TopTermsRewrite<?>) fuzzy.getRewriteMethod()).getSize();
	}

	static PlaybookQueryParser parser(boolean fuzzy) {
		return new PlaybookQueryParser(Analyzers.query(null), Analyzers.index(), fuzzy, Map.of());
	}

	@Test
	void similarEntriesAreBoundedLikeAPage() throws Exception {
		String id = search.search(SearchRequest.of("active listening")).hits().get(0).id();
		assertEquals(List.of(), search.similar(id, 0), "none asked for, none given (no Lucene error)");
		assertEquals(List.of(), search.similar(id, -5));
		refused(Limit.PAGE_SIZE, () -> search.similar(id, SearchLimits.MAX_LIMIT + 1));
		assertEquals(1, search.similar(id, 1).size());
	}

	@Test
	void pagingIsBoundedWithoutOverflow() throws Exception {
		SearchRequest customer = SearchRequest.of("customer");
		SearchLimitException huge = refused(Limit.PAGE_SIZE, () -> search.search(customer.withLimit(1_000_000_000)));
		assertEquals(SearchLimits.MAX_LIMIT, huge.maximum());
		assertEquals(1_000_000_000, huge.requested());
		assertTrue(huge.getMessage().contains("at most 1000 hits"), huge.getMessage());
		refused(Limit.PAGE_SIZE, () -> search.search(customer.withLimit(Integer.MAX_VALUE)));
		SearchLimitException far = refused(Limit.PAGE_WINDOW, () -> search.search(customer.withOffset(Integer.MAX_VALUE)));
		assertEquals(Integer.MAX_VALUE + 10L, far.requested(), "offset + limit computed without overflow");
		assertEquals(SearchLimits.MAX_WINDOW, far.maximum());
		refused(Limit.PAGE_WINDOW, () -> search.search(customer.withOffset(9_991)));
		refused(Limit.PAGE_WINDOW, () -> search.search(customer.withOffset(9_001).withLimit(1000)));

		SearchResults all = search.search(customer.withLimit(SearchLimits.MAX_LIMIT));
		assertTrue(all.totalHits() > 10 && all.exactTotal());
		assertEquals(all.totalHits(), all.hits().size(), "the largest page holds every match");
		SearchResults last = search.search(customer.withOffset(9_990));
		assertEquals(all.totalHits(), last.totalHits());
		assertEquals(List.of(), last.hits());
		SearchResults tail = search.search(customer.withOffset(10).withLimit(SearchLimits.MAX_LIMIT));
		assertEquals(all.hits().subList(10, all.hits().size()).stream().map(Hit::id).toList(),
				tail.hits().stream().map(Hit::id).toList());
	}

	@Test
	void tooManyTermsAreRefusedWithTheirCount() throws Exception {
		SearchLimitException ored = refused(Limit.CLAUSES, () -> search(words(200, " OR ", "")));
		assertEquals(200, ored.requested());
		assertEquals(SearchLimits.MAX_CLAUSES, ored.maximum());
		assertTrue(ored.getMessage().contains("200 words") && ored.getMessage().contains("at most 64"), ored.getMessage());
		assertEquals(65, refused(Limit.CLAUSES, () -> search(words(65, " ", ""))).requested());
		assertEquals(70, refused(Limit.CLAUSES, () -> search("\"" + words(70, " ", "") + "\"")).requested(),
				"every word of a phrase counts");
		assertEquals(66, refused(Limit.CLAUSES, () -> search(words(64, " ", "") + " type:phrase tag:billing")).requested());

		SearchResults most = search(words(64, " OR ", ""));
		assertTrue(most.totalHits() > 10, "64 words are searched: " + most.totalHits());
		assertTrue(search(words(60, " ", "") + " type:phrase").hits().stream().allMatch(h -> h.type().equals("phrase")));
	}

	@Test
	void overlongWordsAreRefused() throws Exception {
		String word = "a".repeat(5000);
		SearchLimitException e = refused(Limit.WORD_LENGTH, () -> search(word));
		assertEquals(5000, e.requested());
		assertEquals(SearchLimits.MAX_WORD_LENGTH, e.maximum());
		assertTrue(e.getMessage().contains("5000 characters") && e.getMessage().contains("at most 100"), e.getMessage());
		assertTrue(e.getMessage().length() < 400, "the message does not repeat the word: " + e.getMessage());
		refused(Limit.WORD_LENGTH, () -> search("calm " + "ab-".repeat(1700)));
		refused(Limit.WORD_LENGTH, () -> search("\"calm " + word + "\""));
		refused(Limit.WORD_LENGTH, () -> search("title:" + word));
		refused(Limit.WORD_LENGTH, () -> search(word + "*"));
		refused(Limit.WORD_LENGTH, () -> search(word + "~2"));

		SearchResults longest = search("empathy " + "q".repeat(SearchLimits.MAX_WORD_LENGTH));
		assertTrue(longest.hits().stream().anyMatch(h -> h.title().toLowerCase().contains("empath")), longest.hits().toString());
	}

	@Test
	void explicitNearSpellingsAreFewAndBounded() throws Exception {
		SearchLimitException many = refused(Limit.FUZZY_WORDS, () -> search(words(50, " ", "~2")));
		assertEquals(50, many.requested());
		assertEquals(SearchLimits.MAX_FUZZY_WORDS, many.maximum());
		assertTrue(many.getMessage().contains("50 near-spelling terms") && many.getMessage().contains("at most 5"),
				many.getMessage());

		SearchResults few = search("empaty~2 listning~1 title:reasure~2");
		assertTrue(few.hits().stream().anyMatch(h -> h.title().toLowerCase().contains("empath")), few.hits().toString());
		List<FuzzyQuery> fuzzy = fuzzyQueries(parser(false).parse("empaty~2 listning~1 title:reasure~2"));
		assertEquals(2 * Fields.DEFAULT_FIELDS.size() + 1, fuzzy.size(), fuzzy.toString());
		for (FuzzyQuery q : fuzzy) {
			assertEquals(SearchLimits.MAX_EXPANSIONS, expansions(q), "expansions of " + q);
		}
	}

	@Test
	void typoToleranceLooksAtTheFirstFewWordsOnly() throws Exception {
		String typos = words(64, " ", "x");
		PlaybookQueryParser tolerant = parser(true);
		List<FuzzyQuery> fuzzy = fuzzyQueries(tolerant.parse(typos));
		assertEquals(SearchLimits.MAX_FUZZY_WORDS * Fields.DEFAULT_FIELDS.size(), fuzzy.size(),
				"near spellings for " + SearchLimits.MAX_FUZZY_WORDS + " words in each default field");
		for (FuzzyQuery q : fuzzy) {
			assertEquals(SearchLimits.MAX_EXPANSIONS, expansions(q), "expansions of " + q);
		}
		tolerant.checkLimits(); // 64 words are within the limits

		SearchResults results = search(typos);
		assertTrue(results.fuzzy(), "near spellings were used");
		assertFalse(results.hits().isEmpty(), "a query of 64 misspelt words still finds entries");
		SearchResults oneTypo = search("empaty");
		assertEquals("empathy", oneTypo.didYouMean(), "a typo still gets its correction");
	}

	@Test
	void aQueryExpandingBeyondWhatTheIndexSearchesAtOnceIsATypedError() throws Exception {
		int max = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
		try {
			// Within the limits a query stays far below Lucene's 1024 terms; lower that bound to reach it.
			org.apache.lucene.search.IndexSearcher.setMaxClauseCount(12);
			SearchLimitException e = refused(Limit.TERMS, () -> search("calm listen angry billing refund"));
			assertTrue(e.getMessage().contains("expands to more than 12 index terms"), e.getMessage());
			assertEquals(12, e.maximum());
		} finally {
			org.apache.lucene.search.IndexSearcher.setMaxClauseCount(max);
		}
		assertFalse(search("calm listen angry billing refund").hits().isEmpty());
	}
}
