package parley.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Technique;
import parley.search.DuplicatePair;
import parley.search.Hit;
import parley.search.SearchException;
import parley.search.SearchLimitException;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.SearchService;
import parley.search.Suggestion;
import parley.ui.parts.SearchController.Mode;
import parley.ui.parts.SearchController.Row;

/**
 * The search part's controller without a display (issue 12): a manual clock for the typing pause, queues
 * for the worker and the UI thread, and a search service that answers what each test says. Every step is
 * run explicitly, so nothing waits or sleeps.
 */
class TestSearchController {

	/** The typing pause, run when the test says the time has passed. */
	private static final class ManualClock implements SearchController.Scheduler {
		final Map<Runnable, Integer> pending = new LinkedHashMap<>();

		@Override
		public void schedule(Runnable task, int delayMs) {
			pending.put(task, delayMs);
		}

		@Override
		public void cancel(Runnable task) {
			pending.remove(task);
		}

		void elapse() {
			List<Runnable> due = new ArrayList<>(pending.keySet());
			pending.clear();
			due.forEach(Runnable::run);
		}
	}

	/** What the view was told, in order. */
	private static final class Recorder implements SearchController.View {
		final List<String> events = new ArrayList<>();
		Map<String, Map<String, Integer>> facets = Map.of();
		String info = "";
		String queryText;

		@Override
		public void rowsChanged(boolean fromTop) {
			events.add(fromTop ? "rows" : "rows appended");
		}

		@Override
		public void facetsChanged(Map<String, Map<String, Integer>> counts) {
			facets = counts;
			events.add("facets");
		}

		@Override
		public void infoChanged(String linkText) {
			info = linkText;
			events.add("info");
		}

		@Override
		public void moreChanged() {
			events.add("more");
		}

		@Override
		public void queryTextChanged(String text) {
			queryText = text;
		}
	}

	/** A search service that records requests and answers with {@link #answer}. */
	private static final class FakeSearch implements SearchService {
		final List<SearchRequest> requests = new ArrayList<>();
		Function<SearchRequest, SearchResults> answer = r -> new SearchResults(0, true, List.of(), Map.of(), null, false);
		SearchException failure;
		List<Hit> similar = List.of();
		List<DuplicatePair> duplicates = List.of();

		@Override
		public SearchResults search(SearchRequest request) throws SearchException {
			requests.add(request);
			if (failure != null) {
				throw failure;
			}
			return answer.apply(request);
		}

		@Override
		public List<Suggestion> suggest(String prefix, int limit) {
			return List.of(new Suggestion(prefix + "athy first", "id", "phrase"), new Suggestion(prefix + "athy first", "id2", "phrase"));
		}

		@Override
		public List<Hit> similar(String entryId, int limit) {
			return similar;
		}

		@Override
		public List<Hit> similarToText(String text, int limit) {
			return similar;
		}

		@Override
		public List<DuplicatePair> duplicatePhrases(double threshold) {
			return duplicates;
		}

		@Override
		public void reindex() {
		}

		@Override
		public int indexedEntries() {
			return 0;
		}

		@Override
		public void close() {
		}
	}

	private final ManualClock clock = new ManualClock();
	private final Recorder view = new Recorder();
	private final Queue<Runnable> worker = new ArrayDeque<>();
	private final Queue<Runnable> ui = new ArrayDeque<>();
	private final FakeSearch search = new FakeSearch();
	private final List<Technique> techniques = new ArrayList<>();
	private Playbook playbook;
	private SearchController controller;

	@BeforeEach
	void create() {
		playbook = PlaybookFactory.eINSTANCE.createPlaybook();
		for (int i = 0; i < 5; i++) {
			Technique t = PlaybookFactory.eINSTANCE.createTechnique();
			t.setTitle("Technique " + i);
			t.setSummary("Summary " + i);
			playbook.getTechniques().add(t);
			techniques.add(t);
		}
		controller = new SearchController(view, clock, ui::add, worker::add);
		controller.setPlaybook(() -> playbook);
		// Hits for the techniques in order, paged as asked; facets by type.
		search.answer = r -> {
			List<Hit> hits = new ArrayList<>();
			for (int i = r.offset(); i < Math.min(techniques.size(), r.offset() + r.limit()); i++) {
				Technique t = techniques.get(i);
				hits.add(new Hit(t.getId(), "technique", t.getTitle(), 1f, "title", "«" + r.query() + "» " + i));
			}
			return new SearchResults(techniques.size(), true, hits, Map.of("type", Map.of("technique", 5, "phrase", 2)),
					null, false);
		};
	}

