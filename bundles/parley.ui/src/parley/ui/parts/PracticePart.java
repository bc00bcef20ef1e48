package parley.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.model.playbook.Scenario;
import parley.model.playbook.Status;
import parley.search.SearchException;
import parley.search.check.CustomerLines;
import parley.search.check.Practice;
import parley.search.check.Practice.Feedback;
import parley.ui.DialogPrompts;
import parley.ui.Prompts;

/**
 * Practice: one person plays a scenario against the playbook. Pick a scenario; the customer's line (made by rule
 * from the scenario's situation and signals, {@link CustomerLines}) is shown; type a reply and Check (Ctrl+Enter):
 * the feedback says which step it covers, the avoid-phrases it used with what to say instead, the recommended
 * wording it used, and the model answer. Next turn moves to the next step the reply has not covered; after the last
 * one the summary is shown. The scoring is {@link Practice}'s; the checker comes from {@link CheckerBuilder}.
 * Nothing is kept unless "Save practice log…" writes the session as Markdown where the user says (atomically).
 */
public final class PracticePart {

	public static final String ID = "parley.ui.part.practice";

	@Inject
	@Optional
	Prompts prompts;

	@Inject
	@Optional
	@Named(IServiceConstants.ACTIVE_SHELL)
	Shell activeShell;

