package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Phrase;
import parley.model.playbook.PlaybookPackage;
import parley.search.check.ReplyChecker.Finding;
import parley.search.check.ReplyChecker.Kind;
import parley.ui.handlers.RedoHandler;
import parley.ui.parts.ReplyCheckPart;

/**
 * The Reply check part on real widgets over the starter playbook: an avoid-phrase typed in is underlined and
 * listed, the hover's replacement takes its place and Ctrl+Z brings the draft back, a finding's double-click
 * selects its span, and the checker follows changes to the playbook.
 */
class TestReplyCheckPart extends ShellFixture {

	private static final String DRAFT = "Sorry for the wait. You need to calm down. I can understand why you feel this way.";
	private static final String SPAN = "You need to calm down";

	private ReplyCheckPart part() {
		ReplyCheckPart part = ContextInjectionFactory.make(ReplyCheckPart.class, context);
		shell.open();
		spin(part::isIdle);
		return part;
	}

	/** Types {@code text} at the caret, one character at a time, as a keyboard would. */
	private static void type(ReplyCheckPart part, String text) {
		for (char c : text.toCharArray()) {
			int caret = part.draft().getCaretOffset();
			part.draft().replaceTextRange(caret, 0, String.valueOf(c));
			part.draft().setCaretOffset(caret + 1);
		}
	}

	private static List<Finding> avoid(ReplyCheckPart part) {
		return part.findings().stream().filter(f -> f.kind() == Kind.AVOID).toList();
	}

	private static StyleRange styleAt(ReplyCheckPart part, int offset) {
		return Arrays.stream(part.draft().getStyleRanges())
				.filter(r -> r.start <= offset && offset < r.start + r.length).findFirst().orElse(null);
	}

	private void ctrl(ReplyCheckPart part, char key) {
		Event event = new Event();
		event.keyCode = key;
		event.character = (char) (key - 'a' + 1);
		event.stateMask = SWT.MOD1;
		part.draft().notifyListeners(SWT.KeyDown, event);
	}

	@Test
	void anAvoidPhraseTypedInIsUnderlinedAndListedAndGoodWordingMarkedApart() {
		ReplyCheckPart part = part();
		type(part, DRAFT);
		spin(() -> part.isIdle() && !avoid(part).isEmpty());

		Finding found = avoid(part).get(0);
		assertEquals(SPAN, found.span());
		assertEquals("Telling them to calm down", found.phrase().title());
		int start = DRAFT.indexOf(SPAN);
		StyleRange style = styleAt(part, start + 3);
		assertNotNull(style, "the avoid span has a style");
		assertTrue(style.underline);
		assertEquals(SWT.UNDERLINE_SQUIGGLE, style.underlineStyle);
		assertEquals(start, style.start);
		assertEquals(SPAN.length(), style.length);
		assertNull(styleAt(part, 2), "'Sorry for the wait' is not marked");

		int good = DRAFT.indexOf("I can understand");
		StyleRange goodStyle = styleAt(part, good + 2);
		assertNotNull(goodStyle, "recommended wording is marked");
		assertEquals(SWT.UNDERLINE_DOUBLE, goodStyle.underlineStyle, "and marked differently");

		TableItem[] rows = part.list().getTable().getItems();
		assertEquals(part.findings().size(), rows.length);
		TableItem first = Arrays.stream(rows).filter(r -> r.getText(0).equals("Avoid")).findFirst().orElseThrow();
		assertEquals(SPAN, first.getText(1));
		assertEquals("Telling them to calm down", first.getText(2));
		assertTrue(first.getText(3).contains("I can hear how frustrated you are"), first.getText(3));
		assertFalse(first.getText(4).isBlank(), "techniques listed");
		assertEquals("1.00", first.getText(5));
		assertTrue(Arrays.stream(rows).anyMatch(r -> r.getText(0).equals("Good")), "what is good is listed");
		assertTrue(part.summaryText().startsWith("1 phrase to avoid"), part.summaryText());
	}

