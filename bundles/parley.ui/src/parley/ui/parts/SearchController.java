package parley.ui.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.search.DuplicatePair;
import parley.search.Hit;
import parley.search.QuerySyntaxException;
import parley.search.SearchException;
import parley.search.SearchLimitException;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.SearchService;
import parley.search.Suggestion;

/**
 * What the search part does, without widgets (no SWT type, so it is tested without a display): the query
 * text and search as you type (a pause of {@link #DELAY_MS} through a {@link Scheduler}), requests run on a
 * worker (answers to older requests dropped: a generation counter), requests made while the index is being
 * built kept until the service arrives, facet filters (a filtered dimension counted without its own filter,
 * so its other values stay listed), paging, similar entries and near-duplicate phrases, and the rows and
 * info line shown. The {@link View} (the {@link SearchPart}'s widgets) is told what changed, always through
 * the {@code ui} executor (the thread that owns the model and the widgets); every method of this class runs
 * there too. Hits become rows in {@link ResultRows}.
 * <p>
 * Longer than 400 lines on purpose: it is one state machine (queries, pages, filters, similar entries and
 * near-duplicates share the request generation, the waiting request, the rows and the info line), and a
 * fifth of it is the small accessors the view and the tests read.
 */
public final class SearchController {

	static final int DELAY_MS = 150;
	static final int PAGE = 50;
	static final int SIMILAR = 20;
	static final int SUGGESTIONS = 8;
	static final double DUPLICATE_THRESHOLD = 0.6;

	/** Runs a task after a pause on the UI thread; scheduling a task again replaces its earlier schedule. */
	public interface Scheduler {
		void schedule(Runnable task, int delayMs);

		void cancel(Runnable task);
	}

	/** What shows the controller's state (the part's widgets). Called on the UI thread. */
	public interface View {
		/** The rows changed; {@code fromTop}: a new list (scroll to its top), else rows were appended. */
		void rowsChanged(boolean fromTop);

		/** Facet counts by dimension to show, with {@link SearchController#filters()} checked. */
		void facetsChanged(Map<String, Map<String, Integer>> counts);

		/** The info line changed (link markup: {@code <a href="...">}, '&' doubled). */
		void infoChanged(String linkText);

		/** Whether "more results" is offered changed ({@link SearchController#moreVisible()}). */
		void moreChanged();

		/** The controller sets the query text (a "did you mean" was chosen). */
		void queryTextChanged(String text);
	}

	/** What the result list shows. */
	public enum Mode {
		QUERY, SIMILAR, DUPLICATES
	}

	/** One row of the result list: the entry it opens, its title and a snippet with matches marked «like this». */
	public record Row(Entry entry, String title, String snippet) {
	}

	private final View view;
	private final Scheduler scheduler;
	private final Executor ui;
	private final Executor worker;
	private SearchService search;
	private Supplier<Playbook> playbook = () -> null;

	private String query = "";
	private Mode mode = Mode.QUERY;
	private int pageSize = PAGE;
	private final Map<String, Set<String>> filters = new LinkedHashMap<>();
	private final List<Row> rows = new ArrayList<>();
	private SearchRequest shown;
	private long total;
	private String info = "";
	/** Bumped by every request; an answer to an older one is dropped. */
	private int generation;
	/** A request waiting for the search service (the index is still being built). */
	private Runnable waiting;
	private boolean disposed;
	/** Requests handed to the worker whose answer has not come back to the UI thread yet. */
	private int inFlight;
	/** Whether a typed query waits for the end of the typing pause. */
	private boolean typing;
	private final Runnable typed = () -> {
		typing = false;
		runQuery(0);
	};
	private static final String BACK = ".   <a href=\"search\">Back to the search</a>";

	/**
	 * @param ui     runs answers on the thread of the view and the model
	 * @param worker runs searches, one at a time
	 */
	public SearchController(View view, Scheduler scheduler, Executor ui, Executor worker) {
		this.view = view;
		this.scheduler = scheduler;
		this.ui = ui;
		this.worker = worker;
	}