	private EditingSession editing;
	private CheckerBuilder checkers;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Parley practice");
		t.setDaemon(true);
		return t;
	});

	private Combo scenarios;
	private Button restart;
	private final List<Scenario> choices = new ArrayList<>();
	private Label scene;
	private Label progress;
	private StyledText customer;
	private Text reply;
	private Button check;
	private Button next;
	private Button save;
	private StyledText feedback;
	private Practice practice;
	private String status = "";

	@PostConstruct
	void createControls(Composite parent) {
		Display display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).spacing(6, 6).applyTo(parent);

		new Label(parent, SWT.NONE).setText("Scenario:");
		scenarios = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scenarios);
		scenarios.addListener(SWT.Selection, e -> start());
		restart = new Button(parent, SWT.PUSH);
		restart.setText("Start again");
		restart.setToolTipText("Practise the chosen scenario again from its first step");
		restart.addListener(SWT.Selection, e -> start());

		scene = new Label(parent, SWT.WRAP);
		scene.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(scene);
		progress = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(progress);

		customer = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
		customer.setMargins(6, 4, 6, 4);
		customer.setEnabled(true);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(customer);

		Label yours = new Label(parent, SWT.NONE);
		yours.setText("Your reply:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(yours);
		reply = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		reply.setMessage("Type what you would say, then Check (Ctrl+Enter)");
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 90).applyTo(reply);
		reply.addListener(SWT.KeyDown, e -> {
			if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				check();
			}
		});

		Composite buttons = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		check = button(buttons, "Check", "Score the reply (Ctrl+Enter)", this::check);
		next = button(buttons, "Next turn", "Go on to the next step of the scenario", this::next);
		save = button(buttons, "Save practice log…", "Write this session to a Markdown file you choose", this::saveLog);

		feedback = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		feedback.setMargins(6, 4, 6, 4);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 140).applyTo(feedback);

		checkers = new CheckerBuilder(display, worker, this::checkerReady);
		checkers.setSession(editing);
		listScenarios();
		update();
	}

	private static Button button(Composite parent, String text, String tip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		this.editing = editing;
		if (checkers != null) {
			practice = null;
			checkers.setSession(editing);
			listScenarios();
			update();
		}
	}

	private void checkerReady() {
		listScenarios();
		update();
	}

	/** The scenarios with steps (not retired), by title; the choice is kept when the list is made again. */
	private void listScenarios() {
		String chosen = scenarios.getSelectionIndex() >= 0 ? scenarios.getItem(scenarios.getSelectionIndex()) : null;
		choices.clear();
		if (editing != null) {
			editing.playbook().playbook().getScenarios().stream()
					.filter(s -> s.getStatus() != Status.RETIRED && !s.getSteps().isEmpty())
					.sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.getTitle(), b.getTitle()))
					.forEach(choices::add);
		}
		scenarios.setItems(choices.stream().map(Scenario::getTitle).toArray(String[]::new));
		if (chosen != null && List.of(scenarios.getItems()).contains(chosen)) {
			scenarios.select(List.of(scenarios.getItems()).indexOf(chosen));
		}
	}

	/** Starts the scenario chosen in the list from its first step. */
	public void start() {
		int index = scenarios.getSelectionIndex();
		if (index < 0 || checkers.checker() == null || editing == null) {
			return;
		}
		try {
			practice = Practice.start(Practice.scene(choices.get(index)), checkers.checker(),
					editing.playbook().folder());
			status = "";
		} catch (SearchException | IllegalArgumentException e) {
			practice = null;
			status = e.getMessage();
		}
		reply.setText("");
		feedback.setText("");
		update();
		reply.setFocus();
	}

	/** Chooses a scenario by title and starts it. */
	public void choose(String title) {
		int index = List.of(scenarios.getItems()).indexOf(title);
		if (index < 0) {
			throw new IllegalArgumentException("No scenario to practise is called '" + title + "'.");
		}
		scenarios.select(index);
		start();
	}

	/** Scores the reply typed and shows the feedback and the model answer. */
	public void check() {
		if (practice == null || practice.finished()) {
			return;
		}
		Feedback f = practice.check(reply.getText());
		showFeedback(f);
		update();
	}

	/** Ends the turn; shows the customer's next line, or the summary after the last step. */
	public void next() {
		if (practice == null || practice.finished()) {
			return;
		}
		boolean more = practice.next();
		reply.setText("");
		if (more) {
			feedback.setText("");
			feedback.setStyleRanges(new StyleRange[0]);
		} else {
			String text = "Practice finished.\n\n" + practice.summary().text();
			feedback.setText(text);
			bold(feedback, 0, "Practice finished.".length());
		}
		update();
		reply.setFocus();
	}

	private void showFeedback(Feedback f) {
		boolean well = f.expectedCovered() && f.avoid().isEmpty();
		String head = well ? "Well done: step " + f.expected().number() + " covered."
				: f.expectedCovered() ? "Step " + f.expected().number() + " covered, but with a phrase to avoid."
						: "Step " + f.expected().number() + " not covered yet.";
		String model = "Model answer: ";
		String text = head + "\n\n" + f.text() + "\n\n" + model + f.modelAnswer();
		feedback.setText(text);
		feedback.setStyleRanges(new StyleRange[0]);
		StyleRange headStyle = bold(feedback, 0, head.length());
		headStyle.foreground = feedback.getDisplay()
				.getSystemColor(well ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED);
		feedback.setStyleRange(headStyle);
		bold(feedback, text.lastIndexOf(model), model.length());
	}

	private static StyleRange bold(StyledText text, int start, int length) {
		StyleRange style = new StyleRange(start, length, null, null, SWT.BOLD);
		text.setStyleRange(style);
		return style;
	}

	private void saveLog() {
		if (practice == null) {
			return;
		}
		Prompts asked = prompts != null ? prompts : new DialogPrompts(activeShell != null ? activeShell : reply.getShell());
		String title = practice.scene().title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase();
		String chosen = asked.choosePath("Save practice log", false, true, "practice-" + title + ".md");
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		if (java.nio.file.Files.exists(file) && asked.choose("Save practice log",
				file + " exists. Replace it with this practice log?", "Replace", "Cancel") != 0) {
			return;
		}
		try {
			practice.saveLog(file, Instant.now());
			status = "Practice log saved to " + file + ".";
		} catch (IOException e) {
			asked.error("Save practice log", e.getMessage());
			status = "The practice log was not saved.";
		}
		update();
	}

	/** Shows the session's state: the scene, the turn, the customer's line, which buttons work. */
	private void update() {
		if (scenarios.isDisposed()) {
			return;
		}
		boolean ready = checkers.checker() != null;
		if (practice == null) {
			scene.setText(editing == null ? "Waiting for the playbook…"
					: !ready ? "Reading the playbook's phrases…"
							: choices.isEmpty() ? "The playbook has no scenario with steps to practise."
									: "Choose a scenario to practise: you answer the customer, step by step.");
			progress.setText(status);
			customer.setText("");
		} else {
			Practice.Scene s = practice.scene();
			scene.setText(s.situation());
			if (practice.finished()) {
				progress.setText(status.isEmpty() ? "All " + s.steps().size() + " steps had their turn." : status);
			} else {
				Practice.Step step = practice.expected();
				progress.setText("Turn " + practice.turn() + ": step " + step.number() + " of " + s.steps().size() + " — "
						+ step.instruction() + (status.isEmpty() ? "" : "   " + status));
			}
			CustomerLines.Line line = practice.customer();
			String who = "Customer" + (line.direction().isEmpty() ? "" : " (" + line.direction() + ")") + ": ";
			String said = line.words().isEmpty() ? "(acts it out without words)" : "“" + line.words() + "”";
			customer.setText(who + said);
			bold(customer, 0, who.length());
		}
		restart.setText(practice == null ? "Start" : "Start again");
		boolean open = practice != null && !practice.finished();
		check.setEnabled(open);
		next.setEnabled(open);
		reply.setEnabled(open);
		save.setEnabled(practice != null && (!practice.turns().isEmpty() || practice.pending() != null));
		scenarios.getParent().layout(true, true);
	}

	@Focus
	void setFocus() {
		if (reply.isEnabled()) {
			reply.setFocus();
		} else {
			scenarios.setFocus();
		}
	}

	// ---- for tests ----

	public boolean isReady() {
		return checkers.checker() != null && !checkers.isBuilding();
	}

	public Practice practice() {
		return practice;
	}

	public Text reply() {
		return reply;
	}

	public String customerText() {
		return customer.getText();
	}

	public String feedbackText() {
		return feedback.getText();
	}

	public String progressText() {
		return progress.getText();
	}

	public Button saveButton() {
		return save;
	}

	@PreDestroy
	void dispose() {
		if (checkers != null) {
			checkers.dispose();
		}
		worker.shutdownNow();
	}
}
