package parley.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/** What the cells of the matrix share: a test folder, a user folder for the command line, child processes. */
abstract class MatrixBase {

	/** How long the command that follows a fault may take before it counts as blocked (by a stale lock, say). */
	static final Duration NEXT_RUN = Duration.ofSeconds(90);

	@TempDir
	Path tmp;

	Path home;

	@BeforeEach
	void makeHome() throws Exception {
		home = Files.createDirectories(tmp.resolve("home"));
	}

	/** A fresh folder under the test folder. */
	Path fresh(String name) throws Exception {
		Path dir = tmp.resolve(name);
		for (int i = 2; Files.exists(dir); i++) {
			dir = tmp.resolve(name + "-" + i);
		}
		return dir;
	}

	/** Runs the command line in {@code folder}, failing if it blocks (a stale lock would make it wait forever). */
	Cli parley(Path folder, String... args) {
		return bounded(() -> Cli.run(home, folder, args), "parley " + String.join(" ", args));
	}

	static <T> T bounded(ThrowingSupplier<T> work, String what) {
		return assertTimeoutPreemptively(NEXT_RUN, work, () -> what + " did not finish in " + NEXT_RUN.toSeconds()
				+ " s: something blocks it");
	}

	/**
	 * Lets the child run two complete operations (from {@code begin} to {@code end}) to learn how long one takes,
	 * then, at the start of a later operation, waits a random part of that duration and kills it (SIGKILL). The
	 * wait is the fault's timing, not a wait for a result.
	 *
	 * @return what the kill interrupted, for the report: "inside" or "between" operations
	 */
	static String killDuring(Child child, String begin, String end, Trials trials) throws InterruptedException {
		child.await(end, 1);
		child.await(begin, 2);
		long started = System.nanoTime();
		child.await(end, 2);
		long duration = Math.max(1_000_000, System.nanoTime() - started);
		int target = 3 + trials.random().nextInt(2);
		child.await(begin, target);
		long delay = (long) (trials.random().nextDouble() * duration * 1.1);
		Thread.sleep(delay / 1_000_000, (int) (delay % 1_000_000));
		int ended = child.reports(end.strip()).size() + child.reports("failed").size();
		child.kill();
		return ended >= target ? "between" : "inside";
	}

	/**
	 * Runs a command until it succeeds, the way a user follows Parley's messages after a fault: every failure
	 * must say what happened and what to do; when it asks for a version first ('parley commit'), one is made;
	 * when it asks to wait for another process (a git lock younger than a moment), the command is run again a
	 * little later. Fails if the command does not succeed within {@link #NEXT_RUN}.
	 */
	Cli untilDone(Path folder, String where, String... command) throws InterruptedException {
		long deadline = System.nanoTime() + NEXT_RUN.toNanos();
		List<String> seen = new ArrayList<>();
		while (true) {
			Cli run = parley(folder, command);
			if (run.exitCode() == 0) {
				return run;
			}
			Checks.userMessage(run.err(), where + ": " + String.join(" ", command) + " after the fault");
			seen.add(run.err().strip());
			if (System.nanoTime() > deadline) {
				throw new AssertionError(where + ": " + String.join(" ", command) + " keeps failing after the fault: " + seen);
			}
			if (run.err().contains("parley commit")) {
				Cli commit = parley(folder, "commit", "-m", "After the fault", "--author", FaultChild.AUTHOR);
				if (commit.exitCode() != 0) {
					Checks.userMessage(commit.err(), where + ": the commit the message asked for");
				}
			} else {
				Thread.sleep(250); // a lock the message asked to wait for: ask again shortly (bounded by the deadline)
			}
		}
	}

	/**
	 * Lets two children run at once until each has finished {@code n} operations (so they overlapped: neither
	 * stops before the other has done its share), then asks both to stop and waits for them to finish.
	 */
	static void together(Path stop, Child a, String doneA, Child b, String doneB, int n) throws Exception {
		a.await(l -> l.startsWith(doneA) || l.startsWith("failed "), n, Child.PATIENCE);
		b.await(l -> l.startsWith(doneB) || l.startsWith("failed "), n, Child.PATIENCE);
		Files.createFile(stop);
		a.awaitExit(Child.PATIENCE);
		b.awaitExit(Child.PATIENCE);
	}


	/** The second words of a child's report lines with this prefix (ids, names, numbers). */
	static List<String> second(Child child, String prefix, int index) {
		List<String> values = new ArrayList<>();
		for (String[] words : child.reports(prefix)) {
			if (words.length > index) {
				values.add(words[index]);
			}
		}
		return values;
	}
}
