package parley.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.core.edit.EditingSession;
import parley.model.playbook.Phrase;
import parley.search.check.ReplyChecker;
import parley.search.check.ReplyChecker.Finding;
import parley.search.check.ReplyChecker.Kind;
import parley.search.check.ReplyChecker.Ref;
import parley.ui.EntryOpener;
import parley.ui.TextUndo;

/**
 * Reply check: a draft reply typed or pasted into a text box is checked against the playbook's phrases as it is
 * typed, by the {@link ReplyChecker} that {@code parley check} uses. After a typing pause of {@value #DELAY_MS} ms
 * the draft is checked on a worker thread; the answer is shown through the display's async exec if the draft has
 * not changed since (a generation counter drops older answers). Avoid-phrases are underlined with a red squiggle,
 * recommended wording with a green double underline; hovering an avoid span shows what to say instead, and a click
 * on a replacement puts it in place of the span (one step of the box's own undo history, {@link TextHistory}:
 * Ctrl+Z brings the original back). The list below names each finding with its replacements, techniques and
 * confidence; double-click selects its span, "Open phrase" opens the phrase's entry.
 * <p>
 * The checker is built from the editing session's playbook off the UI thread when the part opens and again after
 * the playbook changes ({@link CheckerBuilder}).
 */
public final class ReplyCheckPart implements TextUndo {

	public static final String ID = "parley.ui.part.replycheck";

	static final int DELAY_MS = 250;
	
	@Inject
	@Optional
	EntryOpener opener;

	private EditingSession editing;
	private CheckerBuilder checkers;

	private StyledText draft;
	private TextHistory history;
	private TableViewer list;
	private Label summary;
	private Button openPhrase;
	private Shell hover;
	private Color avoidColor;
	private Color goodColor;

