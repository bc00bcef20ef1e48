package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.junit.jupiter.api.Test;

import parley.core.edit.EditingSession;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;
import parley.ui.parts.NavigatorPart;
import parley.ui.parts.ProblemsPart;

/**
 * The navigator and the Problems part on a generated 10k-entry playbook: the virtual tree creates rows only
 * as they are shown, and edits, validation and new entries are reflected. The times are printed, not asserted
 * (targets live in the benchmarks; see docs/PERFORMANCE.md).
 */
class TestLargePlaybook extends ShellFixture {

	@Test
	void tenThousandEntriesStayResponsive() throws Exception {
		Path large = tmp.resolve("large");
		Playbooks.synthetic(large, 10_000, 7);
		session.open(large);
		EditingSession big = new EditingSession(session.current());
		try {
			context.set(EditingSession.class, big);
			long start = System.nanoTime();
			NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
			ProblemsPart problems = ContextInjectionFactory.make(ProblemsPart.class, context);
			shell.open();
			spin(() -> navigator.viewer().getTree().getItemCount() == 5
					&& navigator.viewer().getTree().getItem(1).getItemCount() > 1000);
			long shown = (System.nanoTime() - start) / 1_000_000;
			int techniques = big.playbook().playbook().getTechniques().size();
			assertEquals(techniques, navigator.viewer().getTree().getItem(1).getItemCount());

			Technique first = big.playbook().playbook().getTechniques().get(0);
			start = System.nanoTime();
			big.set(first, PlaybookPackage.Literals.ENTRY__TITLE, "0000 renamed first");
			drainEvents();
			long edit = (System.nanoTime() - start) / 1_000_000;
			spin(() -> "*0000 renamed first".equals(navigator.viewer().getTree().getItem(1).getItem(0).getText()));

			// Steady state: the first command also loads and compiles the editing code. An entry is selected.
			navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(first), true);
			start = System.nanoTime();
			big.set(first, PlaybookPackage.Literals.ENTRY__TITLE, "0000 renamed again");
			long again = (System.nanoTime() - start) / 1_000_000;
			assertEquals(first, navigator.viewer().getStructuredSelection().getFirstElement(), "selection kept");
			spin(() -> "*0000 renamed again".equals(navigator.viewer().getTree().getItem(1).getItem(0).getText()));

			spin(() -> problems.summaryText().contains("error"));
			start = System.nanoTime();
			new parley.core.validation.PlaybookValidator().validate(big.playbook().playbook());
			long validate = (System.nanoTime() - start) / 1_000_000;
			start = System.nanoTime();
			var created = navigator.createNew(PlaybookPackage.Literals.TECHNIQUE);
			long create = (System.nanoTime() - start) / 1_000_000;
			assertEquals(created, navigator.viewer().getStructuredSelection().getFirstElement(), "selected");
			System.out.printf("10k entries: navigator shown in %d ms, first edit + tree refresh %d ms, next %d ms,"
					+ " validation (background) %d ms, new entry selected and revealed %d ms%n", shown, edit, again,
					validate, create);
			// The figures are printed for docs/PERFORMANCE.md, not asserted: wall time on a shared machine says
			// more about the load than about the code (the benchmarks hold the targets).
		} finally {
			context.set(EditingSession.class, editing);
			big.dispose();
		}
	}
}