	/** Where hits are mapped back to entries (the editing session's playbook), or null for none. */
	public void setPlaybook(Supplier<Playbook> playbook) {
		this.playbook = playbook == null ? () -> null : playbook;
	}

	/** Starts showing: the info line says whether the index is ready. */
	public void start(SearchService service) {
		this.search = service;
		showInfo(service == null ? "Indexing the playbook for search…" : "Type to search the playbook.");
		view.moreChanged();
	}

	/**
	 * The search service arrived (or went, with null): a request waiting for it runs now, else the query
	 * typed runs again.
	 */
	public void setService(SearchService service) {
		this.search = service;
		if (disposed) {
			return;
		}
		if (service == null) {
			generation++;
			showInfo("Indexing the playbook for search…");
			return;
		}
		Runnable pending = waiting;
		waiting = null;
		if (pending != null) {
			pending.run();
		} else if (!query.isBlank()) {
			runQuery(0);
		} else {
			showInfo("Type to search the playbook.");
		}
	}

	// ---- the query ----

	/** The user changed the query text: it runs after the typing pause. */
	public void typed(String text) {
		query = text == null ? "" : text;
		scheduler.cancel(this.typed);
		typing = true;
		scheduler.schedule(this.typed, DELAY_MS);
	}

	/** Runs the query now (Enter, a suggestion taken), without waiting for the pause. */
	public void runNow() {
		scheduler.cancel(typed);
		typing = false;
		runQuery(0);
	}

	/** Runs the query text with the chosen facet filters; {@code offset} above 0 appends the next page. */
	public void runQuery(int offset) {
		if (disposed) {
			return;
		}
		mode = Mode.QUERY;
		String text = query.strip();
		int request = ++generation;
		if (text.isEmpty()) {
			rows.clear();
			total = 0;
			shown = null;
			view.rowsChanged(true);
			view.facetsChanged(Map.of());
			showInfo(search == null ? "Indexing the playbook for search…" : "Type to search the playbook.");
			view.moreChanged();
			return;
		}
		SearchService current = search;
		if (current == null) {
			waiting = () -> runQuery(0);
			showInfo("Indexing the playbook for search… (the search runs when it is ready)");
			return;
		}
		Map<String, Set<String>> chosen = new LinkedHashMap<>();
		filters.forEach((dim, values) -> chosen.put(dim, new LinkedHashSet<>(values)));
		SearchRequest req = new SearchRequest(text, List.of(), List.of(), List.of(), offset, pageSize, true).withFilters(chosen);
		inFlight++;
		worker.execute(() -> {
			SearchResults found = null;
			String problem = null;
			try {
				found = withOtherValues(current, req, chosen, current.search(req));
			} catch (QuerySyntaxException | SearchLimitException e) {
				problem = e.getMessage(); // says what to change in the query
			} catch (SearchException | RuntimeException e) {
				problem = "Search failed: " + e.getMessage();
			}
			SearchResults answer = found;
			String error = problem;
			ui.execute(() -> {
				inFlight--;
				if (request != generation || disposed) {
					return; // a newer request was made meanwhile
				}
				if (answer == null) {
					showInfo(error);
				} else {
					showResults(req, answer);
				}
			});
		});
	}

	/**
	 * The counts of a dimension that has a filter are those of the query filtered on the other dimensions
	 * only, so the values not chosen stay listed (with what choosing them too would add).
	 */
	private static SearchResults withOtherValues(SearchService service, SearchRequest req,
			Map<String, Set<String>> chosen, SearchResults found) throws SearchException {
		if (chosen.isEmpty() || req.offset() > 0) {
			return found;
		}
		Map<String, Map<String, Integer>> facets = new LinkedHashMap<>(found.facets());
		for (String dim : chosen.keySet()) {
			Map<String, Set<String>> others = new LinkedHashMap<>(chosen);
			others.remove(dim);
			SearchResults without = service.search(req.withFilters(others).withLimit(1));
			facets.put(dim, without.facets().getOrDefault(dim, Map.of()));
		}
		return new SearchResults(found.totalHits(), found.exactTotal(), found.hits(), facets, found.didYouMean(),
				found.fuzzy());
	}

