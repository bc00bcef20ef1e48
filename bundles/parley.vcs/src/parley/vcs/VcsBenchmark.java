package parley.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jgit.lib.PersonIdent;

import parley.core.sample.SyntheticPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;

/** Measures versioning on a generated playbook: first version, one-entry versions, semantic diff. */
public final class VcsBenchmark {

	/** Figures in milliseconds. */
	public record Result(int entities, double firstCommitMs, double commitOneP50, double commitOneMax, double diffMs) {
	}

	private final int entities;
	private final int rounds;
	private final Consumer<String> progress;

	public VcsBenchmark(int entities, int rounds, Consumer<String> progress) {
		this.entities = entities;
		this.rounds = rounds;
		this.progress = progress;
	}

	public Result run(Path workDir) throws StoreException, VcsException, IOException {
		Path dir = workDir.resolve("vcs-bench-" + entities);
		progress.accept("generating " + entities + " entities");
		OpenPlaybook open = new XmiPlaybookStore().create(dir, SyntheticPlaybook.generate(entities, 42));
		PersonIdent author = new PersonIdent("Bench", "bench@example.org");
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
			Collections.sort(commits);
			Result result = new Result(entities, first, commits.get(commits.size() / 2), commits.get(commits.size() - 1), diff);
			try (var walk = Files.walk(dir)) {
				for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
					Files.deleteIfExists(p);
				}
			}
			return result;
		}
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}
}
