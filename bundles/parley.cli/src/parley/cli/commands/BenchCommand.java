package parley.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.sample.StoreBenchmark;
import parley.publish.bench.PublishBenchmark;
import parley.search.bench.SearchBenchmark;
import parley.vcs.VcsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley bench store|search|vcs}: figures on a generated playbook (see docs/PERFORMANCE.md). */
@Command(name = "bench", description = "Measure Parley on a generated playbook. Progress goes to stderr, figures to"
		+ " stdout.", subcommands = { BenchCommand.Store.class, BenchCommand.Search.class, BenchCommand.Vcs.class,
				BenchCommand.Publish.class })
final class BenchCommand extends CliCommand {

	BenchCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() {
		throw new CliException("name what to measure: 'parley bench store', 'search', 'vcs' or 'publish'",
				ParleyCli.USAGE);
	}

	/** One benchmark run in a working folder, reporting its steps. */
	interface Benchmark<R> {
		R run(Path work, Consumer<String> progress) throws Exception;
	}

	/** Options every benchmark takes, and the run-and-print steps they share. */
	abstract static class Common extends CliCommand {

		Common(CliContext context) {
			super(context);
		}

		@Option(names = "--entities", paramLabel = "N",
				description = "Playbook size (default 100000; for publish 780, about 300 manual pages).")
		Integer entities;

		/** The playbook size: --entities, else this benchmark's default. */
		int entities() {
			return entities != null ? entities : defaultEntities();
		}

		int defaultEntities() {
			return 100_000;
		}

		@Option(names = "--dir", paramLabel = "DIR", description = "Where to write the generated playbook (default: a temporary folder).")
		Path dir;

		@Option(names = "--json", description = "Print machine-readable JSON.")
		boolean json;

		/** Runs {@code benchmark} in the working folder and prints its result as text or JSON. */
		<R> Integer measure(Benchmark<R> benchmark, BiConsumer<PrintWriter, R> print) {
			if (entities() < 10) {
				throw new CliException("--entities must be at least 10", ParleyCli.USAGE);
			}
			try {
				Path work = dir != null ? Files.createDirectories(context.resolvePath(dir))
						: Files.createTempDirectory("parley-bench");
				R result = benchmark.run(work, step -> err().println("bench: " + step));
				if (dir == null) {
					Files.deleteIfExists(work);
				}
				if (json) {
					out().println(Json.GSON.toJson(result));
				} else {
					print.accept(out(), result);
				}
				return ParleyCli.OK;
			} catch (CliException e) {
				throw e;
			} catch (Exception e) {
				throw new CliException("benchmark failed: " + e.getMessage());
			}
		}

		static String machine() {
			return "JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores";
		}
	}

	@Command(name = "store", description = "Load, save one edit, save after editing every shard.")
	static final class Store extends Common {
		@Option(names = "--rounds", paramLabel = "R", defaultValue = "7", description = "Measured rounds (default ${DEFAULT-VALUE}).")
		int rounds;

		@Option(names = "--warmup", paramLabel = "W", defaultValue = "3", description = "Unmeasured warm-up rounds (default ${DEFAULT-VALUE}).")
		int warmup;

		Store(CliContext context) {
			super(context);
		}

		@Override
		int run() {
			return measure((work, progress) -> new StoreBenchmark(entities(), Math.max(1, rounds), Math.max(0, warmup), progress)
					.run(work), (out, r) -> {
						out.printf("store benchmark: %d entities, %d files, %.1f MB on disk, %s%n", r.entities(), r.files(),
								r.bytesOnDisk() / 1e6, machine());
						out.printf("  create (first save)        %8.1f ms%n", r.createMs());
						out.printf("  load                median %8.1f ms   max %8.1f ms%n", r.loadMedianMs(), r.loadMaxMs());
						out.printf("  save one edit       median %8.1f ms   max %8.1f ms%n", r.saveOneEditMedianMs(),
								r.saveOneEditMaxMs());
						out.printf("  save all shards     median %8.1f ms   max %8.1f ms%n", r.saveAllShardsMedianMs(),
								r.saveAllShardsMaxMs());
					});
		}
	}

