package parley.bench;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import parley.core.bench.Benchmarks;

/**
 * The benchmark suite: runs one of the five benchmarks by name and returns its figures (the components of its
 * result record, in order, which {@code --json} prints) with its text report. Registered as the
 * {@link Benchmarks} service by Declarative Services ({@code OSGI-INF/parley.bench.ParleyBenchmarks.xml}).
 */
public final class ParleyBenchmarks implements Benchmarks {

	private static final List<String> NAMES = List.of("store", "search", "vcs", "publish", "check");

	@Override
	public List<String> names() {
		return NAMES;
	}

	@Override
	public Result run(String name, Options options, Consumer<String> progress) throws Exception {
		return switch (name) {
		case "store" -> {
			StoreBenchmark.Result r = new StoreBenchmark(options.entities(), options.rounds(), options.warmup(), progress)
					.run(options.workDir());
			yield result(r, String.format("store benchmark: %d entities, %d files, %.1f MB on disk, %s%n", r.entities(),
					r.files(), r.bytesOnDisk() / 1e6, machine())
					+ String.format("  create (first save)        %8.1f ms%n", r.createMs())
					+ String.format("  load                median %8.1f ms   max %8.1f ms%n", r.loadMedianMs(), r.loadMaxMs())
					+ String.format("  save one edit       median %8.1f ms   max %8.1f ms%n", r.saveOneEditMedianMs(),
							r.saveOneEditMaxMs())
					+ String.format("  save all shards     median %8.1f ms   max %8.1f ms%n", r.saveAllShardsMedianMs(),
							r.saveAllShardsMaxMs()));
		}
		case "search" -> {
			SearchBenchmark.Result r = new SearchBenchmark(options.entities(), options.rounds(), progress).run(options.workDir());
			yield result(r, String.format("search benchmark: %d entities, %s%n", r.entities(), machine())
					+ String.format("  full index build (warm, median)  %8.1f ms   (first, in a fresh JVM: %.0f ms)%n",
							r.buildMs(), r.firstBuildMs())
					+ String.format("  query + highlight (%d runs)  p50 %8.2f ms   p99 %8.2f ms%n", r.queries(), r.queryP50(),
							r.queryP99())
					+ String.format("  suggest                      p50 %8.2f ms   p99 %8.2f ms   (first call builds: %.0f ms)%n",
							r.suggestP50(), r.suggestP99(), r.suggestBuildMs())
					+ String.format("  edit to searchable           p50 %8.2f ms   p99 %8.2f ms%n", r.editP50(), r.editP99())
					+ String.format("  plain Lucene, same entries and queries (StandardAnalyzer, one body field, no facets):%n")
					+ String.format("    full index build (warm, median)  %8.1f ms   Parley %.2fx%n", r.luceneBuildMs(),
							r.buildMs() / r.luceneBuildMs())
					+ String.format("    query + highlight          p50 %8.2f ms   p99 %8.2f ms   Parley p50 %.2fx, p99 %.2fx%n",
							r.luceneQueryP50(), r.luceneQueryP99(), r.queryP50() / r.luceneQueryP50(),
							r.queryP99() / r.luceneQueryP99())
					+ String.format("  SQLite FTS5, same entries and queries (porter tokenizer, bm25, snippet()):%n")
					+ String.format("    full index build (warm, median)  %8.1f ms   Parley %.2fx%n", r.fts5BuildMs(),
							r.buildMs() / r.fts5BuildMs())
					+ String.format("    query + snippet            p50 %8.2f ms   p99 %8.2f ms   Parley p50 %.2fx, p99 %.2fx%n",
							r.fts5QueryP50(), r.fts5QueryP99(), r.queryP50() / r.fts5QueryP50(),
							r.queryP99() / r.fts5QueryP99()));
		}
		case "vcs" -> {
			VcsBenchmark.Result r = new VcsBenchmark(options.entities(), options.rounds(), progress).run(options.workDir());
			yield result(r, String.format("versioning benchmark: %d entities, %s%n", r.entities(), machine())
					+ String.format("  first version (all entries)          %8.1f ms%n", r.firstCommitMs())
					+ String.format("  version of one edited entry   median %8.1f ms   max %8.1f ms%n", r.commitOneP50(),
							r.commitOneMax())
					+ String.format("  semantic diff between versions       %8.1f ms%n", r.diffMs())
					+ String.format("  merge of 100 + 100 edits (sync)      %8.1f ms%n", r.mergeMs()));
		}
		case "publish" -> {
			PublishBenchmark.Result r = new PublishBenchmark(options.entities(), options.rounds(), progress)
					.run(options.workDir());
			yield result(r, String.format("publish benchmark: %d entities, %s%n", r.entities(), machine())
					+ String.format("  manual, first export in this JVM   %8.1f ms   (%d pages)%n", r.firstManualMs(),
							r.manualPages())
					+ String.format("  manual, warm               median  %8.1f ms   %6.1f pages/s   %.1f MB%n",
							r.manualMedianMs(), r.manualPagesPerSecond(), r.manualBytes() / 1e6)
					+ String.format("  pocket cards, warm         median  %8.1f ms   %6.1f pages/s   (%d cards)%n",
							r.cardsMedianMs(), r.cardPagesPerSecond(), r.cardPages()));
		}
		case "check" -> {
			CheckBenchmark.Result r = new CheckBenchmark(options.entities(), options.rounds(), progress)
					.run(options.workDir());
			yield result(r, String.format("reply check benchmark: %d macros (CSV) on the starter playbook, %s%n",
					r.macros(), machine())
					+ String.format("  checker built from the playbook      %8.1f ms%n", r.buildMs())
					+ String.format("  read + check, first pass             %8.1f ms   (%d findings)%n", r.firstMs(),
							r.findings())
					+ String.format("  read + check, warm          median   %8.1f ms   max %8.1f ms   %.0f macros/s%n",
							r.warmMedianMs(), r.warmMaxMs(), r.macrosPerSecond()));
		}
		default -> throw new IllegalArgumentException("no benchmark named '" + name + "'; there are " + NAMES);
		};
	}

	/** The figures of a result record, by component name in declaration order, and the text report. */
	static Result result(Record figures, String text) throws ReflectiveOperationException {
		Map<String, Object> map = new LinkedHashMap<>();
		for (RecordComponent component : figures.getClass().getRecordComponents()) {
			map.put(component.getName(), component.getAccessor().invoke(figures));
		}
		return new Result(map, text);
	}

	static String machine() {
		return "JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores";
	}
}
