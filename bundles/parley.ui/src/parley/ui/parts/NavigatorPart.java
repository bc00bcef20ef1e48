package parley.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.ui.Accessibility;
import parley.core.edit.EditingSession;
import parley.core.service.Labels;
import parley.core.service.PlaybookSession;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.ui.WorkbenchCuration;
import parley.ui.DialogPrompts;
import parley.ui.EntryOpener;
import parley.ui.Icons;
import parley.ui.ParleyEvents;
import parley.ui.Prompts;

/**
 * The playbook navigator: scenarios (with their steps), techniques, phrases, sources and tags, narrowed by a
 * filter box; type icons with a status dot. Selecting an element publishes it; double-click or Enter opens
 * its editor; the context menu creates, duplicates, deletes (all undoable) and asks for similar entries;
 * dropping one element on another links them ({@link EditingSession#link}).
 * <p>
 * Longer than 400 lines on purpose: it is one tree with its filter, menus, drag and drop and status line; the
 * tree's content is PlaybookTree and every action delegates to the editing session.
 */
public final class NavigatorPart {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	/** The types "New" offers, in menu order. */
	static final List<EClass> NEW_TYPES = List.of(P.getScenario(), P.getTechnique(), P.getPhrase(), P.getSource(),
			P.getTag());

	@Inject
	PlaybookSession session;

	@Inject
	UISynchronize sync;

	@Inject
	ESelectionService selection;

	@Inject
	@Optional
	IEventBroker events;

	@Inject
	@Optional
	EntryOpener opener;

	@Inject
	@Optional
	Prompts prompts;

	/** The part's own context service: a context activated here is active while the part is. */
	@Inject
	@Optional
	EContextService contexts;

	/** Binding context of keys that only mean something in the navigator (Delete). */
	public static final String BINDING_CONTEXT = "parley.ui.context.navigator";

	private EditingSession editing;
	private TreeViewer viewer;
	private PlaybookTree tree;
	private Text filter;
	private Label status;
	private Icons icons;
	private final Runnable applyFilter = this::applyFilter;
	private final PlaybookSession.Listener listener = new PlaybookSession.Listener() {
		@Override
		public void opened(OpenPlaybook playbook) {
			sync.asyncExec(() -> show(playbook));
		}

		@Override
		public void failed(Path folder, StoreException problem) {
			sync.asyncExec(() -> showFailure(problem));
		}
	};
	private final EditingSession.Listener editListener = s -> refresh();
	/** The marker in front of an entry with unsaved changes, as e4 marks an editor's tab. */
	static final String UNSAVED_MARK = "*";
	/** The entities with unsaved changes (new or changed) and how; read by the label provider. */
	private Map<EObject, EditingSession.Change> unsaved = Map.of();
	/** The type of each entity removed since the last save (its folder says how many). */
	private List<EClass> removedTypes = List.of();