	@Command(name = "search", description = "Index build, queries with highlighting, suggestions, edit to searchable.")
	static final class Search extends Common {
		@Option(names = "--rounds", paramLabel = "R", defaultValue = "10", description = "Rounds over the query set (default ${DEFAULT-VALUE}).")
		int rounds;

		Search(CliContext context) {
			super(context);
		}

		@Override
		int run() {
			return measure((work, progress) -> new SearchBenchmark(entities(), Math.max(1, rounds), progress).run(work),
					(out, r) -> {
						out.printf("search benchmark: %d entities, %s%n", r.entities(), machine());
						out.printf("  full index build (warm, median)  %8.1f ms   (first, in a fresh JVM: %.0f ms)%n",
								r.buildMs(), r.firstBuildMs());
						out.printf("  query + highlight (%d runs)  p50 %8.2f ms   p99 %8.2f ms%n", r.queries(), r.queryP50(),
								r.queryP99());
						out.printf("  suggest                      p50 %8.2f ms   p99 %8.2f ms   (first call builds: %.0f ms)%n",
								r.suggestP50(), r.suggestP99(), r.suggestBuildMs());
						out.printf("  edit to searchable           p50 %8.2f ms   p99 %8.2f ms%n", r.editP50(), r.editP99());
					});
		}
	}

	@Command(name = "vcs", description = "First version, one-entry versions, semantic diff, merge of two branches.")
	static final class Vcs extends Common {
		@Option(names = "--rounds", paramLabel = "R", defaultValue = "9", description = "One-entry versions to time (default ${DEFAULT-VALUE}).")
		int rounds;

		Vcs(CliContext context) {
			super(context);
		}

		@Override
		int run() {
			return measure((work, progress) -> new VcsBenchmark(entities(), Math.max(1, rounds), progress).run(work),
					(out, r) -> {
						out.printf("versioning benchmark: %d entities, %s%n", r.entities(), machine());
						out.printf("  first version (all entries)          %8.1f ms%n", r.firstCommitMs());
						out.printf("  version of one edited entry   median %8.1f ms   max %8.1f ms%n", r.commitOneP50(),
								r.commitOneMax());
						out.printf("  semantic diff between versions       %8.1f ms%n", r.diffMs());
						out.printf("  merge of 100 + 100 edits (sync)      %8.1f ms%n", r.mergeMs());
					});
		}
	}

	@Command(name = "publish", description = "PDF manual (first export in this JVM, then warm) and pocket cards.")
	static final class Publish extends Common {
		@Option(names = "--rounds", paramLabel = "R", defaultValue = "5", description = "Warm exports to time (default ${DEFAULT-VALUE}).")
		int rounds;

		Publish(CliContext context) {
			super(context);
		}

		@Override
		int defaultEntities() {
			return 780;
		}

		@Override
		int run() {
			return measure((work, progress) -> new PublishBenchmark(entities(), Math.max(1, rounds), progress).run(work),
					(out, r) -> {
						out.printf("publish benchmark: %d entities, %s%n", r.entities(), machine());
						out.printf("  manual, first export in this JVM   %8.1f ms   (%d pages)%n", r.firstManualMs(), r.manualPages());
						out.printf("  manual, warm               median  %8.1f ms   %6.1f pages/s   %.1f MB%n", r.manualMedianMs(),
								r.manualPagesPerSecond(), r.manualBytes() / 1e6);
						out.printf("  pocket cards, warm         median  %8.1f ms   %6.1f pages/s   (%d cards)%n", r.cardsMedianMs(),
								r.cardPagesPerSecond(), r.cardPages());
					});
		}
	}
}
