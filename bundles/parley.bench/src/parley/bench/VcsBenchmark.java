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
import parley.vcs.Author;
import parley.vcs.EntityChange;
import parley.vcs.PlaybookRepository;
import parley.vcs.SyncResult;
import parley.vcs.VcsException;
import parley.vcs.Version;

/** Measures versioning on a generated playbook: first version, one-entry versions, semantic diff. */
final class VcsBenchmark {

	/** Figures in milliseconds. */
	record Result(int entities, double firstCommitMs, double commitOneP50, double commitOneMax, double diffMs,
			double mergeMs) {
	}

	private final int entities;
	private final int rounds;
	private final Consumer<String> progress;

	VcsBenchmark(int entities, int rounds, Consumer<String> progress) {
		this.entities = entities;
		this.rounds = rounds;
		this.progress = progress;
	}

	Result run(Path workDir) throws StoreException, VcsException, IOException {
		Path dir = workDir.resolve("vcs-bench-" + entities);
		progress.accept("generating " + entities + " entities");
		OpenPlaybook open = new XmiPlaybookStore().create(dir, SyntheticPlaybook.generate(entities, 42));
		Author author = new Author("Bench", "bench@example.org");
		try (PlaybookRepository repo = PlaybookRepository.open(dir)) {
			progress.accept("first version");
			long t = System.nanoTime();
			repo.commit("All entries", author);
			double first = ms(System.nanoTime() - t);
			List<Double> commits = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				progress.accept("version " + (i + 2));
				Phrase phrase = open.playbook().getPhrases().get(i * 7);
				phrase.setText(phrase.getText() + " (revised " + i + ")");
				open.save();
				long s = System.nanoTime();
				Version v = repo.commit("Revise one phrase", author);
				commits.add(ms(System.nanoTime() - s));
				if (v == null || v.entities().size() != 1) {
					throw new IllegalStateException("a one-entry version recorded " + (v == null ? "nothing" : v.entities()));
				}
			}
			progress.accept("semantic diff");
			long d = System.nanoTime();
			List<EntityChange> changes = repo.diff("HEAD~" + rounds, "HEAD");
			double diff = ms(System.nanoTime() - d);
			if (changes.size() != rounds) {
				throw new IllegalStateException("expected " + rounds + " changes, got " + changes.size());
			}
			progress.accept("merge of two branches with 100 changes each");
			double merge = mergeBench(workDir, dir, author);
			Collections.sort(commits);
			Result result = new Result(entities, first, commits.get(commits.size() / 2), commits.get(commits.size() - 1), diff,
					merge);
			try (var walk = Files.walk(dir)) {
				for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
					Files.deleteIfExists(p);
				}
			}
			return result;
		}
	}

	/** Two clones of a shared copy each save 100 different edits; times the second one's sync (a merge). */
	private double mergeBench(Path workDir, Path source, Author author) throws VcsException, StoreException, IOException {
		Path shared = workDir.resolve("vcs-bench-shared.git");
		try (org.eclipse.jgit.api.Git bare = org.eclipse.jgit.api.Git.cloneRepository().setURI(source.toString())
				.setDirectory(shared.toFile()).setBare(true).call()) {
			// a bare copy of the benchmark repository is the shared remote
		} catch (org.eclipse.jgit.api.errors.GitAPIException e) {
			throw new VcsException(e.getMessage(), e);
		}
		Path a = workDir.resolve("vcs-bench-a");
		Path b = workDir.resolve("vcs-bench-b");
		PlaybookRepository.cloneFrom(shared.toString(), a).close();
		PlaybookRepository.cloneFrom(shared.toString(), b).close();
		editHundred(a, 0);
		editHundred(b, 1);
		double ms;
		try (PlaybookRepository ra = PlaybookRepository.open(a); PlaybookRepository rb = PlaybookRepository.open(b)) {
			ra.commit("A: 100 edits", author);
			ra.sync("origin", author);
			rb.commit("B: 100 edits", author);
			long t = System.nanoTime();
			SyncResult result = rb.sync("origin", author);
			ms = ms(System.nanoTime() - t);
			if (result.outcome() != SyncResult.Outcome.MERGED) {
				throw new IllegalStateException("expected a clean merge, got " + result);
			}
		}
		for (Path p : List.of(shared, a, b)) {
			try (var walk = Files.walk(p)) {
				for (Path f : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
					Files.deleteIfExists(f);
				}
			}
		}
		return ms;
	}

	private static void editHundred(Path folder, int parity) throws StoreException {
		OpenPlaybook open = new XmiPlaybookStore().open(folder);
		List<Phrase> phrases = open.playbook().getPhrases();
		for (int i = 0; i < 100; i++) {
			Phrase p = phrases.get((i * 2 + parity) * 5 % phrases.size());
			p.setUsage("edited on side " + parity);
		}
		open.save();
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}
}
