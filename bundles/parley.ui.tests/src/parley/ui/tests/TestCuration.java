package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.core.curation.CurationException;
import parley.model.playbook.CurationAction;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.ui.WorkbenchCuration.Step;
import parley.ui.Icons;
import parley.ui.Prompts;
import parley.ui.handlers.CurationHandler;
import parley.ui.handlers.UndoHandler;
import parley.ui.parts.CurationSection;
import parley.ui.parts.EntryEditorPart;

/**
 * The curation steps in the workbench: the entry editor's curation block and buttons, the Review menu's handler,
 * undo, and the four-eyes rule, on real widgets.
 */
class TestCuration extends ShellFixture {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	private static final String DANA = "Dana Reyes <dana@example.org>";
	private final CurationPrompts prompts = new CurationPrompts();

	@BeforeEach
	void setUpCuration() {
		context.set(Prompts.class, prompts);
		editing.setEditor(DANA);
	}

	private Technique draft(String title) {
		Technique t = (Technique) editing.create(P.getTechnique(), title);
		editing.set(t, P.getTechnique_Summary(), "Say back what you heard.");
		assertEquals(Status.DRAFT, t.getStatus());
		return t;
	}

	private static void click(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.notifyListeners(SWT.Selection, null);
	}

	@Test
	void submitApproveEditShowsChangedSinceApprovalThenApproveAgain() {
		Technique t = draft("Mirror the feeling");
		opener.open(t, null);
		EntryEditorPart editor = opener.editor;
		CurationSection curation = editor.curation();
		assertEquals("draft", curation.stateText());
		assertFalse(curation.button(Step.APPROVE).isEnabled(), "a draft is submitted before it is approved");
		assertNull(editor.control(t, "status"), "the status is not a field any more: only the steps change it");

		prompts.answers.add(new String[] { "Sam Lee", "please check the wording" });
		click(curation.button(Step.SUBMIT));
		assertEquals(Status.IN_REVIEW, t.getStatus());
		assertEquals("Sam Lee", t.getReviewer());
		assertEquals("in review", curation.stateText());
		assertTrue(curation.historyText().contains("submitted for review by Dana Reyes: \u201cplease check the wording\u201d"),
				curation.historyText());

		prompts.answers.add(new String[] { "good to go" });
		click(curation.button(Step.APPROVE));
		assertEquals(Status.APPROVED, t.getStatus());
		assertEquals("approved", curation.stateText());
		assertTrue(curation.approvalText().contains("approved by Dana Reyes: \u201cgood to go\u201d"),
				curation.approvalText());
		assertEquals("", curation.approvedWording());

		Text summary = (Text) editor.control(t, "summary");
		summary.setText("Name the feeling you hear.");
		spin(() -> "Name the feeling you hear.".equals(t.getSummary())); // after the typing pause
		assertEquals("changed since approval", curation.stateText());
		assertTrue(curation.approvedWording().contains("summary: Say back what you heard."),
				curation.approvedWording());
		assertFalse(curation.approvedWording().contains("Name the feeling"), curation.approvedWording());
		assertFalse(curation.button(Step.REVIEWED).isEnabled(), "marking reviewed would approve unseen text");

		Icons icons = new Icons(display);
		try {
			Image changed = icons.of(t);
			prompts.answers.add(new String[] { "" });
			click(curation.button(Step.APPROVE));
			assertNotSame(changed, icons.of(t), "the navigator's dot tells changed since approval from approved");
		} finally {
			icons.dispose();
		}
		assertEquals("approved", curation.stateText());
		assertEquals("", curation.approvedWording());
		assertEquals(2, t.getEvents().stream().filter(e -> e.getAction() == CurationAction.APPROVED).count());
		assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
	}

	@Test
	void anApprovalIsUndoneLikeEveryEdit() throws CurationException {
		Technique t = draft("Mirror the feeling");
		editing.executeCommand(editing.curator().submit(t, null, null));
		IEclipseContext handlerContext = context.createChild("handler");
		handlerContext.set(IServiceConstants.ACTIVE_SELECTION, t);
		handlerContext.set(CurationHandler.STEP, Step.APPROVE.key());
		CurationHandler handler = new CurationHandler();
		assertTrue((Boolean) ContextInjectionFactory.invoke(handler, CanExecute.class, handlerContext));
		prompts.answers.add(new String[] { "fine" });
		assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(handler, Execute.class, handlerContext));
		assertEquals(Status.APPROVED, t.getStatus());
		assertEquals("Approve Technique 'Mirror the feeling'", editing.undoLabel());
		MHandledMenuItem undoItem = MMenuFactory.INSTANCE.createHandledMenuItem();
		handlerContext.set(MHandledMenuItem.class, undoItem);
		assertTrue((Boolean) ContextInjectionFactory.invoke(new UndoHandler(), CanExecute.class, handlerContext));
		assertEquals("&Undo Approve Technique 'Mirror the feeling'", undoItem.getLabel(), "Edit > Undo names it");

