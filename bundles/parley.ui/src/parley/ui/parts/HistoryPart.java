package parley.ui.parts;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import parley.ui.Accessibility;
import parley.core.edit.EditingSession;
import parley.core.service.Elements;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;
import parley.ui.EntryOpener;
import parley.ui.VersionControl;
import parley.vcs.EntityChange;
import parley.vcs.Version;

/**
 * The playbook's versions, newest first (when, author, message, releases), read in a background job; "This
 * entry only" narrows them to the versions that changed the entry selected elsewhere. Selecting a version
 * shows what changed since it, entry by entry and field by field (its semantic diff against the current
 * state); double-click opens an entry. The chosen version and entry go to {@link VersionControl} for the
 * version handlers (restore entry, restore playbook).
 * <p>
 * Longer than 400 lines on purpose: it is one part with two linked views (versions and the selected version's
 * diff) and their menus; the versioning work itself is in VersionControl and parley.vcs.
 */
public final class HistoryPart {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	@Inject
	VersionControl versions;

	@Inject
	@Optional
	EntryOpener opener;

	/** to have the workbench ask the version handlers again whether they can run (toolbar and menu) */
	@Inject
	@Optional
	IEventBroker events;

	private EditingSession editing;
	private Label summary;
	private Button entryOnly;
	private TableViewer table;
	private TreeViewer diff;
	private Label diffSummary;
	private org.eclipse.swt.widgets.Text detail;
	private List<Version> shown = List.of();
	private List<EntityChange> changes = List.of();
	/** the entry followed from the selection elsewhere (for "This entry only") */
	private String followedId;
	private String followedTitle;
	/** counts requests; an answer to an older request is dropped */
	private int historyRequest;
	private int diffRequest;
	private final VersionControl.Listener versionsListener = () -> {
		if (table != null && !table.getControl().isDisposed()) {
			table.getControl().getDisplay().asyncExec(this::refresh);
		}
	};
	private final EditingSession.Listener savedListener = s -> {
		if (!s.isDirty()) {
			showDiff(); // the current state on disk changed
		}
	};

	@PostConstruct
	void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		summary = new Label(top, SWT.NONE);
		summary.setText("Waiting for the playbook…");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		entryOnly = new Button(top, SWT.CHECK);
		entryOnly.setText("This entry only");
		entryOnly.setToolTipText("Only the versions that changed the entry selected in the navigator");
		entryOnly.addListener(SWT.Selection, e -> refresh());
		if (followedTitle != null) {
			entryOnly.setText("This entry only: " + followedTitle);
		}

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Accessibility.name(table.getControl(), "Versions");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(table, "When", 125, v -> WHEN.format(v.time()));
		column(table, "Author", 110, Version::author);
		column(table, "Release", 60, v -> String.join(", ", v.releases()));
		column(table, "Message", 260, v -> v.message().lines().findFirst().orElse(""));
		column(table, "Curation", 150,
				v -> v.describeCuration(entryOnly.getSelection() && followedId != null ? followedId : null));
		table.addSelectionChangedListener(e -> showDiff());

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(right);
		diffSummary = new Label(right, SWT.NONE);
		diffSummary.setText("Select a version to see what changed since.");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(diffSummary);
		diff = new TreeViewer(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Accessibility.name(diff.getControl(), "What changed since the selected version");
		diff.getTree().setHeaderVisible(true);
		diff.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(diff.getControl());
		diff.setContentProvider(new DiffContent());
		treeColumn("Entry / field", 250, HistoryPart::what);
		treeColumn("In that version", 280, o -> o instanceof EntityChange.FieldChange f ? before(f) : "");
		treeColumn("Now", 280, o -> o instanceof EntityChange.FieldChange f ? after(f) : "");
		ColumnViewerToolTipSupport.enableFor(diff);
		diff.addSelectionChangedListener(e -> {
			publish();
			showDetail(diff.getStructuredSelection().getFirstElement());
		});
		detail = new org.eclipse.swt.widgets.Text(right, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 84).applyTo(detail);
		diff.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		sash.setWeights(40, 60);

		versions.addListener(versionsListener);
		refresh();
	}

