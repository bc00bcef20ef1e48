package parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import parley.core.sample.SyntheticPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Technique;

/**
 * Measures the store on a generated playbook: load, save after one edit, and save after an edit in every
 * shard. Runs in the calling JVM, after warm-up rounds, and reports medians and maxima in milliseconds.
 */
final class StoreBenchmark {

	/** Medians and maxima of one run, in milliseconds. */
	record Result(int entities, long bytesOnDisk, int files, double createMs, double loadMedianMs,
			double loadMaxMs, double saveOneEditMedianMs, double saveOneEditMaxMs, double saveAllShardsMedianMs,
			double saveAllShardsMaxMs) {
	}

	private final int entities;
	private final int rounds;
	private final int warmup;
	private final Consumer<String> progress;

	StoreBenchmark(int entities, int rounds, int warmup, Consumer<String> progress) {
		this.entities = entities;
		this.rounds = rounds;
		this.warmup = warmup;
		this.progress = progress;
	}

	Result run(Path workDir) throws StoreException, IOException {
		XmiPlaybookStore store = new XmiPlaybookStore();
		Path dir = workDir.resolve("bench-" + entities);
		progress.accept("generating " + entities + " entities");
		var playbook = SyntheticPlaybook.generate(entities, 42);
		long t0 = System.nanoTime();
		store.create(dir, playbook);
		double createMs = ms(System.nanoTime() - t0);

		List<Double> loads = new ArrayList<>();
		List<Double> oneEdit = new ArrayList<>();
		List<Double> allShards = new ArrayList<>();
		for (int round = -warmup; round < rounds; round++) {
			progress.accept((round < 0 ? "warm-up " + (round + warmup + 1) + "/" + warmup : "round " + (round + 1) + "/" + rounds));
			long start = System.nanoTime();
			OpenPlaybook open = store.open(dir);
			long loaded = System.nanoTime();

			Phrase phrase = open.playbook().getPhrases().get(round + warmup);
			phrase.setText(phrase.getText() + " (edited " + round + ")");
			long before = System.nanoTime();
			open.save();
			long savedOne = System.nanoTime();

			for (Technique t : open.playbook().getTechniques()) {
				t.setSummary("round " + round);
			}
			for (Phrase p : open.playbook().getPhrases()) {
				p.setUsage("round " + round);
			}
			long beforeAll = System.nanoTime();
			open.save();
			long savedAll = System.nanoTime();
			if (round >= 0) {
				loads.add(ms(loaded - start));
				oneEdit.add(ms(savedOne - before));
				allShards.add(ms(savedAll - beforeAll));
			}
		}
		long bytes;
		int files;
		try (var walk = Files.walk(dir)) {
			List<Path> all = walk.filter(Files::isRegularFile).filter(p -> !dir.relativize(p).startsWith(".parley")).toList();
			files = all.size();
			long sum = 0;
			for (Path p : all) {
				sum += Files.size(p);
			}
			bytes = sum;
		}
		deleteRecursively(dir);
		return new Result(entities, bytes, files, createMs, median(loads), Collections.max(loads), median(oneEdit),
				Collections.max(oneEdit), median(allShards), Collections.max(allShards));
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(p);
			}
		}
	}
}
