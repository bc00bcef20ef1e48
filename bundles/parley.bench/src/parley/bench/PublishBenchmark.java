package parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;

import parley.core.sample.SyntheticPlaybook;
import parley.model.playbook.Playbook;
import parley.publish.Layout;
import parley.publish.PublishException;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Publisher;
import parley.publish.Publishers;
import parley.publish.Selection;

/**
 * Publishing speed on a generated playbook: the first manual export in this JVM (class loading, font
 * parsing, CSS, JIT all included), then warm manual exports (median) and pocket cards. Run it in a fresh
 * JVM ({@code parley bench publish}) so "first" means a cold start.
 */
final class PublishBenchmark {

	/** Figures of one run; times in milliseconds. */
	record Result(int entities, int manualPages, double firstManualMs, double manualMedianMs,
			double manualPagesPerSecond, int cardPages, double cardsMedianMs, double cardPagesPerSecond, long manualBytes) {
	}

	private final int entities;
	private final int rounds;
	private final Consumer<String> progress;

	PublishBenchmark(int entities, int rounds, Consumer<String> progress) {
		this.entities = entities;
		this.rounds = rounds;
		this.progress = progress;
	}

	Result run(Path workDir) throws PublishException, IOException {
		progress.accept("generating " + entities + " entities");
		Playbook playbook = SyntheticPlaybook.generate(entities, 42);
		Publisher publisher = Publishers.pdf();
		// every entry, approved or not (a generated playbook is mostly unapproved): the benchmark measures size
		PublishOptions manual = new PublishOptions(Layout.MANUAL, Selection.ALL.withUnapproved(true), null, null, "bench",
				LocalDate.now(), null);
		PublishOptions cards = manual.withLayout(Layout.CARDS);
		Path manualPdf = workDir.resolve("bench-manual.pdf");
		Path cardsPdf = workDir.resolve("bench-cards.pdf");

		progress.accept("first manual export");
		PublishResult first = publisher.publish(playbook, manual, manualPdf, new NullProgressMonitor());
		List<Double> manualTimes = new ArrayList<>();
		List<Double> cardTimes = new ArrayList<>();
		PublishResult lastManual = first;
		PublishResult lastCards = null;
		for (int round = 1; round <= rounds; round++) {
			progress.accept("round " + round + "/" + rounds + " (" + first.pages() + "-page manual, cards)");
			long start = System.nanoTime();
			lastManual = publisher.publish(playbook, manual, manualPdf, new NullProgressMonitor());
			manualTimes.add((System.nanoTime() - start) / 1e6);
			start = System.nanoTime();
			lastCards = publisher.publish(playbook, cards, cardsPdf, new NullProgressMonitor());
			cardTimes.add((System.nanoTime() - start) / 1e6);
		}
		double manualMedian = median(manualTimes);
		double cardsMedian = median(cardTimes);
		long bytes = Files.size(manualPdf);
		Files.deleteIfExists(manualPdf);
		Files.deleteIfExists(cardsPdf);
		return new Result(entities, lastManual.pages(), first.millis(), manualMedian,
				lastManual.pages() * 1000.0 / manualMedian, lastCards.pages(), cardsMedian,
				lastCards.pages() * 1000.0 / cardsMedian, bytes);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
