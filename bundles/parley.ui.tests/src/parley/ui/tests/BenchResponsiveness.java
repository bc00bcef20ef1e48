package parley.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import parley.core.edit.EditingSession;
import parley.model.playbook.PlaybookPackage;
import parley.testsupport.Playbooks;
import parley.ui.WorkbenchSearch;
import parley.ui.parts.SearchPart;
import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.Version;

/**
 * Issue 18, defect 9: how quickly the workbench answers, on the starter and on a generated 10k playbook:
 * opening an entry's editor (from the call to the laid-out form), search results after the typing pause
 * (from the last key to the shown results, less the 150 ms pause), and a version's
 * diff. A benchmark, not a test: it runs only with {@code -Dparley.bench.ui=true} and prints medians and
 * 90th percentiles (docs/PERFORMANCE.md says how to run it and what it measured).
 */
@EnabledIfSystemProperty(named = "parley.bench.ui", matches = "true")
class BenchResponsiveness extends ShellFixture {

	private static final int ROUNDS = 15;
	/** The search part's typing pause (SearchController.DELAY_MS, package-private there). */
	private static final int PAUSE_MS = 150;
	private static final String[] QUERIES = { "angry", "calm down", "empathy", "listen", "apolog", "escalat",
			"frustrat", "ownership", "waiting", "refund", "manager", "sorry", "understand", "next steps", "tone" };

	@Test
	void starter() throws Exception {
		measure("starter", session.current().folder());
	}

	@Test
	void tenThousandEntries() throws Exception {
		Path large = tmp.resolve("large");
		Playbooks.synthetic(large, 10_000, 7);
		measure("10k", large);
	}

	private void measure(String name, Path playbook) throws Exception {
		session.open(playbook);
		EditingSession edits = new EditingSession(session.current());
		context.set(EditingSession.class, edits);
		WorkbenchSearch search = new WorkbenchSearch(context, context.get(UISynchronize.class));
		try {
			// opening editors: a different entry each round (first one not counted: class loading)
			List<EObject> entries = new ArrayList<>();
			entries.addAll(edits.playbook().playbook().getScenarios());
			entries.addAll(edits.playbook().playbook().getTechniques());
			entries.addAll(edits.playbook().playbook().getPhrases());
			Collections.shuffle(entries, new java.util.Random(7));
			opener.open(entries.get(0), null);
			drainEvents();
			List<Long> open = new ArrayList<>();
			for (EObject entry : entries.subList(1, ROUNDS + 1)) {
				long start = System.nanoTime();
				opener.open(entry, null);
				opener.editorShell.layout(true, true);
				drainEvents();
				open.add((System.nanoTime() - start) / 1_000_000);
			}
			opener.close();

			// search after the typing pause
			SearchPart part = ContextInjectionFactory.make(SearchPart.class, context);
			shell.open();
			search.start(edits);
			part.type("customer");
			await(() -> part.total() > 0);
			List<Long> searched = new ArrayList<>();
			for (String query : QUERIES) {
				long start = System.nanoTime();
				part.type(query);
				await(() -> query.equals(part.shownQuery()));
				searched.add((System.nanoTime() - start) / 1_000_000 - PAUSE_MS);
			}

			// a version's diff: a version, twenty edits, the diff against it
			List<Long> diffed = new ArrayList<>();
			try (PlaybookRepository repo = PlaybookRepository.open(edits.playbook().folder())) {
				edits.save();
				Version base = repo.commit("Base", new Author("Bench", "bench@example.org"));
				for (int i = 0; i < 20; i++) {
					edits.set(edits.playbook().playbook().getTechniques().get(i),
							PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Changed for the benchmark " + i);
				}
				edits.save();
				for (int i = 0; i < 6; i++) {
					long start = System.nanoTime();
					repo.diff(base.id(), null);
					diffed.add((System.nanoTime() - start) / 1_000_000);
				}
			}
			System.out.printf("BENCH %s: open editor median %d ms, p90 %d ms; search after the pause median %d ms,"
					+ " p90 %d ms; version diff (20 changed) median %d ms%n", name, median(open), p90(open),
					median(searched), p90(searched), median(diffed.subList(1, diffed.size())));
		} finally {
			Job.getJobManager().join(WorkbenchSearch.FAMILY, null);
			search.stop();
			edits.dispose();
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static long p90(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
	}

	private void await(BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
		}
	}
}
