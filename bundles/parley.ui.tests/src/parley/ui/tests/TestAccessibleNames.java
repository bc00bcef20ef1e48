package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;

import parley.ui.Accessibility;
import parley.ui.parts.DetailPart;
import parley.ui.parts.NavigatorPart;
import parley.ui.parts.ProblemsPart;
import parley.ui.parts.ReviewPart;

/**
 * Issue 18: every control a screen reader reaches has an accessible name: the navigator, Problems, the entry
 * details, the review queue, and the editor of an entry of every type (fields named after their labels, the
 * steps' and curation block's buttons and lists included).
 */
class TestAccessibleNames extends ShellFixture {

	private static List<String> describe(List<Control> controls) {
		List<String> out = new ArrayList<>();
		for (Control control : controls) {
			out.add(control.getClass().getSimpleName() + " '" + control.getToolTipText() + "' in "
					+ control.getParent().getClass().getSimpleName());
		}
		return out;
	}

	@Test
	void thePartsNameEveryControl() {
		ContextInjectionFactory.make(NavigatorPart.class, context);
		ContextInjectionFactory.make(ProblemsPart.class, context);
		ContextInjectionFactory.make(DetailPart.class, context);
		ContextInjectionFactory.make(ReviewPart.class, context);
		shell.open();
		drainEvents();
		assertEquals(List.of(), describe(Accessibility.unnamed(shell)));
	}

	@Test
	void theEditorOfEveryTypeNamesEveryField() {
		List<EObject> oneOfEach = List.of(playbook().getScenarios().get(0), playbook().getTechniques().get(0),
				playbook().getPhrases().get(0), playbook().getSources().get(0), playbook().getTags().get(0));
		for (EObject entry : oneOfEach) {
			opener.open(entry, null);
			drainEvents();
			assertEquals(List.of(), describe(Accessibility.unnamed(opener.editorShell)),
					"in the editor of " + entry.eClass().getName());
		}
	}
}