	private void showResults(SearchRequest req, SearchResults answer) {
		if (req.offset() == 0) {
			rows.clear();
		}
		rows.addAll(ResultRows.hits(playbook.get(), answer.hits()));
		shown = req;
		total = answer.totalHits();
		view.rowsChanged(req.offset() == 0);
		view.facetsChanged(answer.facets());
		StringBuilder line = new StringBuilder();
		line.append(total == 0 ? "No entries match" : total + (answer.exactTotal() ? "" : "+")
				+ (total == 1 ? " entry matches" : " entries match"));
		if (answer.fuzzy() && total > 0) {
			line.append(" (including near spellings)");
		}
		if (!filters.isEmpty()) {
			line.append(" with the chosen filters");
		}
		if (total > rows.size()) {
			line.append("; showing ").append(rows.size());
		}
		String text = escape(line.toString());
		if (answer.didYouMean() != null) {
			text += ".   Did you mean: <a href=\"" + escape(answer.didYouMean()) + "\">" + escape(answer.didYouMean())
					+ "</a>?";
		}
		setInfo(text);
		view.moreChanged();
	}

	/** Appends the next page of results. */
	public void moreResults() {
		if (mode == Mode.QUERY && shown != null && rows.size() < total) {
			runQuery(rows.size());
		}
	}

	/** A link of the info line was followed: back to the search, or a "did you mean" query. */
	public void linkClicked(String href) {
		if ("similar".equals(href) || "search".equals(href)) {
			runQuery(0);
		} else if (href != null && !href.isEmpty()) {
			query = href;
			view.queryTextChanged(href);
			runQuery(0);
		}
	}

	// ---- similar entries, near-duplicates ----

	/** Shows the entries most like {@code entry}. */
	public void showSimilar(Entry entry) {
		mode = Mode.SIMILAR;
		int request = ++generation;
		String title = entry.getTitle();
		SearchService current = search;
		if (current == null) {
			waiting = () -> showSimilar(entry);
			showInfo("Indexing the playbook for search… (entries like '" + title + "' follow when it is ready)");
			return;
		}
		String id = entry.getId();
		showInfo("Looking for entries like '" + title + "'…");
		inFlight++;
		worker.execute(() -> {
			List<Hit> hits;
			try {
				hits = current.similar(id, SIMILAR);
			} catch (SearchException | RuntimeException e) {
				hits = null;
			}
			List<Hit> answer = hits;
			ui.execute(() -> {
				inFlight--;
				if (request != generation || disposed) {
					return;
				}
				if (answer == null) {
					showInfo("Could not find entries like '" + title + "'.");
					return;
				}
				List<Row> found = ResultRows.similar(playbook.get(), answer);
				showList(found, escape(found.size() + (found.size() == 1 ? " entry" : " entries") + " like '" + title
						+ "'") + BACK);
			});
		});
	}

	/** Lists pairs of phrases with nearly the same wording (each row opens the first of its pair). */
	public void findDuplicates() {
		mode = Mode.DUPLICATES;
		int request = ++generation;
		SearchService current = search;
		if (current == null) {
			waiting = this::findDuplicates;
			showInfo("Indexing the playbook for search… (near-duplicates follow when it is ready)");
			return;
		}
		showInfo("Looking for near-duplicate phrases…");
		inFlight++;
		worker.execute(() -> {
			List<DuplicatePair> pairs;
			try {
				pairs = current.duplicatePhrases(DUPLICATE_THRESHOLD);
			} catch (SearchException | RuntimeException e) {
				pairs = null;
			}
			List<DuplicatePair> answer = pairs;
			ui.execute(() -> {
				inFlight--;
				if (request != generation || disposed) {
					return;
				}
				if (answer == null) {
					showInfo("Could not look for near-duplicate phrases.");
					return;
				}
				List<Row> found = ResultRows.duplicates(playbook.get(), answer);
				showList(found, escape(found.size() + " near-duplicate phrase " + (found.size() == 1 ? "pair" : "pairs")
						+ " (" + Math.round(DUPLICATE_THRESHOLD * 100) + "% of words shared or more)") + BACK);
			});
		});
	}

