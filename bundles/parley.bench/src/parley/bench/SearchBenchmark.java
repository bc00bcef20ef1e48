package parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import parley.core.sample.SyntheticPlaybook;
import parley.core.service.PlaybookQueries;
import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Entry;
import parley.search.LiveSearchService;
import parley.search.LiveUpdates;
import parley.search.SearchException;
import parley.search.SearchRequest;
import parley.search.SearchServices;

/**
 * Measures search on a generated playbook: full index build, queries with highlighting (and facets on
 * every other one), suggestions, and the time from an edit to the model until a search finds it, through the
 * search API only ({@link SearchServices}); then the same entries and queries on a bare Lucene index
 * ({@link LuceneBaseline}) and in SQLite FTS5 ({@link Fts5Baseline}), the baselines Parley's figures are compared
 * with.
 */
final class SearchBenchmark {

	/** Figures of one run, in milliseconds. */
	record Result(int entities, int queries, double firstBuildMs, double buildMs, double queryP50, double queryP99, double suggestP50,
			double suggestP99, double suggestBuildMs, double editP50, double editP99, double luceneBuildMs,
			double luceneQueryP50, double luceneQueryP99, double fts5BuildMs, double fts5QueryP50, double fts5QueryP99) {
	}

	private static final String[] WORDS = { "calm", "listen", "angry", "billing", "refund", "delay", "apology",
			"ownership", "options", "escalate", "supervisor", "empathy", "anxious", "confused", "promise", "clarify",
			"summarise", "acknowledge", "reassure", "explain", "pause", "boundary", "respect", "delivery", "outage",
			"invoice", "cancel", "warranty", "feedback", "patience" };

	private final int entities;
	private final int rounds;
	private final Consumer<String> progress;

	SearchBenchmark(int entities, int rounds, Consumer<String> progress) {
		this.entities = entities;
		this.rounds = rounds;
		this.progress = progress;
	}

	Result run(Path workDir) throws StoreException, SearchException, IOException {
		Path dir = workDir.resolve("search-bench-" + entities);
		progress.accept("generating and saving " + entities + " entities");
		new XmiPlaybookStore().create(dir, SyntheticPlaybook.generate(entities, 42));
		StarterPlaybook.copySynonymsTo(dir);
		OpenPlaybook open = new XmiPlaybookStore().open(dir);

		progress.accept("building the index");
		long t0 = System.nanoTime();
		LiveSearchService search = SearchServices.open(open, notice -> { });
		double firstBuildMs = ms(System.nanoTime() - t0);
		Result result;
		try (search) {
			progress.accept("rebuilding the index (warm)");
			List<Double> builds = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				long b = System.nanoTime();
				search.reindex();
				builds.add(ms(System.nanoTime() - b));
			}
			result = measure(search, open, dir, firstBuildMs, percentile(builds, 50));
		}
		// Only after the index is closed: its merge threads may still be writing files until then.
		deleteRecursively(dir);
		return result;
	}

	private Result measure(LiveSearchService search, OpenPlaybook open, Path dir, double firstBuildMs, double buildMs)
			throws SearchException, IOException {
		try (LiveUpdates live = search.followModel()) {
			Random random = new Random(1);
			List<String> queries = queries(random);
			progress.accept("warming up");
			for (String q : queries) {
				search.search(SearchRequest.of(q));
			}
			progress.accept("queries");
			List<Double> queryTimes = new ArrayList<>();
			for (int r = 0; r < rounds; r++) {
				for (int i = 0; i < queries.size(); i++) {
					SearchRequest request = SearchRequest.of(queries.get(i));
					if (i % 2 == 0) {
						request = request.withFacets();
					}
					long s = System.nanoTime();
					search.search(request);
					queryTimes.add(ms(System.nanoTime() - s));
				}
			}

			progress.accept("suggestions");
			long sb = System.nanoTime();
			search.suggest("warm", 8);
			double suggestBuildMs = ms(System.nanoTime() - sb);
			List<Double> suggestTimes = new ArrayList<>();
			for (int r = 0; r < rounds; r++) {
				for (String word : WORDS) {
					for (int len = 3; len <= Math.min(6, word.length()); len++) {
						long s = System.nanoTime();
						search.suggest(word.substring(0, len), 8);
						suggestTimes.add(ms(System.nanoTime() - s));
					}
				}
			}

			progress.accept("edit to searchable");
			List<Entry> all = new PlaybookQueries(open.playbook()).entries();
			List<Double> editTimes = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				Entry entry = all.get(random.nextInt(all.size()));
				String token = "zqx" + i + "marker";
				long s = System.nanoTime();
				entry.setTitle(entry.getTitle() + " " + token);
				if (search.search(SearchRequest.of(token)).totalHits() != 1) {
					throw new IllegalStateException("an edit was not searchable: " + token);
				}
				editTimes.add(ms(System.nanoTime() - s));
			}
			progress.accept("plain Lucene baseline (same entries and queries)");
			LuceneBaseline.Figures lucene;
			try {
				lucene = LuceneBaseline.run(all, queries, rounds, dir.resolve("baseline-index"));
			} catch (org.apache.lucene.queryparser.classic.ParseException e) {
				throw new IllegalStateException("a benchmark query does not parse: " + e.getMessage(), e);
			}
			progress.accept("SQLite FTS5 baseline (same entries and queries)");
			LuceneBaseline.Figures fts5;
			try {
				fts5 = Fts5Baseline.run(all, queries, rounds, dir);
			} catch (java.sql.SQLException e) {
				throw new IOException("the SQLite FTS5 baseline failed: " + e.getMessage(), e);
			}
			return new Result(entities, queryTimes.size(), firstBuildMs, buildMs, percentile(queryTimes, 50), percentile(queryTimes, 99),
					percentile(suggestTimes, 50), percentile(suggestTimes, 99), suggestBuildMs, percentile(editTimes, 50),
					percentile(editTimes, 99), lucene.buildMs(), lucene.queryP50(), lucene.queryP99(), fts5.buildMs(),
					fts5.queryP50(), fts5.queryP99());
		}
	}

	/** The 60 query strings, the same for Parley and the baselines: words, pairs, phrases, a type filter, an exclusion, prefixes. */
	static List<String> queries(Random random) {
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String a = WORDS[random.nextInt(WORDS.length)];
			String b = WORDS[random.nextInt(WORDS.length)];
			queries.add(switch (i % 6) {
			case 0 -> a;
			case 1 -> a + " " + b;
			case 2 -> "\"" + a + " " + b + "\"";
			case 3 -> "type:phrase " + a;
			case 4 -> a + " -type:technique";
			default -> a.substring(0, 4) + "*";
			});
		}
		return queries;
	}

	static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		}
	}
}
