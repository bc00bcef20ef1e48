package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import parley.search.check.CustomerLines;
import parley.ui.Prompts;
import parley.ui.parts.PracticePart;

/**
 * The Practice part on real widgets over the starter playbook: a scenario's turn scored with feedback (the step
 * covered, avoid-phrases, the model answer), the next turn's customer line, and the log saved only when asked.
 */
class TestPracticePart extends ShellFixture {

	private static final String ANGRY = "Angry caller letting off steam about a faulty product";

	/** Answers "where to save" with a file; records errors. */
	static final class SaveTo implements Prompts {
		Path file;
		final List<String> errors = new ArrayList<>();

		@Override
		public String[] ask(String title, String message, String[] labels, String[] initial) {
			return null;
		}

		@Override
		public int choose(String title, String message, String... buttons) {
			return 0;
		}

		@Override
		public void inform(String title, String message) {
		}

		@Override
		public void error(String title, String message) {
			errors.add(message);
		}

		@Override
		public String choosePath(String title, boolean folder, boolean save, String suggested) {
			return file == null ? null : file.toString();
		}

		@Override
		public int open(Window window) {
			return Window.CANCEL;
		}
	}

	private PracticePart part(SaveTo prompts) {
		context.set(Prompts.class, prompts);
		PracticePart part = ContextInjectionFactory.make(PracticePart.class, context);
		shell.open();
		spin(part::isReady);
		return part;
	}

	private static void ctrlEnter(PracticePart part) {
		Event event = new Event();
		event.keyCode = SWT.CR;
		event.character = SWT.CR;
		event.stateMask = SWT.MOD1;
		part.reply().notifyListeners(SWT.KeyDown, event);
	}

	@Test
	void aTurnShowsTheCustomersLineAndTheFeedbackWithTheModelAnswer() throws Exception {
		SaveTo prompts = new SaveTo();
		PracticePart part = part(prompts);
		part.choose(ANGRY);
		assertTrue(part.customerText().startsWith("Customer (angry, frustrated; raised voice and rapid speech): "
				+ "“I phone about an appliance"), part.customerText());
		assertTrue(part.progressText().startsWith("Turn 1: step 1 of 5"), part.progressText());

		part.reply().setText("You need to calm down. I can't help you if you keep shouting.");
		ctrlEnter(part);
		String feedback = part.feedbackText();
		assertTrue(feedback.startsWith("Step 1 not covered yet."), feedback);
		assertTrue(feedback.contains("Avoid «You need to calm down» (Telling them to calm down); say instead: "),
				feedback);
		assertTrue(feedback.contains("Model answer: Please take your time and tell me everything that's happened."),
				feedback);

		part.reply().setText("Please, take all the time you need and tell me everything that happened. I'm listening.");
		ctrlEnter(part);
		feedback = part.feedbackText();
		assertTrue(feedback.startsWith("Well done: step 1 covered."), feedback);
		assertTrue(feedback.contains("No phrase to avoid."), feedback);
		assertTrue(feedback.contains("Recommended wording used: "), feedback);

		part.next();
		assertTrue(part.progressText().startsWith("Turn 2: step 2 of 5"), part.progressText());
		assertTrue(part.customerText().endsWith("“" + CustomerLines.GO_ON + "”"), part.customerText());
		assertEquals("", part.reply().getText());
		assertEquals("", part.feedbackText());
		assertFalse(prompts.errors.size() > 0);
	}

	@Test
	void theLogIsSavedOnlyWhereTheUserSays() throws Exception {
		SaveTo prompts = new SaveTo();
		PracticePart part = part(prompts);
		part.choose(ANGRY);
		part.reply().setText("Go on, I'm following you.");
		part.check();
		assertTrue(part.saveButton().isEnabled());
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("practice")),
					"nothing is stored by practising");
		}

		prompts.file = tmp.resolve("practice.md");
		part.saveButton().notifyListeners(SWT.Selection, new Event());
		String log = Files.readString(prompts.file);
		assertTrue(log.startsWith("# Practice: " + ANGRY), log);
		assertTrue(log.contains("**Reply:** Go on, I'm following you."), log);
		assertTrue(part.progressText().contains("Practice log saved to " + prompts.file), part.progressText());
		assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
	}

	@Test
	void theLastTurnShowsTheSummary() {
		PracticePart part = part(new SaveTo());
		part.choose("Agent shaken after a difficult contact");
		assertTrue(part.customerText().endsWith("(acts it out without words)"), part.customerText());
		for (int i = 0; i < 4 && part.practice() != null && !part.practice().finished(); i++) {
			part.reply().setText("This is about the situation, not about me.");
			part.check();
			part.next();
		}
		assertTrue(part.practice().finished());
		assertTrue(part.feedbackText().startsWith("Practice finished.\n\nSteps covered: "), part.feedbackText());
		assertFalse(part.reply().isEnabled(), "no reply after the last turn");
	}
}