		ContextInjectionFactory.invoke(new UndoHandler(), Execute.class, handlerContext);
		assertEquals(Status.IN_REVIEW, t.getStatus());
		assertEquals(1, t.getEvents().size(), "only the submission is left");
		handlerContext.set(CurationHandler.STEP, Step.REOPEN.key());
		assertFalse((Boolean) ContextInjectionFactory.invoke(handler, CanExecute.class, handlerContext),
				"an entry in review is not retired: Reopen is not offered");
		handlerContext.dispose();
	}

	@Test
	void fourEyesRefusesTheLastEditorsApprovalAndChangesNothing() throws CurationException {
		editing.set(playbook(), P.getPlaybook_FourEyes(), true);
		Technique t = draft("Mirror the feeling"); // edited by Dana
		editing.executeCommand(editing.curator().submit(t, null, null));
		assertEquals(DANA, t.getEditedBy());
		opener.open(t, null);
		CurationSection curation = opener.editor.curation();
		String undo = editing.undoLabel();
		int events = t.getEvents().size();

		click(curation.button(Step.APPROVE)); // offered, so that taking it says why not
		assertEquals(1, prompts.errors.size(), prompts.errors.toString());
		assertTrue(prompts.errors.get(0).contains("four eyes") && prompts.errors.get(0).contains("someone else"),
				prompts.errors.get(0));
		assertEquals(Status.IN_REVIEW, t.getStatus());
		assertEquals(events, t.getEvents().size());
		assertEquals(undo, editing.undoLabel(), "no command ran");
		assertTrue(curation.button(Step.APPROVE).getToolTipText().contains("four eyes"));

		editing.setEditor("Sam Lee <sam@example.org>");
		prompts.answers.add(new String[] { "" });
		click(curation.button(Step.APPROVE));
		assertEquals(Status.APPROVED, t.getStatus(), "someone else may approve it");
	}

	@Test
	void sendBackNeedsACommentRetireNamesAReplacementAndCommentsJoinTheThread() throws CurationException {
		Technique t = draft("Mirror the feeling");
		Technique other = draft("Label the emotion");
		editing.executeCommand(editing.curator().submit(t, null, null));
		opener.open(t, null);
		CurationSection curation = opener.editor.curation();

		prompts.answers.add(new String[] { " " });
		click(curation.button(Step.SEND_BACK));
		assertEquals(Status.IN_REVIEW, t.getStatus(), "no comment, not sent back");
		assertTrue(prompts.errors.get(0).contains("needs a comment"), prompts.errors.toString());
		prompts.answers.add(new String[] { "Shorter, please." });
		click(curation.button(Step.SEND_BACK));
		assertEquals(Status.DRAFT, t.getStatus());

		opener.editor.setPicker((title, candidates) -> {
			assertTrue(candidates.contains(other) && !candidates.contains(t), candidates.toString());
			return other;
		});
		prompts.choices.add(1); // "Retire, replaced by…"
		click(curation.button(Step.RETIRE));
		assertEquals(Status.RETIRED, t.getStatus());
		assertEquals(other, t.getReplacedBy());
		assertEquals("retired", curation.stateText());
		click(curation.button(Step.REOPEN));
		assertEquals(Status.DRAFT, t.getStatus());

		curation.commentField().setText("Ask Sam about the second sentence.");
		curation.commentField().notifyListeners(SWT.DefaultSelection, null);
		assertEquals(1, t.getComments().size());
		assertEquals(DANA, t.getComments().get(0).getAuthor());
		assertTrue(curation.commentsText().contains("Dana Reyes: Ask Sam about the second sentence."),
				curation.commentsText());
		assertEquals("", curation.commentField().getText());
		assertEquals("Comment on Technique 'Mirror the feeling'", editing.undoLabel());
	}

	@Test
	void withNoNameKnownAStepAsksForOneInsteadOfFailing() {
		editing.setEditor(null);
		Technique t = draft("Mirror the feeling");
		IEclipseContext handlerContext = context.createChild("handler");
		handlerContext.set(IServiceConstants.ACTIVE_SELECTION, t);
		handlerContext.set(CurationHandler.STEP, Step.SUBMIT.key());
		CurationHandler handler = new CurationHandler();
		assertTrue((Boolean) ContextInjectionFactory.invoke(handler, CanExecute.class, handlerContext),
				"offered: taking it asks for the name");
		// cancelled: nothing changes, and the question said why it was asked
		assertEquals(Boolean.FALSE, ContextInjectionFactory.invoke(handler, Execute.class, handlerContext));
		assertEquals(Status.DRAFT, t.getStatus());
		assertTrue(prompts.asked.get(0).startsWith("Who are you?: Curation steps record who took them"),
				prompts.asked.toString());
		assertNull(editing.editor());
		handlerContext.dispose();
		assertEquals(List.of(), prompts.errors);
	}
}