	private List<Finding> findings = List.of();
	/** Bumped by every change of the draft and every new checker; an older answer is dropped. */
	private int generation;
	private int inFlight;
	private boolean typing;
	private boolean disposed;
	private final Runnable typed = () -> {
		typing = false;
		checkNow();
	};
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Parley reply check");
		t.setDaemon(true);
		return t;
	});

	@PostConstruct
	void createControls(Composite parent) {
		Display display = parent.getDisplay();
		avoidColor = display.getSystemColor(SWT.COLOR_RED);
		goodColor = new Color(display, new RGB(0x2e, 0x8b, 0x3d));
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
		Label intro = new Label(parent, SWT.WRAP);
		intro.setText("Type or paste a draft reply. Phrases to avoid are underlined in red as you type (hover one for "
				+ "what to say instead, click a suggestion to use it); recommended wording is underlined in green.");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(intro);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		draft = new StyledText(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		draft.setFont(JFaceResources.getTextFont());
		draft.setMargins(6, 4, 6, 4);
		history = new TextHistory(draft);
		draft.setData(TextUndo.KEY, this);
		draft.addModifyListener(e -> typed());
		draft.addListener(SWT.MouseHover, e -> showHover(draft.getOffsetAtPoint(new Point(e.x, e.y)),
				draft.toDisplay(e.x, e.y + draft.getLineHeight())));
		draft.addListener(SWT.MouseExit, e -> closeHoverUnlessInside());
		draft.addListener(SWT.KeyDown, e -> {
			closeHover();
			if (e.keyCode == 'a' && (e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1) {
				draft.selectAll();
				e.doit = false;
			}
		});

		Composite below = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(below);
		summary = new Label(below, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		openPhrase = new Button(below, SWT.PUSH);
		openPhrase.setText("Open phrase");
		openPhrase.setToolTipText("Open the entry of the selected finding's phrase");
		openPhrase.setEnabled(false);
		openPhrase.addListener(SWT.Selection, e -> openSelectedPhrase());
		list = new TableViewer(below, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		list.getTable().setHeaderVisible(true);
		list.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(list.getControl());
		list.setContentProvider(ArrayContentProvider.getInstance());
		column("", 60, f -> f.kind() == Kind.AVOID ? "Avoid" : "Good");
		column("In the draft", 200, Finding::span);
		column("Phrase", 200, f -> f.phrase().title());
		column("Say instead", 320, f -> f.replacements().stream().map(Ref::text).collect(Collectors.joining("  |  ")));
		column("Techniques", 220, f -> f.techniques().stream().map(Ref::title).collect(Collectors.joining(", ")));
		column("Confidence", 80, f -> String.format("%.2f", f.confidence()));
		list.addSelectionChangedListener(e -> openPhrase.setEnabled(selected() != null && opener != null));
		list.addDoubleClickListener(e -> selectSpan(selected()));
		sash.setWeights(55, 45);
		checkers = new CheckerBuilder(display, worker, this::checkNow);
		showSummary();
		checkers.setSession(editing);
	}

	private void column(String title, int width, java.util.function.Function<Finding, String> text) {
		TableViewerColumn column = new TableViewerColumn(list, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((Finding) element).kind() == Kind.AVOID ? avoidColor : goodColor;
			}
		});
	}

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		this.editing = editing;
		if (checkers != null) {
			checkers.setSession(editing);
			showSummary();
		}
	}

	// ---- checking ----

	private void typed() {
		generation++;
		closeHover();
		typing = true;
		draft.getDisplay().timerExec(-1, typed);
		draft.getDisplay().timerExec(DELAY_MS, typed);
	}

	/** Checks the draft now on the worker; the answer counts only if nothing changed meanwhile. */
	void checkNow() {
		if (disposed || draft.isDisposed()) {
			return;
		}
		int request = ++generation;
		ReplyChecker current = checkers.checker();
		String text = draft.getText();
		if (current == null || text.isBlank()) {
			show(List.of());
			return;
		}
		Display display = draft.getDisplay();
		inFlight++;
		worker.execute(() -> {
			List<Finding> found;
			try {
				found = current.check(text, ReplyChecker.DEFAULT_MIN_CONFIDENCE);
			} catch (RuntimeException e) {
				found = List.of();
			}
			List<Finding> answer = found;
			display.asyncExec(() -> {
				inFlight--;
				if (request == generation && !disposed && !draft.isDisposed()) {
					show(answer);
				}
			});
		});
	}

	private void show(List<Finding> found) {
		findings = found;
		draft.setStyleRanges(styles(found));
		list.setInput(found);
		openPhrase.setEnabled(false);
		showSummary();
	}

	/**
	 * The draft's style ranges: a red squiggle under avoid spans, a green double underline under recommended
	 * wording; where the two overlap the avoid-phrase's mark wins.
	 */
	private StyleRange[] styles(List<Finding> found) {
		TreeSet<Integer> cuts = new TreeSet<>();
		for (Finding f : found) {
			cuts.add(f.start());
			cuts.add(f.end());
		}
		List<StyleRange> ranges = new ArrayList<>();
		Integer from = cuts.isEmpty() ? null : cuts.first();
		for (Integer to : cuts) {
			if (to.equals(from)) {
				continue;
			}
			int a = from;
			int b = to;
			boolean avoid = found.stream().anyMatch(f -> f.kind() == Kind.AVOID && f.start() <= a && f.end() >= b);
			boolean good = found.stream().anyMatch(f -> f.kind() == Kind.GOOD && f.start() <= a && f.end() >= b);
			if (avoid || good) {
				StyleRange range = new StyleRange();
				range.start = a;
				range.length = b - a;
				range.underline = true;
				range.underlineStyle = avoid ? SWT.UNDERLINE_SQUIGGLE : SWT.UNDERLINE_DOUBLE;
				range.underlineColor = avoid ? avoidColor : goodColor;
				ranges.add(range);
			}
			from = to;
		}
		return ranges.toArray(StyleRange[]::new);
	}

	private void showSummary() {
		String text;
		ReplyChecker checker = checkers.checker();
		if (checkers.problem() != null) {
			text = checkers.problem();
		} else if (checker == null) {
			text = editing == null ? "Waiting for the playbook…" : "Reading the playbook's phrases…";
		} else if (draft.getText().isBlank()) {
			text = "Checking against " + checker.phraseCount() + " phrases of the playbook.";
		} else {
			long avoid = findings.stream().filter(f -> f.kind() == Kind.AVOID).count();
			long good = findings.size() - avoid;
			text = (avoid == 0 ? "No phrase to avoid" : avoid + (avoid == 1 ? " phrase to avoid" : " phrases to avoid"))
					+ ", " + (good == 0 ? "no recommended wording yet" : good + " recommended " + (good == 1 ? "phrase" : "phrases") + " used")
					+ ".";
		}
		summary.setText(text);
		summary.getParent().layout(true);
	}

	// ---- hover and replace ----

	/** The avoid finding whose span holds {@code offset}, or null. */
	public Finding avoidAt(int offset) {
		for (Finding f : findings) {
			if (f.kind() == Kind.AVOID && offset >= f.start() && offset < f.end()) {
				return f;
			}
		}
		return null;
	}

	/**
	 * Shows what to say instead of the avoid-phrase at {@code offset} in a small window at {@code where} (display
	 * coordinates): each replacement a link that puts it in place of the span. Nothing (and the open one closed)
	 * when no avoid span is there. Returns the window, or null.
	 */
	public Shell showHover(int offset, Point where) {
		Finding finding = offset < 0 ? null : avoidAt(offset);
		if (finding == null) {
			closeHover();
			return null;
		}
		if (hover != null && !hover.isDisposed() && hover.getData() == finding) {
			return hover;
		}
		closeHover();
		hover = new Shell(draft.getShell(), SWT.TOOL | SWT.ON_TOP | SWT.NO_FOCUS);
		hover.setData(finding);
		hover.setLayout(new org.eclipse.swt.layout.FillLayout());
		Display display = hover.getDisplay();
		Composite box = new Composite(hover, SWT.BORDER);
		box.setBackground(display.getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		box.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(4, 4).applyTo(box);
		Label what = new Label(box, SWT.WRAP);
		what.setText("Avoid: " + finding.phrase().title() + " (" + String.format("%.2f", finding.confidence()) + ")");
		what.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		wrap(what);
		if (finding.replacements().isEmpty()) {
			Label none = new Label(box, SWT.WRAP);
			none.setText("The playbook names no wording to say instead.");
			wrap(none);
		}
		for (Ref replacement : finding.replacements()) {
			Link link = new Link(box, SWT.WRAP);
			link.setText("Say instead: <a>" + replacement.text().replace("&", "&&").replace("<", "&lt;") + "</a>");
			link.setToolTipText("Replace «" + finding.span() + "» with this (Ctrl+Z brings it back)");
			link.setData(replacement);
			wrap(link);
			link.addListener(SWT.Selection, e -> replace(finding, replacement));
		}
		if (!finding.techniques().isEmpty()) {
			Label techniques = new Label(box, SWT.WRAP);
			techniques.setText("Techniques: "
					+ finding.techniques().stream().map(Ref::title).collect(Collectors.joining(", ")));
			wrap(techniques);
		}
		hover.addListener(SWT.MouseExit, e -> closeHoverUnlessInside());
		hover.pack();
		org.eclipse.swt.graphics.Rectangle screen = draft.getMonitor().getClientArea();
		Point size = hover.getSize();
		hover.setLocation(Math.max(screen.x, Math.min(where.x, screen.x + screen.width - size.x)),
				Math.max(screen.y, Math.min(where.y, screen.y + screen.height - size.y)));
		hover.setVisible(true);
		return hover;
	}

	private static void wrap(org.eclipse.swt.widgets.Control control) {
		GridDataFactory.fillDefaults().hint(460, SWT.DEFAULT).applyTo(control);
	}

	private void closeHoverUnlessInside() {
		if (hover == null || hover.isDisposed()) {
			return;
		}
		Display display = hover.getDisplay();
		display.timerExec(300, () -> {
			if (hover != null && !hover.isDisposed()
					&& !hover.getBounds().contains(display.getCursorLocation())) {
				Point inDraft = draft.toControl(display.getCursorLocation());
				int offset = draft.getClientArea().contains(inDraft) ? draft.getOffsetAtPoint(inDraft) : -1;
				if (offset < 0 || avoidAt(offset) != hover.getData()) {
					closeHover();
				}
			}
		});
	}

	private void closeHover() {
		if (hover != null && !hover.isDisposed()) {
			hover.dispose();
		}
		hover = null;
	}

	/**
	 * Puts {@code replacement}'s wording in place of the finding's span, as one undoable step, fitted to the sentence
	 * ({@link #fit}). The wording's first placeholder ("[day and time]") is selected, to type over.
	 */
	public void replace(Finding finding, Ref replacement) {
		closeHover();
		String text = draft.getText();
		if (finding.end() > text.length() || !text.substring(finding.start(), finding.end()).equals(finding.span())) {
			return; // the draft changed since the check
		}
		String wording = fit(replacement.text().strip(), text, finding.start(), finding.end());
		history.breakRun();
		draft.replaceTextRange(finding.start(), finding.end() - finding.start(), wording);
		history.breakRun();
		int open = wording.indexOf('[');
		int close = open < 0 ? -1 : wording.indexOf(']', open);
		if (close > open) {
			draft.setSelection(finding.start() + open, finding.start() + close + 1);
		} else {
			draft.setSelection(finding.start() + wording.length());
		}
		draft.getShell().setActive(); // the click went to the hover's window
		draft.setFocus();
	}

	/**
	 * A replacement's wording fitted to where it goes: its closing full stop (or ! or ?) is dropped when the sentence
	 * goes on after the span (punctuation or a lower-case word follows), and its first letter is lower-cased in the
	 * middle of a sentence (unless it is the word "I").
	 */
	static String fit(String wording, String text, int start, int end) {
		String fitted = wording;
		int after = end;
		while (after < text.length() && text.charAt(after) == ' ') {
			after++;
		}
		if (after < text.length() && (".!?,;:".indexOf(text.charAt(after)) >= 0 || Character.isLowerCase(text.charAt(after)))) {
			fitted = fitted.replaceAll("[.!?]+$", "");
		}
		int before = start - 1;
		while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
			before--;
		}
		boolean midSentence = before >= 0 && ".!?".indexOf(text.charAt(before)) < 0;
		if (midSentence && fitted.length() > 1 && Character.isUpperCase(fitted.charAt(0))
				&& !fitted.matches("I\\b.*")) {
			fitted = Character.toLowerCase(fitted.charAt(0)) + fitted.substring(1);
		}
		return fitted;
	}

	// ---- the list ----

	private Finding selected() {
		return ((IStructuredSelection) list.getSelection()).getFirstElement() instanceof Finding f ? f : null;
	}

	/** Selects a finding's span in the draft. */
	public void selectSpan(Finding finding) {
		if (finding != null && finding.end() <= draft.getCharCount()) {
			draft.setSelection(finding.start(), finding.end());
			draft.showSelection();
			draft.setFocus();
		}
	}

	private void openSelectedPhrase() {
		Finding finding = selected();
		if (finding == null || opener == null || editing == null) {
			return;
		}
		editing.playbook().playbook().getPhrases().stream().filter(p -> p.getId().equals(finding.phrase().id()))
				.findFirst().ifPresent((Phrase p) -> opener.open(p, null));
	}

	// ---- TextUndo ----

	@Override
	public boolean canUndoText() {
		return history != null && history.canUndo();
	}

	@Override
	public void undoText() {
		history.undo();
	}

	@Override
	public boolean canRedoText() {
		return history != null && history.canRedo();
	}

	@Override
	public void redoText() {
		history.redo();
	}

	// ---- state, for handlers and tests ----

	@Focus
	void setFocus() {
		draft.setFocus();
	}

	public StyledText draft() {
		return draft;
	}

	/** The findings shown (at the default confidence). */
	public List<Finding> findings() {
		return findings;
	}

	public TableViewer list() {
		return list;
	}

	/** The "Open phrase" button (opens the selected finding's phrase). */
	public Button openPhraseButton() {
		return openPhrase;
	}

	public String summaryText() {
		return summary.getText();
	}

	/** Whether the shown findings are the draft's as it is (no pause, check or checker build under way). */
	public boolean isIdle() {
		return !typing && inFlight == 0 && !checkers.isBuilding() && checkers.checker() != null;
	}

	/** The hover window open, or null. */
	public Shell hover() {
		return hover == null || hover.isDisposed() ? null : hover;
	}

	@PreDestroy
	void dispose() {
		disposed = true;
		closeHover();
		if (checkers != null) {
			checkers.dispose();
		}
		worker.shutdownNow();
		if (draft != null && !draft.isDisposed()) {
			draft.getDisplay().timerExec(-1, typed);
		}
	}
}
