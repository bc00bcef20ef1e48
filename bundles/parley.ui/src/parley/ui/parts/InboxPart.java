package parley.ui.parts;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.ui.Accessibility;
import parley.core.edit.EditingSession;
import parley.core.inbox.CandidateState;
import parley.core.inbox.Candidates;
import parley.core.inbox.InboxDecisions;
import parley.core.inbox.InboxException;
import parley.core.inbox.InboxStore;
import parley.core.service.Labels;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateKind;
import parley.model.playbook.Entry;
import parley.model.playbook.Inbox;
import parley.search.Hit;
import parley.search.SearchException;
import parley.search.SearchService;
import parley.ui.EntryOpener;
import parley.ui.Icons;
import parley.ui.Prompts;

/**
 * The import inbox: the candidates article imports filed, with their state read against the playbook
 * ({@link CandidateState}); the chosen one's wording, context and passage, and the entries most like it. Accept
 * (as found, or as another type), Merge into an entry, Discard and Bring back go through {@link InboxDecisions},
 * the workflow {@code parley accept} and {@code parley discard} use: the playbook changes are undoable commands of
 * the editing session, saved with the playbook; the decisions are written to the inbox file at once. The file is
 * read off the UI thread when the part opens, when it gets the focus, and after an import.
 */
public final class InboxPart {

	/** The part's element id in the application model. */
	public static final String ID = "parley.ui.part.inbox";
	static final int DELAY_MS = 200;
	private static final String TITLE = "Import inbox";
	private static final int SIMILAR = 5;

	@Inject
	@Optional
	EntryOpener opener;

	@Inject
	@Optional
	Prompts prompts;

	private EditingSession editing;
	private SearchService search;
	private Inbox inbox;
	private Map<String, Entry> entries = Map.of();
	private boolean showAll;

	private Label summary;
	private TableViewer viewer;
	private StyledText detail;
	private TableViewer similar;
	private Button accept;
	private Button acceptAs;
	private Button merge;
	private Button discard;
	private Button restore;
	private Icons icons;

