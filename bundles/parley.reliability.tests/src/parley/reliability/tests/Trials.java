package parley.reliability.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Random;

/**
 * How hard each cell of the matrix tries: {@code -Dparley.faults.trials=N} trials per cell (default 1 for CI),
 * each cell stopping early after {@code -Dparley.faults.seconds=S} (default 60) once it has made at least one
 * trial; {@code -Dparley.faults.seed=X} repeats a run's random choices (kill moments still depend on timing).
 * Each cell appends one line to {@code -Dparley.faults.report=FILE}: trials, seed and what it saw.
 */
final class Trials {

	private final String cell;
	private final long seed;
	private final Random random;
	private final long deadline;
	private int done;

	Trials(String cell) {
		this.cell = cell;
		String given = property("parley.faults.seed");
		this.seed = given.isEmpty() ? new Random().nextLong() : Long.parseLong(given);
		this.random = new Random(seed ^ cell.hashCode());
		String seconds = property("parley.faults.seconds");
		this.deadline = System.nanoTime() + Duration.ofSeconds(seconds.isEmpty() ? 60 : Long.parseLong(seconds)).toNanos();
	}

	static int count() {
		String value = property("parley.faults.trials");
		return value.isEmpty() ? 1 : Math.max(1, Integer.parseInt(value));
	}

	/** A system property, "" when unset (an empty Maven property arrives as "null"). */
	private static String property(String name) {
		String value = System.getProperty(name, "").strip();
		return value.equals("null") ? "" : value;
	}

	/** Whether to run another trial: fewer than the trials asked for, and time left (the first always runs). */
	boolean next() {
		if (done >= count() || (done > 0 && System.nanoTime() > deadline)) {
			return false;
		}
		done++;
		return true;
	}

	int trial() {
		return done;
	}

	Random random() {
		return random;
	}

	/** For failure messages: which cell, trial and seed, so a run can be repeated. */
	String where() {
		return cell + ", trial " + done + " (-Dparley.faults.seed=" + seed + " repeats the random choices)";
	}

	/** Appends the cell's summary to the report file, if one is configured. */
	void report(String observed) {
		String file = property("parley.faults.report");
		if (file.isEmpty()) {
			return;
		}
		try {
			Path path = Path.of(file);
			Files.createDirectories(path.toAbsolutePath().getParent());
			Files.writeString(path, cell + "\t" + done + " trial(s)\tseed " + seed + "\t" + observed + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			// the report is a convenience; the assertions are the result
		}
	}
}