	/** Runs what the worker and the UI thread have queued, worker first, until both are idle. */
	private void settle() {
		while (!worker.isEmpty() || !ui.isEmpty()) {
			while (!worker.isEmpty()) {
				worker.remove().run();
			}
			while (!ui.isEmpty()) {
				ui.remove().run();
			}
		}
	}

	private List<String> titles() {
		return controller.rows().stream().map(Row::title).toList();
	}

	@Test
	void typingRunsOneSearchAfterThePause() {
		controller.start(search);
		controller.typed("a");
		controller.typed("an");
		controller.typed("angry");
		assertEquals(1, clock.pending.size(), "one pending search, restarted by each key");
		assertEquals(SearchController.DELAY_MS, clock.pending.values().iterator().next());
		settle();
		assertEquals(List.of(), search.requests, "nothing searched before the pause ends");
		assertFalse(controller.isIdle(), "the typing pause runs");
		clock.elapse();
		assertFalse(controller.isIdle(), "the search runs");
		settle();
		assertTrue(controller.isIdle());
		assertEquals(List.of("angry"), search.requests.stream().map(SearchRequest::query).toList());
		assertEquals("angry", controller.shownQuery());
		assertEquals(5, controller.rows().size());
		assertTrue(view.info.startsWith("5 entries match"), view.info);
	}

	@Test
	void onlyTheLastRequestIsShown() {
		controller.start(search);
		controller.typed("angry");
		controller.runNow();
		controller.typed("empathy");
		controller.runNow();
		assertTrue(clock.pending.isEmpty(), "running now cancels the pause");
		settle(); // both searches run, the answer to "angry" arrives first and is dropped
		assertEquals(List.of("angry", "empathy"), search.requests.stream().map(SearchRequest::query).toList());
		assertEquals("empathy", controller.shownQuery());
		assertTrue(controller.rows().stream().allMatch(r -> r.snippet().startsWith("«empathy»")), controller.rows().toString());
	}

	@Test
	void aRequestMadeWhileTheIndexIsBuiltRunsWhenTheServiceArrives() {
		controller.start(null);
		assertEquals("Indexing the playbook for search…", view.info);
		controller.typed("calm");
		clock.elapse();
		settle();
		assertTrue(controller.isWaiting());
		assertTrue(view.info.contains("the search runs when it is ready"), view.info);
		assertTrue(controller.rows().isEmpty(), "nothing searched without a service");
		controller.setService(search);
		settle();
		assertFalse(controller.isWaiting());
		assertEquals("calm", controller.shownQuery());
	}

	@Test
	void anAnswerToARequestMadeBeforeTheServiceWentIsDropped() {
		controller.start(search);
		controller.typed("calm");
		controller.runNow();
		controller.setService(null); // the playbook closed while the search ran
		settle();
		assertNull(controller.shownQuery());
		assertEquals("Indexing the playbook for search…", view.info);
	}

	@Test
	void aFilteredDimensionIsCountedWithoutItsOwnFilter() {
		controller.start(search);
		controller.typed("calm");
		controller.setFilter("type", "technique", true);
		settle();
		SearchRequest filtered = search.requests.get(0);
		assertEquals(List.of("technique"), filtered.types());
		assertEquals(List.of(), search.requests.get(1).types(), "the type counts come from a search without the type filter");
		assertEquals(1, search.requests.get(1).limit());
		assertEquals(Map.of("technique", 5, "phrase", 2), view.facets.get("type"));
		assertTrue(view.info.contains("with the chosen filters"), view.info);
		controller.clearFilter("type");
		settle();
		assertTrue(controller.filters().isEmpty());
		assertEquals(List.of(), search.requests.get(search.requests.size() - 1).types());
	}

	@Test
	void moreResultsAppendsTheNextPage() {
		controller.start(search);
		controller.setPageSize(2);
		controller.typed("customer");
		controller.runNow();
		settle();
		assertEquals(List.of("Technique 0", "Technique 1"), titles());
		assertTrue(controller.moreVisible());
		assertEquals(3, controller.remaining());
		view.events.clear();
		controller.moreResults();
		settle();
		assertEquals(2, search.requests.get(1).offset());
		assertEquals(List.of("Technique 0", "Technique 1", "Technique 2", "Technique 3"), titles());
		assertTrue(view.events.contains("rows appended"), view.events.toString());
		assertTrue(view.info.contains("showing 4"), view.info);
	}

