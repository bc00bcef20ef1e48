package parley.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.google.gson.JsonObject;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.sample.StoreBenchmark;
import parley.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code parley bench store}: load/save figures on a generated playbook (see docs/PERFORMANCE.md). */
@Command(name = "bench", description = "Measure the store on a generated playbook: load, save after one edit,"
		+ " save after editing every shard. Progress goes to stderr, figures to stdout.")
final class BenchCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Option(names = "--entities", paramLabel = "N", defaultValue = "100000", description = "Playbook size (default ${DEFAULT-VALUE}).")
	int entities;

	@Option(names = "--rounds", paramLabel = "R", defaultValue = "7", description = "Measured rounds (default ${DEFAULT-VALUE}).")
	int rounds;

	@Option(names = "--warmup", paramLabel = "W", defaultValue = "3", description = "Unmeasured warm-up rounds (default ${DEFAULT-VALUE}).")
	int warmup;

	@Option(names = "--dir", paramLabel = "DIR", description = "Where to write the generated playbook (default: a temporary folder).")
	Path dir;

	@Option(names = "--json", description = "Print machine-readable JSON.")
	boolean json;

	@Override
	public Integer call() {
		if (entities < 10 || rounds < 1 || warmup < 0) {
			throw new CliException("--entities must be at least 10 and --rounds at least 1", ParleyCli.USAGE);
		}
		var context = root.context();
		try {
			Path work = dir != null ? Files.createDirectories(context.resolvePath(dir)) : Files.createTempDirectory("parley-bench");
			StoreBenchmark.Result r = new StoreBenchmark(entities, rounds, warmup,
					step -> context.err().println("bench: " + step)).run(work);
			if (dir == null) {
				Files.deleteIfExists(work);
			}
			if (json) {
				context.out().println(Json.GSON.toJson(Json.GSON.toJsonTree(r)));
				return ParleyCli.OK;
			}
			var out = context.out();
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