	@Test
	void theHoverReplacesTheSpanAndCtrlZBringsTheDraftBack() {
		ReplyCheckPart part = part();
		type(part, DRAFT);
		spin(() -> part.isIdle() && !avoid(part).isEmpty());
		int inSpan = DRAFT.indexOf(SPAN) + 4;

		assertNull(part.showHover(DRAFT.indexOf("Sorry"), new Point(50, 50)), "no hover off an avoid span");
		Shell hover = part.showHover(inSpan, new Point(50, 50));
		assertNotNull(hover);
		assertTrue(hover.isVisible());
		Link link = (Link) Arrays.stream(((Composite) hover.getChildren()[0]).getChildren()).filter(Link.class::isInstance)
				.findFirst().orElseThrow();
		String wording = ((parley.search.check.ReplyChecker.Ref) link.getData()).text();
		assertTrue(link.getText().contains(wording.replace("&", "&&")), link.getText());
		link.notifyListeners(SWT.Selection, new Event());

		String replaced = DRAFT.replace(SPAN, wording.replaceAll("[.!?]+$", ""));
		assertEquals(replaced, part.draft().getText(), "the span is replaced, its full stop not doubled");
		assertNull(part.hover(), "the hover closes");
		spin(() -> part.isIdle() && avoid(part).isEmpty());
		assertTrue(Arrays.stream(part.draft().getStyleRanges()).noneMatch(r -> r.underlineStyle == SWT.UNDERLINE_SQUIGGLE),
				"no avoid mark left");

		ctrl(part, 'z');
		assertEquals(DRAFT, part.draft().getText(), "Ctrl+Z restores the original text");
		spin(() -> part.isIdle() && !avoid(part).isEmpty());
		assertEquals(SPAN, avoid(part).get(0).span());
		assertFalse(editing.canUndo(), "the playbook's own history is untouched");

		MPart active = MBasicFactory.INSTANCE.createPart();
		active.setObject(part);
		context.set(IServiceConstants.ACTIVE_PART, active);
		ContextInjectionFactory.invoke(new RedoHandler(), Execute.class, context);
		assertEquals(replaced, part.draft().getText(), "Edit > Redo redoes the replacement in the active part");
	}

	@Test
	void doubleClickingAFindingSelectsItsSpanAndOpenPhraseOpensIt() {
		ReplyCheckPart part = part();
		type(part, DRAFT);
		spin(() -> part.isIdle() && !avoid(part).isEmpty());
		part.draft().setSelection(0);
		TableItem row = Arrays.stream(part.list().getTable().getItems()).filter(r -> r.getText(0).equals("Avoid"))
				.findFirst().orElseThrow();
		part.list().getTable().setSelection(row);
		Event event = new Event();
		event.item = row;
		part.list().getTable().notifyListeners(SWT.DefaultSelection, event);
		assertEquals(SPAN, part.draft().getSelectionText());

		part.list().getTable().notifyListeners(SWT.Selection, event);
		assertTrue(part.openPhraseButton().isEnabled(), "a finding is selected");
		part.openPhraseButton().notifyListeners(SWT.Selection, new Event());
		assertEquals("Telling them to calm down", opener.editor.entity() instanceof Phrase p ? p.getTitle() : null,
				"Open phrase opens the finding's phrase");
	}

	@Test
	void theCheckerFollowsChangesToThePlaybook() {
		ReplyCheckPart part = part();
		type(part, "Please simmer down for a second.");
		spin(part::isIdle);
		assertTrue(avoid(part).isEmpty(), part.findings().toString());

		Phrase calm = playbook().getPhrases().stream().filter(p -> p.getTitle().equals("Telling them to calm down"))
				.findFirst().orElseThrow();
		editing.set(calm, PlaybookPackage.Literals.PHRASE__TEXT, "Simmer down.");
		spin(() -> part.isIdle() && !avoid(part).isEmpty());
		assertEquals("simmer down", avoid(part).get(0).span());
	}
}