	@Test
	void didYouMeanIsALinkThatRunsTheCorrection() {
		controller.start(search);
		var answer = search.answer;
		search.answer = r -> r.query().equals("empaty") ? new SearchResults(0, true, List.of(), Map.of(), "empathy", true)
				: answer.apply(r);
		controller.typed("empaty");
		controller.runNow();
		settle();
		assertTrue(view.info.contains("Did you mean: <a href=\"empathy\">empathy</a>?"), view.info);
		controller.linkClicked("empathy");
		assertEquals("empathy", view.queryText);
		settle();
		assertEquals("empathy", controller.shownQuery());
	}

	@Test
	void aQueryOverTheLimitsSaysWhatToChange() {
		controller.start(search);
		search.failure = new SearchLimitException(SearchLimitException.Limit.WORD_LENGTH, 100, 500,
				"The query has a word of 500 characters; words may have at most 100.");
		controller.typed("x".repeat(500));
		controller.runNow();
		settle();
		assertEquals("The query has a word of 500 characters; words may have at most 100.", view.info);
		assertTrue(controller.rows().isEmpty());
	}

	@Test
	void hitsOfEntriesNoLongerInThePlaybookAreNotShown() {
		controller.start(search);
		playbook.getTechniques().remove(techniques.get(0));
		controller.typed("calm");
		controller.runNow();
		settle();
		assertEquals(4, controller.rows().size());
		assertFalse(titles().contains("Technique 0"));
	}

	@Test
	void similarEntriesAndDuplicatesAreListedWithoutPaging() {
		controller.start(search);
		Technique one = techniques.get(1);
		Technique two = techniques.get(2);
		search.similar = List.of(new Hit(two.getId(), "technique", two.getTitle(), 1f, null, null));
		controller.showSimilar(one);
		assertEquals(Mode.SIMILAR, controller.mode());
		settle();
		assertEquals(List.of(new Row(two, "Technique 2", "Summary 2")), controller.rows());
		assertTrue(view.info.contains("1 entry like 'Technique 1'") && view.info.contains("<a href=\"search\">"), view.info);
		assertFalse(controller.moreVisible());

		Phrase a = PlaybookFactory.eINSTANCE.createPhrase();
		a.setTitle("Sorry A");
		Phrase b = PlaybookFactory.eINSTANCE.createPhrase();
		b.setTitle("Sorry B");
		playbook.getPhrases().add(a);
		playbook.getPhrases().add(b);
		search.duplicates = List.of(new DuplicatePair(new Hit(a.getId(), "phrase", "Sorry A", 0, null, null),
				new Hit(b.getId(), "phrase", "Sorry B", 0, null, null), 0.8));
		controller.findDuplicates();
		settle();
		assertEquals(Mode.DUPLICATES, controller.mode());
		List<Entry> shown = controller.rows().stream().map(Row::entry).toList();
		assertEquals(List.of(a), shown);
		assertEquals("«80%» alike: Sorry B", controller.rows().get(0).snippet());
		assertTrue(view.info.startsWith("1 near-duplicate phrase pair"), view.info);
	}

	@Test
	void suggestionsAreDistinctAndNotOfferedForFieldsOrPhrases() {
		controller.start(search);
		assertEquals(List.of("empathy first"), controller.suggestions("emp"));
		assertEquals(List.of(), controller.suggestions("type:phr"));
		assertEquals(List.of(), controller.suggestions("\"calm"));
		controller.setService(null);
		assertEquals(List.of(), controller.suggestions("emp"), "none while indexing");
	}

	@Test
	void anEmptyQueryClearsTheResults() {
		controller.start(search);
		controller.typed("calm");
		controller.runNow();
		settle();
		assertFalse(controller.rows().isEmpty());
		controller.typed("  ");
		clock.elapse();
		settle();
		assertTrue(controller.rows().isEmpty());
		assertEquals(0, controller.total());
		assertEquals("Type to search the playbook.", view.info);
	}

	@Test
	void afterDisposeNothingIsShown() {
		controller.start(search);
		controller.typed("calm");
		controller.runNow();
		controller.dispose();
		view.events.clear();
		settle();
		assertEquals(List.of(), view.events);
		assertTrue(clock.pending.isEmpty());
	}
}