	@PostConstruct
	void createControls(Composite parent) {
		icons = new Icons(parent.getDisplay());
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		status = new Label(parent, SWT.WRAP);
		status.setText("Loading the playbook…");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(status);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		Accessibility.name(filter, "Filter the playbook by title");
		filter.setMessage("Filter (Ctrl+F)");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(filter);
		filter.addModifyListener(e -> filter.getDisplay().timerExec(150, applyFilter));
		filter.addListener(SWT.DefaultSelection, e -> applyFilter());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				viewer.getTree().setFocus();
			}
		});
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		Accessibility.name(viewer.getControl(), "Playbook entries");
		viewer.setUseHashlookup(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		tree = new PlaybookTree();
		viewer.setContentProvider(tree);
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Step step) {
					int index = step.eContainer() == null ? 0
							: ((List<?>) step.eContainer().eGet(step.eContainingFeature())).indexOf(step) + 1;
					return index + ". " + String.valueOf(step.getInstruction());
				}
				if (element instanceof EObject object) {
					String name = Labels.name(object);
					String shown = name == null || name.isBlank() ? "(untitled)" : name;
					return unsaved.containsKey(object) ? UNSAVED_MARK + shown : shown;
				}
				if (element instanceof PlaybookTree.Folder folder) {
					long removed = removedTypes.stream().filter(folder.type::equals).count();
					return removed == 0 ? folder.toString() : folder + " " + UNSAVED_MARK + removed + " removed";
				}
				return String.valueOf(element);
			}

			@Override
			public Image getImage(Object element) {
				if (element instanceof PlaybookTree.Folder folder) {
					return icons.of(folder.type);
				}
				return element instanceof EObject object ? icons.of(object) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				EditingSession.Change change = unsaved.get(element);
				String state = change == null ? ""
						: change == EditingSession.Change.NEW ? " · new, not saved (Ctrl+S saves)"
								: " · changed, not saved (Ctrl+S saves)";
				return element instanceof Entry entry ? entry.getStatus().getLiteral() + state
						: state.isEmpty() ? null : state.substring(3);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			selection.setSelection(first instanceof EObject ? first : null);
		});
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof EObject element && opener != null) {
				opener.open(element, null);
			}
		});
		viewer.getTree().setData("org.eclipse.e4.ui.css.id", "navigator");
		contextMenu();
		dragAndDrop();
		if (contexts != null) {
			contexts.activateContext(BINDING_CONTEXT);
		}
		session.addListener(listener);
	}

	/** The editing session arrives in the context once the playbook is open. */
	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		if (this.editing != null) {
			this.editing.removeListener(editListener);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(editListener);
		}
		markChanges(); // a new session (the playbook was read again)
	}

	private void show(OpenPlaybook playbook) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(playbook.playbook());
		expandFolders(null);
		status.setText(playbook.playbook().getTitle() + "\n" + playbook.folder());
		status.setToolTipText(playbook.folder().toString());
		status.getParent().layout(true);
	}

	private void showFailure(StoreException problem) {
		if (status == null || status.isDisposed()) {
			return;
		}
		status.setText("The playbook could not be opened.\n" + problem.getMessage() + hint(problem));
		status.getParent().layout(true);
	}

	/** The workbench's own next step for a folder that holds no playbook (the store's message names none). */
	private static String hint(StoreException problem) {
		if (problem instanceof parley.core.store.NotAPlaybookException missing) {
			return switch (missing.reason()) {
			case MISSING, NOT_A_PLAYBOOK -> "\nCreate a playbook there with File > New Playbook…, or open another"
					+ " folder with File > Open Playbook….";
			case NOT_A_FOLDER -> "\nOpen the folder that holds the playbook with File > Open Playbook….";
			case ROOT_MISSING, ROOT_NOT_A_FILE -> "";
			};
		}
		return "";
	}

	private void applyFilter() {
		if (viewer.getControl().isDisposed() || filter.getText().strip().equals(tree.filter())) {
			return;
		}
		tree.setFilter(filter.getText());
		refreshTree();
		expandFolders(null);
	}

	/** After an edit: re-read the lists, keep the selection, mark what is not saved. */
	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		markChanges();
		tree.recompute();
		refreshTree();
	}

	/**
	 * Which entries the tree marks: only those with unsaved changes (the navigator's tab is never dirty: the
	 * entries are, and the status line says whether anything is unsaved).
	 */
	private void markChanges() {
		Map<EObject, EditingSession.Change> now = new HashMap<>();
		List<EClass> removed = new ArrayList<>();
		if (editing != null) {
			for (EditingSession.Unsaved u : editing.unsavedChanges()) {
				if (u.change() == EditingSession.Change.DELETED) {
					removed.add(u.element().eClass());
				} else {
					now.put(u.element(), u.change());
				}
			}
		}
		unsaved = now;
		removedTypes = removed;
	}

	private void refreshTree() {
		IStructuredSelection selected = viewer.getStructuredSelection();
		java.util.Set<EClass> expanded = new java.util.HashSet<>();
		for (TreeItem item : viewer.getTree().getItems()) {
			if (item.getExpanded() && item.getData() instanceof PlaybookTree.Folder folder) {
				expanded.add(folder.type);
			}
		}
		viewer.getTree().setRedraw(false);
		try {
			viewer.refresh();
			expandFolders(expanded);
			List<?> alive = selected.toList().stream()
					.filter(o -> o instanceof EObject e && (e.eContainer() != null)).toList();
			if (!alive.isEmpty()) {
				alive.forEach(this::materialize);
				viewer.setSelection(new StructuredSelection(alive), false);
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/**
	 * Expands folder rows on the widget (null: every folder with children). JFace's setExpandedState would
	 * materialise every child of a lazy tree (seconds at 10k); the widget's own expansion stays virtual.
	 */
	private void expandFolders(java.util.Set<EClass> types) {
		for (TreeItem item : viewer.getTree().getItems()) {
			item.getText(); // materialises the folder row and its child count
			if (item.getData() instanceof PlaybookTree.Folder folder && !folder.children.isEmpty()
					&& (types == null || types.contains(folder.type))) {
				item.setExpanded(true);
			}
		}
	}

	private void reveal(List<?> elements) {
		elements.forEach(this::materialize);
		viewer.setSelection(new StructuredSelection(elements), true);
	}

	/**
	 * Creates the row of an element in the virtual tree (expanding its folder, and its scenario for a step), so
	 * that JFace finds it when selecting: a lazy viewer only finds rows that were shown once.
	 */
	private void materialize(Object element) {
		Object scenario = element instanceof Step step ? step.eContainer() : null;
		Object entity = scenario != null ? scenario : element;
		if (!(entity instanceof EObject e) || tree.folderOf(e.eClass()) == null) {
			return;
		}
		PlaybookTree.Folder folder = tree.folderOf(e.eClass());
		int folderIndex = tree.folders().indexOf(folder);
		int index = folder.children.indexOf(entity);
		if (folderIndex < 0 || index < 0 || folderIndex >= viewer.getTree().getItemCount()) {
			return;
		}
		TreeItem folderItem = viewer.getTree().getItem(folderIndex);
		folderItem.getText();
		folderItem.setExpanded(true);
		if (index < folderItem.getItemCount()) {
			TreeItem item = folderItem.getItem(index);
			item.getText();
			if (scenario != null) {
				item.setExpanded(true);
				int stepIndex = ((Scenario) scenario).getSteps().indexOf(element);
				if (stepIndex >= 0 && stepIndex < item.getItemCount()) {
					item.getItem(stepIndex).getText();
				}
			}
		}
	}

	/** Selects and shows an element (after it was created). */
	public void select(EObject element) {
		if (element instanceof Entry || element instanceof Identified) {
			if (!tree.filter().isEmpty() && !PickDialog.matches(tree.filter(), Labels.name(element))) {
				filter.setText("");
				applyFilter();
			}
			reveal(List.of(element));
		}
	}

	private void contextMenu() {
		Menu menu = new Menu(viewer.getTree());
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.dispose();
			}
			fillMenu(menu);
		});
		viewer.getTree().setMenu(menu);
	}

	private void fillMenu(Menu menu) {
		List<EObject> chosen = selectedElements();
		MenuItem newItem = new MenuItem(menu, SWT.CASCADE);
		newItem.setText("New");
		Menu newMenu = new Menu(newItem);
		newItem.setMenu(newMenu);
		for (EClass type : NEW_TYPES) {
			MenuItem item = new MenuItem(newMenu, SWT.PUSH);
			item.setText(type.getName());
			item.setImage(icons.of(type));
			item.setEnabled(editing != null);
			item.addListener(SWT.Selection, e -> createNew(type));
		}
		MenuItem duplicate = new MenuItem(menu, SWT.PUSH);
		duplicate.setText("Duplicate");
		duplicate.setEnabled(editing != null && chosen.size() == 1 && !(chosen.get(0) instanceof Step));
		duplicate.addListener(SWT.Selection, e -> {
			Identified copy = editing.duplicate((Identified) chosen.get(0));
			if (copy != null) {
				select(copy);
			}
		});
		MenuItem delete = new MenuItem(menu, SWT.PUSH);
		delete.setText("Delete\tDel");
		delete.setEnabled(editing != null && !chosen.isEmpty());
		delete.addListener(SWT.Selection, e -> editing.delete(chosen));
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem similar = new MenuItem(menu, SWT.PUSH);
		similar.setText("Show similar");
		similar.setEnabled(events != null && chosen.size() == 1 && chosen.get(0) instanceof Entry);
		similar.addListener(SWT.Selection, e -> events.post(ParleyEvents.SHOW_SIMILAR, chosen.get(0)));
		curationMenu(menu, chosen.size() == 1 && chosen.get(0) instanceof Entry entry ? entry : null);
	}

	/** The curation steps for the selected entry ({@link WorkbenchCuration}), each enabled when its state allows it. */
	private void curationMenu(Menu menu, Entry entry) {
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem curation = new MenuItem(menu, SWT.CASCADE);
		curation.setText("Curation");
		curation.setEnabled(editing != null && entry != null);
		Menu steps = new Menu(curation);
		curation.setMenu(steps);
		if (editing == null || entry == null) {
			return;
		}
		for (WorkbenchCuration.Step step : WorkbenchCuration.Step.values()) {
			MenuItem item = new MenuItem(steps, SWT.PUSH);
			item.setText(step.label());
			item.setEnabled(WorkbenchCuration.offered(editing, entry, step));
			item.addListener(SWT.Selection, e -> curationSteps().run(step, entry));
		}
	}

	/** The curation steps, asking through the context's prompts (dialogs unless tests give their own). */
	WorkbenchCuration curationSteps() {
		Shell shell = viewer.getControl().getShell();
		Prompts asked = prompts != null ? prompts : new DialogPrompts(shell);
		return new WorkbenchCuration(editing, asked, candidates -> {
			PickDialog dialog = new PickDialog(shell, "Replaced by", candidates, icons);
			return asked.open(dialog) == org.eclipse.jface.window.Window.OK ? (Entry) dialog.result() : null;
		});
	}

	/** Creates an entity of a type (undoable), selects it and opens its editor. */
	public Identified createNew(EClass type) {
		if (editing == null) {
			return null;
		}
		Identified created = editing.create(type, "New " + type.getName().toLowerCase());
		if (created != null) {
			select(created);
			if (opener != null) {
				opener.open(created, P.getEntry().isSuperTypeOf(type) ? "title" : "name");
			}
		}
		return created;
	}

	/** The selected playbook elements (not folders). */
	public List<EObject> selectedElements() {
		return viewer.getStructuredSelection().toList().stream().filter(EObject.class::isInstance)
				.map(EObject.class::cast).toList();
	}

	private void dragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_LINK | DND.DROP_COPY | DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection s = viewer.getStructuredSelection();
				event.doit = s.size() == 1 && s.getFirstElement() instanceof EObject && editing != null;
				LocalSelectionTransfer.getTransfer().setSelection(s);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}
		});
		viewer.addDropSupport(DND.DROP_LINK | DND.DROP_COPY | DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				overrideOperation(DND.DROP_LINK);
				return editing != null && target instanceof EObject t && dragged() instanceof EObject d
						&& editing.canLink(d, t);
			}

			@Override
			public boolean performDrop(Object data) {
				return getCurrentTarget() instanceof EObject t && dragged() instanceof EObject d && editing.link(d, t);
			}

			private Object dragged() {
				var s = LocalSelectionTransfer.getTransfer().getSelection();
				return s instanceof IStructuredSelection ss ? ss.getFirstElement() : null;
			}
		});
	}

	/** Ctrl+F: puts the keyboard focus into the filter box. */
	public void focusFilter() {
		filter.setFocus();
		filter.selectAll();
	}

	/** Types into the filter box and applies it at once (tests). */
	/** The filter box's text (for tests). */
	public String filterText() {
		return filter.getText();
	}

	public void setFilterText(String text) {
		filter.setText(text);
		applyFilter();
	}

	@Focus
	void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The status line above the tree (playbook title and folder, or why it could not be opened). */
	public String statusText() {
		return status.getText();
	}

	/** The tree, for tests and keyboard focus. */
	public TreeViewer viewer() {
		return viewer;
	}

	@PreDestroy
	void dispose() {
		session.removeListener(listener);
		if (editing != null) {
			editing.removeListener(editListener);
		}
		icons.dispose();
	}
}