	private void showList(List<Row> found, String infoText) {
		rows.clear();
		rows.addAll(found);
		total = found.size();
		shown = null;
		view.rowsChanged(true);
		view.facetsChanged(Map.of());
		setInfo(infoText);
		view.moreChanged();
	}

	// ---- facets ----

	/** Adds or removes one facet value from the filters and runs the query again. */
	public void setFilter(String dimension, String value, boolean on) {
		Set<String> values = filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
		if (on) {
			values.add(value);
		} else {
			values.remove(value);
		}
		if (values.isEmpty()) {
			filters.remove(dimension);
		}
		runQuery(0);
	}

	/** Drops a dimension's filter and runs the query again. */
	public void clearFilter(String dimension) {
		filters.remove(dimension);
		runQuery(0);
	}

	// ---- suggestions ----

	/** Completions of what is typed (titles and phrase wordings); a quick index lookup, empty while indexing. */
	public List<String> suggestions(String typed) {
		SearchService current = search;
		if (current == null || typed.isBlank() || typed.contains(":") || typed.contains("\"")) {
			return List.of();
		}
		try {
			Set<String> texts = new LinkedHashSet<>();
			for (Suggestion s : current.suggest(typed.strip(), SUGGESTIONS)) {
				texts.add(s.text());
			}
			return new ArrayList<>(texts);
		} catch (SearchException | RuntimeException e) {
			return List.of();
		}
	}

	// ---- state ----

	private void showInfo(String plain) {
		setInfo(escape(plain));
	}

	private void setInfo(String linkText) {
		info = linkText;
		view.infoChanged(linkText);
	}

	/** Link text: '&' would be a mnemonic and '<' a tag. */
	static String escape(String text) {
		return text.replace("&", "&&").replace("<", "&lt;");
	}

	public String query() {
		return query;
	}

	public List<Row> rows() {
		return List.copyOf(rows);
	}

	public Mode mode() {
		return mode;
	}

	public long total() {
		return total;
	}

	/** The info line as link markup. */
	public String info() {
		return info;
	}

	/** Whether there are more results of the query shown to fetch. */
	public boolean moreVisible() {
		return mode == Mode.QUERY && shown != null && rows.size() < total;
	}

	/** How many results of the query shown are not fetched yet. */
	public long remaining() {
		return Math.max(0, total - rows.size());
	}

	/**
	 * Whether nothing is under way: no typing pause running, no request whose answer has not arrived (a
	 * request waiting for the service does not count; see {@link #isWaiting()}).
	 */
	public boolean isIdle() {
		return !typing && inFlight == 0;
	}

	/** Whether a request waits for the search service. */
	public boolean isWaiting() {
		return waiting != null;
	}

	/** Hits fetched per page (tests use small pages). */
	public void setPageSize(int pageSize) {
		this.pageSize = pageSize;
	}

	/** The query of the results shown, or null when they are not a query's. */
	public String shownQuery() {
		return shown == null ? null : shown.query();
	}

	/** The chosen facet values by dimension (live: the view reads it). */
	public Map<String, Set<String>> filters() {
		return filters;
	}

	/** Stops: later answers and timers do nothing. */
	public void dispose() {
		disposed = true;
		typing = false;
		scheduler.cancel(typed);
	}
}
