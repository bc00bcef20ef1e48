package parley.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.sample.StoreBenchmark;
import parley.core.store.StoreException;
import parley.search.SearchException;
import parley.search.lucene.SearchBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code parley bench store|search}: figures on a generated playbook (see docs/PERFORMANCE.md). */
@Command(name = "bench", description = "Measure Parley on a generated playbook. Progress goes to stderr, figures to"
		+ " stdout.", subcommands = { BenchCommand.Store.class, BenchCommand.Search.class, BenchCommand.Vcs.class })
final class BenchCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Override
	public Integer call() {
		throw new CliException("name what to measure: 'parley bench store', 'parley bench search' or 'parley bench vcs'",
				ParleyCli.USAGE);
	}

	/** Options every benchmark takes. */
	static class Common {
		@Option(names = "--entities", paramLabel = "N", defaultValue = "100000", description = "Playbook size (default ${DEFAULT-VALUE}).")
		int entities;

		@Option(names = "--dir", paramLabel = "DIR", description = "Where to write the generated playbook (default: a temporary folder).")
		Path dir;

		@Option(names = "--json", description = "Print machine-readable JSON.")
		boolean json;

		Path workDir(CliContext context) throws IOException {
			if (entities < 10) {
				throw new CliException("--entities must be at least 10", ParleyCli.USAGE);
			}
			return dir != null ? Files.createDirectories(context.resolvePath(dir)) : Files.createTempDirectory("parley-bench");
		}

		void cleanUp(Path work) throws IOException {
			if (dir == null) {
				Files.deleteIfExists(work);
			}
		}
	}

	@Command(name = "store", description = "Load, save one edit, save after editing every shard.")
	static final class Store extends Common implements Callable<Integer> {
		@ParentCommand
		BenchCommand bench;

		@Option(names = "--rounds", paramLabel = "R", defaultValue = "7", description = "Measured rounds (default ${DEFAULT-VALUE}).")
		int rounds;

		@Option(names = "--warmup", paramLabel = "W", defaultValue = "3", description = "Unmeasured warm-up rounds (default ${DEFAULT-VALUE}).")
		int warmup;

		@Override
		public Integer call() {
			var context = bench.root.context();
			try {
				Path work = workDir(context);
				StoreBenchmark.Result r = new StoreBenchmark(entities, Math.max(1, rounds), Math.max(0, warmup),
						step -> context.err().println("bench: " + step)).run(work);
				cleanUp(work);
				var out = context.out();
				if (json) {
					out.println(Json.GSON.toJson(r));
					return ParleyCli.OK;
				}
				out.printf("store benchmark: %d entities, %d files, %.1f MB on disk, JDK %s, %d cores%n", r.entities(),
						r.files(), r.bytesOnDisk() / 1e6, Runtime.version(), Runtime.getRuntime().availableProcessors());
				out.printf("  create (first save)        %8.1f ms%n", r.createMs());
				out.printf("  load                median %8.1f ms   max %8.1f ms%n", r.loadMedianMs(), r.loadMaxMs());
				out.printf("  save one edit       median %8.1f ms   max %8.1f ms%n", r.saveOneEditMedianMs(), r.saveOneEditMaxMs());
				out.printf("  save all shards     median %8.1f ms   max %8.1f ms%n", r.saveAllShardsMedianMs(), r.saveAllShardsMaxMs());
				return ParleyCli.OK;
			} catch (StoreException | IOException e) {
				throw new CliException("benchmark failed: " + e.getMessage());
			}
		}
	}

	@Command(name = "search", description = "Index build, queries with highlighting, suggestions, edit to searchable.")
	static final class Search extends Common implements Callable<Integer> {
		@ParentCommand
		BenchCommand bench;

		@Option(names = "--rounds", paramLabel = "R", defaultValue = "10", description = "Rounds over the query set (default ${DEFAULT-VALUE}).")
		int rounds;

		@Override
		public Integer call() {
			var context = bench.root.context();
			try {
				Path work = workDir(context);
				SearchBenchmark.Result r = new SearchBenchmark(entities, Math.max(1, rounds),
						step -> context.err().println("bench: " + step)).run(work);
				cleanUp(work);
				var out = context.out();
				if (json) {
					out.println(Json.GSON.toJson(r));
					return ParleyCli.OK;
				}
				out.printf("search benchmark: %d entities, JDK %s, %d cores%n", r.entities(), Runtime.version(),
						Runtime.getRuntime().availableProcessors());
				out.printf("  full index build (warm, median)  %8.1f ms   (first, in a fresh JVM: %.0f ms)%n", r.buildMs(),
						r.firstBuildMs());
				out.printf("  query + highlight (%d runs)  p50 %8.2f ms   p99 %8.2f ms%n", r.queries(), r.queryP50(), r.queryP99());
				out.printf("  suggest                      p50 %8.2f ms   p99 %8.2f ms   (first call builds: %.0f ms)%n",
						r.suggestP50(), r.suggestP99(), r.suggestBuildMs());
				out.printf("  edit to searchable           p50 %8.2f ms   p99 %8.2f ms%n", r.editP50(), r.editP99());
				return ParleyCli.OK;
			} catch (StoreException | SearchException | IOException e) {
				throw new CliException("benchmark failed: " + e.getMessage());
			}
		}
	}

	@Command(name = "vcs", description = "First version, one-entry versions, semantic diff between versions.")
	static final class Vcs extends Common implements Callable<Integer> {
		@ParentCommand
		BenchCommand bench;

		@Option(names = "--rounds", paramLabel = "R", defaultValue = "9", description = "One-entry versions to time (default ${DEFAULT-VALUE}).")
		int rounds;

		@Override
		public Integer call() {
			var context = bench.root.context();
			try {
				Path work = workDir(context);
				parley.vcs.VcsBenchmark.Result r = new parley.vcs.VcsBenchmark(entities, Math.max(1, rounds),
						step -> context.err().println("bench: " + step)).run(work);
				cleanUp(work);
				var out = context.out();
				if (json) {
					out.println(Json.GSON.toJson(r));
					return ParleyCli.OK;
				}
				out.printf("versioning benchmark: %d entities, JDK %s, %d cores%n", r.entities(), Runtime.version(),
						Runtime.getRuntime().availableProcessors());
				out.printf("  first version (all entries)          %8.1f ms%n", r.firstCommitMs());
				out.printf("  version of one edited entry   median %8.1f ms   max %8.1f ms%n", r.commitOneP50(), r.commitOneMax());
				out.printf("  semantic diff between versions       %8.1f ms%n", r.diffMs());
				out.printf("  merge of 100 + 100 edits (sync)      %8.1f ms%n", r.mergeMs());
				return ParleyCli.OK;
			} catch (StoreException | parley.vcs.VcsException | IOException e) {
				throw new CliException("benchmark failed: " + e.getMessage());
			}
		}
	}
}
