package parley.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench store|search|vcs|publish|check}: figures on a generated playbook (see docs/PERFORMANCE.md). The
 * benchmarks are not part of the command line: they are the {@link Benchmarks} service of the bench bundle
 * ({@code parley.bench}), looked up when a benchmark runs; without it the command fails and says so.
 */
@Command(name = "bench", description = "Measure Parley on a generated playbook. Progress goes to stderr, figures to"
		+ " stdout.", subcommands = { BenchCommand.Store.class, BenchCommand.Search.class, BenchCommand.Vcs.class,
				BenchCommand.Publish.class, BenchCommand.Check.class })
final class BenchCommand extends CliCommand {

	BenchCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() {
		throw new CliException("name what to measure: 'parley bench store', 'search', 'vcs', 'publish' or 'check'",
				ParleyCli.USAGE);
	}

	/** What a product without the bench bundle says to {@code parley bench ...}. */
	static final String NOT_INSTALLED = "benchmarks are not installed in this product; they come with the parley.bench"
			+ " bundle (feature parley.bench.feature), which a product built from the sources includes";

	/** Options every benchmark takes, and the run-and-print steps they share. */
	abstract static class Common extends CliCommand {

		Common(CliContext context) {
			super(context);
		}

		@Option(names = "--entities", paramLabel = "N",
				description = "Playbook size (default 100000; for publish 780, about 300 manual pages; for check the"
						+ " number of macros, 1000).")
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

		/**
		 * Runs benchmark {@code name} of the installed suite in the working folder and prints its result as text or
		 * JSON; {@code rounds} and {@code warmup} are this benchmark's options.
		 */
		Integer measure(String name, int rounds, int warmup) {
			if (entities() < 10) {
				throw new CliException("--entities must be at least 10", ParleyCli.USAGE);
			}
			Bundle bundle = FrameworkUtil.getBundle(BenchCommand.class);
			BundleContext bundleContext = bundle == null ? null : bundle.getBundleContext();
			ServiceReference<Benchmarks> reference = bundleContext == null ? null
					: bundleContext.getServiceReference(Benchmarks.class);
			Benchmarks suite = reference == null ? null : bundleContext.getService(reference);
			if (suite == null) {
				throw new CliException(NOT_INSTALLED);
			}
			try {
				Path work = dir != null ? Files.createDirectories(context.resolvePath(dir))
						: Files.createTempDirectory("parley-bench");
				Benchmarks.Result result = suite.run(name, new Benchmarks.Options(entities(), rounds, warmup, work),
						step -> err().println("bench: " + step));
				if (dir == null) {
					Files.deleteIfExists(work);
				}
				if (json) {
					out().println(Json.GSON.toJson(result.figures()));
				} else {
					out().print(result.text());
				}
				return ParleyCli.OK;
			} catch (CliException e) {
				throw e;
			} catch (Exception e) {
				throw new CliException("benchmark failed: " + e.getMessage());
			} finally {
				bundleContext.ungetService(reference);
			}
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
			return measure("store", Math.max(1, rounds), Math.max(0, warmup));
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
			return measure("search", Math.max(1, rounds), 0);
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
			return measure("vcs", Math.max(1, rounds), 0);
		}
	}

	@Command(name = "check", description = "Reply check of a CSV of generated macros on the starter playbook (cold, then warm).")
	static final class Check extends Common {
		@Option(names = "--rounds", paramLabel = "R", defaultValue = "5", description = "Warm passes to time (default ${DEFAULT-VALUE}).")
		int rounds;

		Check(CliContext context) {
			super(context);
		}

		@Override
		int defaultEntities() {
			return 1000;
		}

		@Override
		int run() {
			return measure("check", Math.max(1, rounds), 0);
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
			return measure("publish", Math.max(1, rounds), 0);
		}
	}
}
