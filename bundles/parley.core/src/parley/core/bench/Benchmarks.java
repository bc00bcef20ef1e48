package parley.core.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A suite of benchmarks on generated playbooks (docs/PERFORMANCE.md). The bench bundle ({@code parley.bench})
 * registers one as an OSGi service (Declarative Services); the command line's {@code bench} command looks it up
 * and reports that benchmarks are not installed when there is none. The suite is given the figures of one run
 * as a map, so the caller needs no class of the bench bundle.
 */
public interface Benchmarks {

	/** The names of the benchmarks ({@code store}, {@code search}, {@code vcs}, {@code publish}, {@code check}), in that
	 * order. */
	List<String> names();

	/**
	 * Runs benchmark {@code name} in a working folder (which it leaves as it found it) and reports its steps to
	 * {@code progress}.
	 *
	 * @throws IllegalArgumentException when no benchmark has that name
	 * @throws Exception what the measured layer threw (its message says what failed)
	 */
	Result run(String name, Options options, Consumer<String> progress) throws Exception;

	/**
	 * How to run: playbook size, measured rounds, unmeasured warm-up rounds (for the benchmarks that take
	 * them) and the working folder.
	 */
	record Options(int entities, int rounds, int warmup, Path workDir) {
	}

	/**
	 * Figures of one run: {@code figures} by name, in report order (numbers; their names are the fields of
	 * {@code --json}), and {@code text}, the human-readable report (lines ending in line separators).
	 */
	record Result(Map<String, Object> figures, String text) {
	}
}