	private final Runnable refresh = this::refreshStates;
	private final EditingSession.Listener listener = s -> schedule();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Parley inbox");
		t.setDaemon(true);
		return t;
	});
	/** Bumped by every read: a read that finishes after a newer one started is dropped. */
	private int reads;
	private boolean reading;

	@PostConstruct
	void createControls(Composite parent) {
		icons = new Icons(parent.getDisplay());
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		summary = new Label(top, SWT.NONE);
		summary.setText("Reading the inbox…");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		Button all = new Button(top, SWT.CHECK);
		all.setText("Show settled and discarded");
		all.addListener(SWT.Selection, e -> setShowAll(all.getSelection()));

		// three side by side: the part usually sits in the wide, short stack under the editors
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		viewer = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Accessibility.name(viewer.getControl(), "Inbox: imported entries");
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Candidate", 260, c -> Candidates.shortTitle(c, 90));
		column("Kind", 125, Candidates::kind);
		column("Source", 150, this::sourceName);
		column("State", 70, c -> stateOf(c).name().toLowerCase(Locale.ROOT));
		viewer.addSelectionChangedListener(e -> showSelected());

		detail = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		Accessibility.name(detail, "Imported entry");
		detail.setMargins(6, 4, 6, 4);
		Composite side = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(side);
		Label like = new Label(side, SWT.NONE);
		like.setText("Entries like it (double-click opens):");
		GridDataFactory.fillDefaults().indent(2, 2).applyTo(like);
		similar = new TableViewer(side, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		Accessibility.name(similar.getControl(), "Similar entries in the playbook");
		similar.setContentProvider(ArrayContentProvider.getInstance());
		similar.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Hit hit = (Hit) element;
				return hit.title() + "  (" + hit.type() + ")";
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(similar.getControl());
		similar.addOpenListener(e -> {
			Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (chosen instanceof Hit hit && opener != null && entries.get(hit.id()) != null) {
				opener.open(entries.get(hit.id()), null);
			}
		});
		sash.setWeights(6, 4, 3);

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 4).applyTo(buttons);
		accept = button(buttons, "&Accept", "Make a draft entry of each chosen candidate, citing its source",
				() -> accept(null));
		acceptAs = button(buttons, "Accept as…", "Make draft entries of another type", this::acceptAsChosenType);
		merge = button(buttons, "&Merge into…", "Add the wording to an existing entry and cite the source there",
				this::mergeIntoChosenEntry);
		discard = button(buttons, "&Discard", "Set the chosen candidates aside (Show settled and discarded lists them)",
				this::discard);
		restore = button(buttons, "&Bring back", "Put discarded candidates back among the waiting", this::restore);
		showSelected();
		if (editing != null) {
			reload();
		}
	}

	private Button button(Composite parent, String text, String tooltip, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.setToolTipText(tooltip);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private void column(String title, int width, Function<Candidate, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Candidate) element);
			}
		});
	}

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		if (this.editing != null) {
			this.editing.removeListener(listener);
		}
		this.editing = editing;
		inbox = null;
		if (editing != null) {
			editing.addListener(listener);
			if (viewer != null) {
				reload();
			}
		}
	}

	@Inject
	void setSearch(@Optional SearchService search) {
		this.search = search;
		if (viewer != null && !viewer.getControl().isDisposed()) {
			showSelected();
		}
	}

	@Focus
	void focus() {
		reload(); // another process ('parley import article', 'parley accept') may have changed the file
		viewer.getControl().setFocus();
	}

	/** Reads the inbox file again (off the UI thread) and shows it. */
	public void reload() {
		if (editing == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Path folder = editing.playbook().folder();
		EditingSession session = editing;
		int read = ++reads;
		reading = true;
		var display = viewer.getControl().getDisplay();
		worker.execute(() -> {
			Inbox loaded;
			String failure = null;
			try {
				loaded = InboxStore.load(folder);
			} catch (StoreException e) {
				loaded = null;
				failure = e.getMessage();
			}
			Inbox found = loaded;
			String problem = failure;
			display.asyncExec(() -> {
				if (read != reads || viewer.getControl().isDisposed() || editing != session) {
					return;
				}
				reading = false;
				if (found == null) {
					summary.setText("The inbox could not be read: " + problem);
					return;
				}
				inbox = found;
				refreshStates();
			});
		});
	}

	private void schedule() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().timerExec(DELAY_MS, refresh);
		}
	}

	/** Works the states out again against the playbook (after an edit, an undo, a decision) and shows the rows. */
	private void refreshStates() {
		if (inbox == null || editing == null || viewer.getControl().isDisposed()) {
			return;
		}
		entries = CandidateState.entriesById(editing.playbook().playbook());
		List<Candidate> rows = new ArrayList<>();
		int[] counts = new int[CandidateState.values().length];
		for (Candidate c : inbox.getCandidates()) {
			CandidateState state = CandidateState.of(c, entries);
			counts[state.ordinal()]++;
			if (state == CandidateState.PENDING || showAll && state != CandidateState.WITHDRAWN) {
				rows.add(c);
			}
		}
		List<?> selected = viewer.getStructuredSelection().toList();
		viewer.setInput(rows);
		viewer.setSelection(new StructuredSelection(selected.stream().filter(rows::contains).toList()));
		summary.setText(counts[CandidateState.PENDING.ordinal()] + " waiting · " + counts[CandidateState.ACCEPTED.ordinal()]
				+ " accepted · " + counts[CandidateState.MERGED.ordinal()] + " merged · "
				+ counts[CandidateState.DISCARDED.ordinal()] + " discarded"
				+ (rows.isEmpty() && counts[CandidateState.PENDING.ordinal()] == 0
						? " — File > Import > Article… fills the inbox" : ""));
		summary.getParent().layout();
		showSelected();
	}

	private CandidateState stateOf(Candidate c) {
		return CandidateState.of(c, entries);
	}

	private String sourceName(Candidate c) {
		Entry source = c.getSourceId() == null ? null : entries.get(c.getSourceId());
		return source == null ? "(not in the playbook)" : Labels.shown(source);
	}

	private List<Candidate> chosen() {
		List<Candidate> chosen = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			chosen.add((Candidate) o);
		}
		return chosen;
	}

	/** Shows the first chosen candidate in full and enables what can be done with the choice. */
	private void showSelected() {
		List<Candidate> chosen = chosen();
		boolean pending = !chosen.isEmpty() && chosen.stream().allMatch(c -> stateOf(c) == CandidateState.PENDING);
		accept.setEnabled(pending);
		acceptAs.setEnabled(pending);
		merge.setEnabled(pending);
		discard.setEnabled(pending);
		restore.setEnabled(!chosen.isEmpty() && chosen.stream().allMatch(c -> stateOf(c) == CandidateState.DISCARDED));
		if (chosen.isEmpty()) {
			detail.setText(inbox == null ? "" : "Choose a candidate to see its wording, where the article says it, and"
					+ " the entries like it.");
			similar.setInput(List.of());
			return;
		}
		Candidate c = chosen.get(0);
		StringBuilder text = new StringBuilder();
		text.append(c.getTitle()).append('\n').append(Candidates.kind(c)).append(", ")
				.append(stateOf(c).name().toLowerCase(Locale.ROOT)).append(" · from ").append(sourceName(c));
		if (c.getDocument() != null) {
			text.append(" (").append(Path.of(c.getDocument()).getFileName()).append(')');
		}
		text.append("\n\n");
		if (c.getText() != null && !c.getText().equals(c.getTitle())) {
			text.append("Wording: ").append(c.getText()).append("\n\n");
		}
		if (c.getReplacement() != null) {
			text.append("Say instead: \u201c").append(c.getReplacement().getText()).append("\u201d\n\n");
		}
		if (c.getContext() != null && !c.getContext().isBlank()) {
			text.append("Context: ").append(c.getContext()).append("\n\n");
		}
		if (c.getPassage() != null && !c.getPassage().isBlank()) {
			text.append("In the article: ").append(c.getPassage()).append('\n');
		}
		Entry settled = c.getEntryId() == null ? null : entries.get(c.getEntryId());
		if (settled != null && stateOf(c) != CandidateState.PENDING) {
			text.append('\n').append(stateOf(c) == CandidateState.ACCEPTED ? "Became " : "Merged into ")
					.append(Labels.describe(settled)).append('\n');
		}
		detail.setText(text.toString());
		similar.setInput(resembling(c));
	}

	private List<Hit> resembling(Candidate c) {
		if (search == null) {
			return List.of();
		}
		try {
			return search.similarToText(Candidates.searchText(c), SIMILAR).stream().filter(h -> entries.containsKey(h.id())).toList();
		} catch (SearchException | RuntimeException e) {
			return List.of(); // the index is being rebuilt or closed: the list fills on the next choice
		}
	}

	// ---------------------------------------------------------------- decisions

	private Prompts prompts() {
		return prompts != null ? prompts : new parley.ui.DialogPrompts(viewer.getControl().getShell());
	}

	/** Accepts the chosen candidates as draft entries ({@code as} null: as found); returns the entries made. */
	public List<Entry> accept(CandidateKind as) {
		List<Entry> made = new ArrayList<>();
		decide(candidate -> made.add(decisions().accept(candidate, as)));
		if (made.size() == 1 && opener != null) {
			opener.open(made.get(0), null);
		}
		return made;
	}

	private void acceptAsChosenType() {
		int choice = prompts().choose("Accept as", "Make the chosen candidates entries of which type?", "Technique",
				"Phrase", "Scenario", "Cancel");
		if (choice >= 0 && choice < 3) {
			accept(CandidateKind.VALUES.get(choice));
		}
	}

	/** Merges the chosen candidates into {@code target}. */
	public void mergeInto(Entry target) {
		decide(candidate -> decisions().merge(candidate, target));
	}

	private void mergeIntoChosenEntry() {
		List<Entry> all = new ArrayList<>(new PlaybookQueries(editing.playbook().playbook()).entries());
		PickDialog pick = new PickDialog(viewer.getControl().getShell(), "Merge into which entry?", all, icons);
		if (prompts().open(pick) == Window.OK && pick.result() instanceof Entry target) {
			mergeInto(target);
		}
	}

	/** Sets the chosen candidates aside. */
	public void discard() {
		decide(candidate -> decisions().discard(candidate));
	}

	/** Brings the chosen discarded candidates back. */
	public void restore() {
		decide(candidate -> decisions().restore(candidate));
	}

	private InboxDecisions decisions() {
		return new InboxDecisions(editing, Clock.systemUTC());
	}

	private interface Decision {
		void apply(Candidate candidate) throws InboxException;
	}

	/** Applies {@code decision} to each chosen candidate, then writes the decisions to the inbox file. */
	private void decide(Decision decision) {
		List<Candidate> touched = new ArrayList<>();
		try {
			for (Candidate candidate : chosen()) {
				decision.apply(candidate);
				touched.add(candidate);
				if (candidate.getReplacement() != null) {
					touched.add(candidate.getReplacement());
				}
			}
		} catch (InboxException e) {
			prompts().error(TITLE, e.getMessage());
		}
		try {
			InboxStore.record(editing.playbook().folder(), touched);
		} catch (StoreException e) {
			prompts().error(TITLE, "The decision could not be written to the inbox: " + e.getMessage());
		}
		refreshStates();
	}

	// ---------------------------------------------------------------- what it shows (for tests)

	/** Whether the part has read the inbox and no read is under way. */
	public boolean isRead() {
		return inbox != null && !reading;
	}

	/** The titles of the rows shown, in order. */
	public List<String> shown() {
		List<String> titles = new ArrayList<>();
		for (var item : viewer.getTable().getItems()) {
			titles.add(item.getText(0));
		}
		return titles;
	}

	/** The row's cells (candidate, kind, source, state) of the candidate shown with this title. */
	public List<String> row(String title) {
		for (var item : viewer.getTable().getItems()) {
			if (item.getText(0).equals(title)) {
				return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
			}
		}
		throw new IllegalArgumentException("no row '" + title + "' among " + shown());
	}

	/** Chooses the rows with these titles, as a click (and shift-click) does. */
	public void select(String... titles) {
		List<Candidate> rows = new ArrayList<>();
		for (String title : titles) {
			for (var item : viewer.getTable().getItems()) {
				if (item.getText(0).equals(title)) {
					rows.add((Candidate) item.getData());
				}
			}
		}
		viewer.setSelection(new StructuredSelection(rows), true);
	}

	public String detailText() {
		return detail.getText();
	}

	/** The titles in "Entries like it". */
	public List<String> resemblingShown() {
		List<String> titles = new ArrayList<>();
		for (var item : similar.getTable().getItems()) {
			titles.add(((Hit) item.getData()).title());
		}
		return titles;
	}

	public String summaryText() {
		return summary.getText();
	}

	/** Whether the buttons accept, discard and bring back are enabled for the choice. */
	public boolean canAccept() {
		return accept.isEnabled();
	}

	public boolean canRestore() {
		return restore.isEnabled();
	}

	/** Lists settled and discarded candidates too (the check box). */
	public void setShowAll(boolean all) {
		showAll = all;
		refreshStates();
	}

	@PreDestroy
	void dispose() {
		worker.shutdownNow();
		if (editing != null) {
			editing.removeListener(listener);
		}
		if (icons != null) {
			icons.dispose();
		}
	}
}
