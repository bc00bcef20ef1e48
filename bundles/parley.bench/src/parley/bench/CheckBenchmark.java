package parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import parley.core.interchange.ImportException;
import parley.core.interchange.PlaybookCsv;
import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.search.SearchException;
import parley.search.check.ReplyChecker;

/**
 * Measures the reply checker (issue 17) as {@code parley check --csv} uses it, through its public API: a CSV of
 * generated macros (a greeting, two agent sentences, some of them saying an avoid-phrase in other words, a
 * sign-off; quoted, with commas and line ends) written, read back with {@link PlaybookCsv#rows} and checked against
 * the starter playbook: the checker's build, the first pass (cold) and the median of the warm passes.
 */
final class CheckBenchmark {

	/** Figures of one run, in milliseconds. */
	record Result(int macros, int findings, double buildMs, double firstMs, double warmMedianMs, double warmMaxMs,
			double macrosPerSecond) {
	}

	private static final String[] SENTENCES = { "I've checked the tracking and the parcel left our depot on Monday.",
			"I'm afraid there's really nothing I can do about the delivery date.",
			"Thank you for your patience while we worked through this together.",
			"We apologise for any inconvenience that this may have caused you.",
			"Could you walk me through what happened, from the beginning?",
			"Someone will get back to you at some point next week.",
			"I'll update you by Friday at noon, even if there's no news yet.",
			"That's our policy, and there's nothing more to discuss about it.",
			"Our returns policy gives you 30 days, and I'm happy to walk you through it.",
			"I can tell this has been really stressful for you, and we'll sort it out together.",
			"You need to calm down so that I can help you.", "I stayed calm and we sorted the refund together.",
			"It's not my fault, I just work here.", "What would a good result look like for you?",
			"I know exactly how you feel.", "The engineer will be with you on Tuesday morning between 8 and 10." };

	private final int macros;
	private final int rounds;
	private final Consumer<String> progress;

	CheckBenchmark(int macros, int rounds, Consumer<String> progress) {
		this.macros = macros;
		this.rounds = rounds;
		this.progress = progress;
	}

	Result run(Path workDir) throws StoreException, SearchException, IOException, ImportException {
		Path dir = workDir.resolve("check-bench-" + macros);
		progress.accept("copying the starter playbook and writing " + macros + " macros");
		StarterPlaybook.copyTo(dir.resolve("pb"));
		Path csv = dir.resolve("macros.csv");
		Files.writeString(csv, macrosCsv(), StandardCharsets.UTF_8);
		OpenPlaybook open = new XmiPlaybookStore().open(dir.resolve("pb"));

		long t0 = System.nanoTime();
		ReplyChecker checker = ReplyChecker.of(open.playbook(), open.folder());
		double buildMs = ms(System.nanoTime() - t0);
		progress.accept("checking the macros (first pass)");
		long t1 = System.nanoTime();
		int findings = checkAll(checker, csv);
		double firstMs = ms(System.nanoTime() - t1);
		progress.accept("checking the macros (" + rounds + " warm passes)");
		List<Double> warm = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			checkAll(checker, csv);
			warm.add(ms(System.nanoTime() - t));
		}
		Collections.sort(warm);
		double median = warm.get(warm.size() / 2);
		deleteRecursively(dir);
		return new Result(macros, findings, buildMs, firstMs, median, warm.get(warm.size() - 1),
				macros / (median / 1000));
	}

	/** Reads the CSV and checks its body column: what one {@code parley check --csv} does after loading. */
	private static int checkAll(ReplyChecker checker, Path csv) throws IOException, ImportException {
		List<List<String>> rows = PlaybookCsv.rows("macros.csv", Files.readString(csv, StandardCharsets.UTF_8));
		int body = rows.get(0).indexOf("body");
		int findings = 0;
		for (List<String> row : rows.subList(1, rows.size())) {
			findings += checker.check(row.get(body), ReplyChecker.DEFAULT_MIN_CONFIDENCE).size();
		}
		return findings;
	}

	private String macrosCsv() {
		Random random = new Random(17);
		StringBuilder b = new StringBuilder("id,title,body\n");
		for (int i = 1; i <= macros; i++) {
			String body = "Hello, and thanks for contacting us about order " + (10000 + i) + ".\n"
					+ SENTENCES[random.nextInt(SENTENCES.length)] + " " + SENTENCES[random.nextInt(SENTENCES.length)]
					+ "\nKind regards, the \"Support\" team";
			b.append("m").append(i).append(",Macro ").append(i).append(",\"").append(body.replace("\"", "\"\""))
					.append("\"\n");
		}
		return b.toString();
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		}
	}
}
