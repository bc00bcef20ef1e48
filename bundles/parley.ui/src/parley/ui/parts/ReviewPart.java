package parley.ui.parts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.ui.Accessibility;
import parley.core.curation.People;
import parley.core.curation.ReviewQueue;
import parley.core.curation.ReviewQueue.Group;
import parley.core.curation.ReviewQueue.Item;
import parley.core.edit.BackgroundRead;
import parley.core.edit.EditingSession;
import parley.core.service.Labels;
import parley.ui.EntryOpener;
import parley.ui.Icons;

/**
 * The review queue ({@link ReviewQueue}, worked out in core): entries in review, changed since approval, due for
 * review, and drafts, one group each with its count, and the owner, reviewer and due date of each entry.
 * Double-click or Enter opens the entry's editor. The queue is read again shortly after each command on the
 * editing session (a burst of edits reads it once), off the UI thread through a {@link BackgroundRead}.
 */
public final class ReviewPart {

	/** The part's element id in the application model. */
	public static final String ID = "parley.ui.part.review";
	static final int DELAY_MS = 200;

	@Inject
	@Optional
	EntryOpener opener;

	/** The day "due" is measured against (tests fix it). */
	Clock clock = Clock.systemDefaultZone();

	private EditingSession editing;
	private TreeViewer viewer;
	private Label summary;
	private Icons icons;
	private ReviewQueue queue;
	private final Runnable read = this::readNow;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Parley review queue");
		t.setDaemon(true);
		return t;
	});
	private final EditingSession.Listener listener = s -> schedule();

	/** A group row: the group and its items; rows of the same group are equal (the tree keeps them expanded). */
	public record GroupRow(Group group, List<Item> items) {
		/** "In review (3)". */
		public String label() {
			return group.label() + " (" + items.size() + ")";
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof GroupRow row && row.group == group;
		}

		@Override
		public int hashCode() {
			return group.hashCode();
		}
	}

	@PostConstruct
	void createControls(Composite parent) {
		icons = new Icons(parent.getDisplay());
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		summary.setText("Waiting for the playbook…");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 2).applyTo(summary);
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Accessibility.name(viewer.getControl(), "Review queue");
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof ReviewQueue q ? rows(q).toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof GroupRow row ? row.items().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof GroupRow row && !row.items().isEmpty();
			}
		});
		column("Entry", 330, row -> row.label(), item -> Labels.shown(item.entry()), item -> icons.of(item.entry()));
		column("State", 160, row -> "", item -> item.state().label(), item -> null);
		column("Owner", 150, row -> "", item -> name(item.entry().getOwner()), item -> null);
		column("Reviewer", 150, row -> "", item -> name(item.entry().getReviewer()), item -> null);
		column("Due", 170, row -> "", ReviewPart::due, item -> null);
		viewer.addOpenListener(e -> {
			Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (chosen instanceof Item item && opener != null && item.entry().eContainer() != null) {
				opener.open(item.entry(), null);
			} else if (chosen instanceof GroupRow row) {
				viewer.setExpandedState(row, !viewer.getExpandedState(row));
			}
		});
		if (editing != null) {
			readNow();
		}
	}

	private static List<GroupRow> rows(ReviewQueue queue) {
		return java.util.Arrays.stream(Group.values()).map(g -> new GroupRow(g, queue.items(g))).toList();
	}

	private static String name(String who) {
		return who == null ? "" : People.shortName(who);
	}

	private static String due(Item item) {
		if (item.due() == null) {
			return "";
		}
		if (item.due().equals(LocalDate.MIN)) {
			return "never reviewed";
		}
		return item.due() + (item.overdueDays() > 0 ? " (" + item.overdueDays() + " days overdue)" : "");
	}

	private void column(String title, int width, Function<GroupRow, String> group, Function<Item, String> text,
			Function<Item, Image> image) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof GroupRow row ? group.apply(row) : text.apply((Item) element);
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof Item item ? image.apply(item) : null;
			}

			@Override
			public org.eclipse.swt.graphics.Font getFont(Object element) {
				return element instanceof GroupRow ? org.eclipse.jface.resource.JFaceResources.getFontRegistry()
						.getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT) : null;
			}
		});
	}

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		if (this.editing != null) {
			this.editing.removeListener(listener);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(listener);
			if (viewer != null) {
				readNow();
			}
		}
	}

	private void schedule() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().timerExec(DELAY_MS, read);
		}
	}

	/** Reads the queue now (on a worker) and shows it; read again if a command ran meanwhile. */
	void readNow() {
		if (editing == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		EditingSession session = editing;
		LocalDate today = LocalDate.now(clock);
		BackgroundRead.run(session, worker, viewer.getControl().getDisplay()::asyncExec,
				playbook -> ReviewQueue.of(playbook, today, null), found -> {
					if (!viewer.getControl().isDisposed() && editing == session) {
						show(found);
					}
				}, () -> {
					if (editing == session) {
						schedule();
					}
				});
	}

	private void show(ReviewQueue found) {
		boolean first = queue == null;
		java.util.Set<Group> expanded = new java.util.HashSet<>();
		if (!first) {
			for (Object row : viewer.getExpandedElements()) {
				if (row instanceof GroupRow g) {
					expanded.add(g.group());
				}
			}
		}
		queue = found;
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(found);
			for (GroupRow row : rows(found)) {
				// drafts start folded: the groups above need a decision
				if (first ? row.group() != Group.DRAFT : expanded.contains(row.group())) {
					viewer.setExpandedState(row, true);
				}
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
		summary.setText(found.waiting() + (found.waiting() == 1 ? " entry waits" : " entries wait")
				+ " for a decision · " + found.count(Group.DRAFT) + (found.count(Group.DRAFT) == 1 ? " draft" : " drafts"));
	}

	// ---------------------------------------------------------------- what it shows (for tests)

	/** The queue shown, or null before the first read. */
	public ReviewQueue queue() {
		return queue;
	}

	/** The group rows' labels as shown ("In review (3)"), in order. */
	public List<String> groupLabels() {
		return java.util.Arrays.stream(viewer.getTree().getItems()).map(i -> i.getText(0)).toList();
	}

	public String summaryText() {
		return summary.getText();
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** Fixes the day due dates are measured against (tests). */
	public void setClock(Clock clock) {
		this.clock = clock;
		readNow();
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