	private static <T> void column(TableViewer viewer, String title, int width, Function<Version, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Version) element);
			}
		});
	}

	private void treeColumn(String title, int width, Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(diff, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				String full = text.apply(element);
				return full == null || full.length() < 40 ? null : full; // long values are cut in the cell
			}
		});
	}

	/** An entry row ("Active listening (changed technique)") or a field row ("summary"). */
	static String what(Object row) {
		if (row instanceof EntityChange c) {
			String kind = switch (c.kind()) {
			case ADDED -> "added";
			case REMOVED -> "removed";
			case CHANGED -> "changed";
			};
			return c.title() + " (" + kind + " " + c.type() + ")";
		}
		return row instanceof EntityChange.FieldChange f ? f.label() : String.valueOf(row);
	}

	static String before(EntityChange.FieldChange f) {
		if (f.removed() != null && !f.removed().isEmpty() || f.added() != null && !f.added().isEmpty()) {
			return f.removed() == null || f.removed().isEmpty() ? "" : "− " + String.join(", ", f.removed());
		}
		return f.before() == null ? "(none)" : f.before();
	}

	static String after(EntityChange.FieldChange f) {
		if (f.removed() != null && !f.removed().isEmpty() || f.added() != null && !f.added().isEmpty()) {
			return f.added() == null || f.added().isEmpty() ? "" : "+ " + String.join(", ", f.added());
		}
		return f.after() == null ? "(none)" : f.after();
	}

	/** The selected row in full (cells cut long values). */
	private void showDetail(Object row) {
		String text = "";
		if (row instanceof EntityChange.FieldChange f) {
			EntityChange entry = parentOf(f);
			text = (entry == null ? "" : entry.title() + " · ") + f.label() + "\nIn that version: " + before(f)
					+ "\nNow: " + after(f);
		} else if (row instanceof EntityChange c) {
			text = what(c) + (c.kind() == EntityChange.Kind.REMOVED ? "" : "  (double-click opens it)");
		}
		detail.setText(text);
	}

	/** The text of the detail box under the diff. */
	public String detailText() {
		return detail.getText();
	}

	private static final class DiffContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof EntityChange c && c.fields() != null ? c.fields().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof EntityChange c && c.fields() != null && !c.fields().isEmpty();
		}
	}

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		if (this.editing != null) {
			this.editing.removeListener(savedListener);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(savedListener);
		}
		if (table != null && !table.getControl().isDisposed()) {
			refresh();
		}
	}

	/** Follows the entry selected elsewhere (a step counts as its scenario), for "This entry only". */
	@Inject
	void follow(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		EObject element = selection instanceof EObject e ? e : null;
		while (element != null && element.eContainer() != null && !(element.eContainer() instanceof Playbook)) {
			element = element.eContainer();
		}
		if (!(element instanceof Identified entry) || element.eContainer() == null) {
			return; // keep following the last entry (the History part itself selects no entry)
		}
		if (entry.getId().equals(followedId)) {
			return;
		}
		followedId = entry.getId();
		followedTitle = String.valueOf(parley.core.service.Labels.name(entry));
		if (entryOnly != null && !entryOnly.isDisposed()) {
			entryOnly.setText("This entry only: " + followedTitle);
			entryOnly.getParent().layout(true);
			if (entryOnly.getSelection()) {
				refresh();
			} else {
				publish();
			}
		}
	}

	/** Reads the versions again (in a job); keeps the selected version when it is still listed. */
	public Job refresh() {
		if (editing == null || table == null || table.getControl().isDisposed()) {
			return null;
		}
		Path folder = editing.playbook().folder();
		String entry = entryOnly.getSelection() ? followedId : null;
		if (entryOnly.getSelection() && entry == null) {
			summary.setText("Select an entry in the navigator to see the versions that changed it.");
			show(List.of());
			return null;
		}
		int request = ++historyRequest;
		summary.setText("Reading the history…");
		return versions.run("Reading the history", folder, table.getControl().getDisplay(),
				(repo, monitor) -> repo.history(entry), list -> {
					if (request != historyRequest || table.getControl().isDisposed()) {
						return;
					}
					summary.setText(list.isEmpty()
							? (entry == null ? "No versions yet: Save version… makes the first."
									: "No version changed " + followedTitle + ".")
							: list.size() + (list.size() == 1 ? " version" : " versions")
									+ (entry == null ? "" : " that changed " + followedTitle));
					summary.getParent().layout(true);
					show(list);
				}, problem -> {
					if (!summary.isDisposed()) {
						summary.setText("Could not read the history: " + problem);
					}
				});
	}

	private void show(List<Version> list) {
		Version selected = selectedVersion();
		shown = list;
		table.setInput(list);
		Version again = selected == null ? null
				: list.stream().filter(v -> v.id().equals(selected.id())).findFirst().orElse(null);
		if (again != null) {
			table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(again), true);
		} else {
			showDiff();
		}
	}

	/** Shows the semantic diff of the selected version against the current state (in a job). */
	private void showDiff() {
		if (diff == null || diff.getControl().isDisposed() || editing == null) {
			return;
		}
		Version version = selectedVersion();
		publish();
		int request = ++diffRequest;
		if (version == null) {
			changes = List.of();
			diff.setInput(changes);
			diffSummary.setText("Select a version to see what changed since.");
			return;
		}
		diffSummary.setText("Comparing with " + version.shortId() + "…");
		versions.run("Comparing versions", editing.playbook().folder(), diff.getControl().getDisplay(),
				(repo, monitor) -> repo.diff(version.id(), null), list -> {
					if (request != diffRequest || diff.getControl().isDisposed()) {
						return;
					}
					changes = list;
					diff.setInput(list);
					diff.expandAll();
					diffSummary.setText(list.isEmpty() ? "No change since " + version.shortId() + "."
							: list.size() + (list.size() == 1 ? " entry" : " entries") + " changed since "
									+ version.shortId() + " (" + WHEN.format(version.time()) + "):");
					diffSummary.getParent().layout(true);
				}, problem -> {
					if (!diffSummary.isDisposed()) {
						diffSummary.setText("Could not compare: " + problem);
					}
				});
	}

	/** Tells the version handlers which version and entry are chosen. */
	private void publish() {
		Version version = selectedVersion();
		Object row = diff == null || diff.getControl().isDisposed() ? null
				: diff.getStructuredSelection().getFirstElement();
		EntityChange entry = row instanceof EntityChange c ? c : row == null ? null : parentOf(row);
		if (entry != null) {
			versions.select(version, entry.id(), entry.title());
		} else {
			versions.select(version, followedId, followedTitle);
		}
		if (events != null) {
			events.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	private EntityChange parentOf(Object field) {
		for (EntityChange c : changes) {
			if (c.fields() != null && c.fields().contains(field)) {
				return c;
			}
		}
		return null;
	}

	/** Opens the entry of a diff row (a field row opens its field). */
	void open(Object row) {
		EntityChange entry = row instanceof EntityChange c ? c : parentOf(row);
		if (opener == null || editing == null || entry == null) {
			return;
		}
		for (EObject element : Elements.all(editing.playbook().playbook())) {
			if (((Identified) element).getId().equals(entry.id())) {
				opener.open(element, row instanceof EntityChange.FieldChange f ? f.field() : null);
				return;
			}
		}
	}

	public Version selectedVersion() {
		if (table == null || table.getControl().isDisposed()) {
			return null;
		}
		return table.getStructuredSelection().getFirstElement() instanceof Version v ? v : null;
	}

	/** Selects a version (as a click does). */
	public void select(Version version) {
		table.setSelection(version == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY
				: new org.eclipse.jface.viewers.StructuredSelection(version), true);
	}

	/** Selects a row of the diff (an {@link EntityChange} or a field of one). */
	public void selectChange(Object row) {
		diff.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
	}

	/** The versions listed. */
	public List<Version> versions() {
		return shown;
	}

	/** The diff shown. */
	public List<EntityChange> changes() {
		return changes;
	}

	public TableViewer table() {
		return table;
	}

	public TreeViewer diffViewer() {
		return diff;
	}

	public String summaryText() {
		return summary.getText();
	}

	public String diffSummaryText() {
		return diffSummary.getText();
	}

	/** Turns "This entry only" on or off (as a click does). */
	public void setEntryOnly(boolean only) {
		entryOnly.setSelection(only);
		refresh();
	}

	@PreDestroy
	void dispose() {
		versions.removeListener(versionsListener);
		if (editing != null) {
			editing.removeListener(savedListener);
		}
	}
}
