package parley.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import parley.core.service.Elements;
import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Identified;
import parley.search.Hit;
import parley.search.QuerySyntaxException;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.Suggestion;

import parley.fuzzchecks.FuzzChecks;

/**
 * Fuzz target 2 of issue 11, the search query: what a user types into the search box or after
 * {@code parley search}. The fuzzer's bytes (UTF-8) are the query, run against the starter playbook's index as
 * a plain search, a search with facets (page two), and as the prefix of suggestions.
 *
 * <p>Expected for every input: results that make sense (no more hits than asked for, totals not below the hits
 * shown, every hit an entry of the playbook, facet counts not above the total) or a
 * {@link QuerySyntaxException} whose message says what to do; never another exception, more than two seconds,
 * or a changed playbook file. Seeds: queries from the judged relevance set and the syntax the README
 * documents (src/test/resources/parley/search/lucene/QueryFuzzTestInputs).
 */
class QueryFuzzTest {

	/** Causes that are the parser's own report of the bad input (a query syntax error, a synonym rule Lucene cannot parse). */
	private static final Predicate<Throwable> PARSER_REPORT = cause -> cause instanceof org.apache.lucene.queryparser.classic.ParseException
			|| cause instanceof java.text.ParseException;

	private static Path work;
	private static Path folder;
	private static LuceneSearchService search;
	private static Set<String> ids;
	private static Map<String, String> files;

	@FuzzTest(maxDuration = "30s")
	void query(byte[] data) throws Exception {
		setUp();
		String query = new String(data, StandardCharsets.UTF_8);

		FuzzChecks.Outcome<SearchResults> plain = FuzzChecks.bounded("searching",
				() -> search.search(SearchRequest.of(query)));
		check(plain, 0, 10);
		FuzzChecks.Outcome<SearchResults> faceted = FuzzChecks.bounded("searching with facets",
				() -> search.search(SearchRequest.of(query).withOffset(5).withLimit(5).withFacets()));
		check(faceted, 5, 5);
		assertEquals(plain.error() == null, faceted.error() == null, "a query is valid with facets or without them");

		FuzzChecks.Outcome<List<Suggestion>> suggestions = FuzzChecks.bounded("suggesting",
				() -> search.suggest(query, 8));
		if (suggestions.error() != null) {
			throw new AssertionError("suggestions refused a prefix: " + suggestions.error(), suggestions.error());
		}
		assertTrue(suggestions.value().size() <= 8, "more suggestions than asked for");
		for (Suggestion s : suggestions.value()) {
			assertNotNull(s.text(), "a suggestion without text");
		}
		FuzzChecks.assertUnchanged(files, snapshot(), "searching");
	}

	private static void check(FuzzChecks.Outcome<SearchResults> outcome, int offset, int limit) {
		if (outcome.error() != null) {
			// A query Parley cannot read (QuerySyntaxException) or one over a limit (SearchLimitException).
			FuzzChecks.assertClearError(outcome.error(), parley.search.SearchException.class, PARSER_REPORT);
			return;
		}
		SearchResults results = outcome.value();
		assertTrue(results.hits().size() <= limit, "more hits than asked for");
		assertTrue(results.totalHits() >= results.hits().size(), () -> "total " + results.totalHits() + " below the hits shown");
		if (results.exactTotal()) {
			assertTrue(results.hits().size() == Math.max(0, Math.min(limit, results.totalHits() - offset)),
					() -> results.hits().size() + " hits on a page of " + limit + " from " + offset + " of " + results.totalHits());
		}
		for (Hit hit : results.hits()) {
			assertTrue(ids.contains(hit.id()), () -> "a hit that is not an entry: " + hit.id());
			assertTrue(Float.isFinite(hit.score()), () -> "score " + hit.score());
		}
		for (Map.Entry<String, Map<String, Integer>> facet : results.facets().entrySet()) {
			for (int count : facet.getValue().values()) {
				assertTrue(count > 0 && count <= results.totalHits(), () -> "facet " + facet + " against " + results.totalHits());
			}
		}
	}

	private static synchronized void setUp() throws Exception {
		if (work != null) {
			return;
		}
		work = Files.createTempDirectory("parley-fuzz-query");
		folder = work.resolve("playbook");
		StarterPlaybook.copyTo(folder);
		OpenPlaybook playbook = new XmiPlaybookStore().open(folder);
		search = LuceneSearchService.open(playbook, notice -> {
		});
		ids = new HashSet<>();
		for (EObject element : Elements.all(playbook.playbook())) {
			ids.add(((Identified) element).getId());
		}
		files = snapshot();
	}

	/** The playbook's files, not the index (a cache the service may write). */
	private static Map<String, String> snapshot() throws IOException {
		return FuzzChecks.snapshot(folder, f -> !f.startsWith(".parley/") && !f.startsWith(".git/"));
	}

	@AfterAll
	static void tearDown() throws IOException {
		if (search != null) {
			search.close();
			search = null;
		}
		if (work != null) {
			try (Stream<Path> walk = Files.walk(work)) {
				for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
					Files.delete(p);
				}
			}
			work = null;
		}
	}
}
