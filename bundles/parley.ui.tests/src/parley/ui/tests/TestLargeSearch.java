package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.UISynchronize;
import org.junit.jupiter.api.Test;

import parley.core.edit.EditingSession;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.search.SearchService;
import parley.testsupport.Playbooks;
import parley.ui.WorkbenchSearch;
import parley.ui.parts.SearchPart;

/**
 * The search part on a generated 10k-entry playbook: the index is built in the background while the UI
 * thread stays free, search as you type answers quickly, and an edit is findable at once. Bounds are
 * generous (shared CI machines); the figures are printed.
 */
class TestLargeSearch extends ShellFixture {

	@Test
	void tenThousandEntriesSearchAsYouType() throws Exception {
		Path large = tmp.resolve("large");
		Playbooks.synthetic(large, 10_000, 7);
		session.open(large);
		EditingSession big = new EditingSession(session.current());
		WorkbenchSearch workbench = new WorkbenchSearch(context, context.get(UISynchronize.class));
		try {
			context.set(EditingSession.class, big);
			SearchPart part = ContextInjectionFactory.make(SearchPart.class, context);
			shell.open();
			long start = System.nanoTime();
			workbench.start(big);
			long startReturned = (System.nanoTime() - start) / 1_000_000;
			part.type("customer");
			await(() -> context.get(SearchService.class) != null);
			long indexed = (System.nanoTime() - start) / 1_000_000;
			await(() -> part.total() > 0);
			assertTrue(part.total() > 100, "many matches: " + part.total());

			// Typing a refinement: from the last key to the shown results (150 ms of it is the typing pause).
			long before = part.total();
			start = System.nanoTime();
			part.type("customer type:phrase");
			await(() -> "customer type:phrase".equals(part.shownQuery()));
			long typed = (System.nanoTime() - start) / 1_000_000;
			assertTrue(part.total() > 0 && part.total() < before, "a filter narrows: " + part.total() + " of " + before);
			assertTrue(part.facets().getItemCount() > 0, "facets counted");

			start = System.nanoTime();
			int offered = part.suggestions("cust").size();
			long suggest = (System.nanoTime() - start) / 1_000_000;
			assertTrue(offered > 0);

			Technique technique = big.playbook().playbook().getTechniques().get(5);
			start = System.nanoTime();
			big.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Xylophone handover");
			long edit = (System.nanoTime() - start) / 1_000_000;
			part.type("xylophone");
			await(() -> !part.rows().isEmpty() && "xylophone".equals(part.shownQuery()));
			assertEquals(technique, part.rows().get(0).entry());

			System.out.printf("10k entries: search start returned in %d ms, index ready after %d ms, typed query shown"
					+ " %d ms after the last key, suggestions %d ms (UI thread), edit with live index update %d ms%n",
					startReturned, indexed, typed, suggest, edit);
			assertTrue(startReturned < 500, "the window does not wait for the index: " + startReturned + " ms");
			assertTrue(typed < 3_000, typed + " ms");
			assertTrue(suggest < 1_000, suggest + " ms");
		} finally {
			Job.getJobManager().join(WorkbenchSearch.FAMILY, null);
			workbench.stop();
			big.dispose();
		}
	}

	/** Runs the event loop until the condition holds (or 60 s pass: a 10k index on a busy machine). */
	private void await(BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), "condition reached within 60 s");
	}
}
