package parley.ui.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import parley.ui.Accessibility;
import parley.core.edit.EditingSession;
import parley.model.playbook.Entry;
import parley.search.SearchService;
import parley.ui.EntryOpener;
import parley.ui.Icons;
import parley.ui.WorkbenchSearch;

/**
 * Full-text search over the playbook: the widgets over a {@link SearchController}, which holds what the part
 * does without SWT (search as you type, requests off the UI thread, facets, paging, similar entries,
 * near-duplicates). Here: the query box with suggestions from the search service under it, ranked results
 * with type icon, title and the snippet's matching words in bold, the "did you mean" and info line, facet
 * filters with counts (type, tag, status, emotion, channel), "more results" and the result count. Enter or
 * double-click opens a result through the {@link EntryOpener}. The workbench's service comes from
 * {@link WorkbenchSearch}. The result columns are {@link ResultColumns}, the facet tree {@link FacetTree}.
 * <p>
 * Over 400 lines on purpose: building the widgets and wiring each to the controller is one long but flat
 * method, and a fifth of the class is the small accessors that handlers and tests use.
 */
public final class SearchPart implements SearchController.View {

	public static final String ID = "parley.ui.part.search";

	static final int DELAY_MS = SearchController.DELAY_MS;

	/** Facet dimensions in the order shown, with their labels. */
	static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();
	static {
		DIMENSIONS.put("type", "Type");
		DIMENSIONS.put("tag", "Tag");
		DIMENSIONS.put("status", "Status");
		DIMENSIONS.put("emotion", "Emotion");
		DIMENSIONS.put("channel", "Channel");
	}

	@Inject
	@Optional
	EntryOpener opener;

	@Inject
	@Optional
	WorkbenchSearch workbench;

	private SearchService search;
	private EditingSession editing;
	private SearchController controller;

	private Text query;
	private Link info;
	private Tree facets;
	private TableViewer results;
	private Label status;
	private Button more;
	private Icons icons;
	private Font bold;
	private ContentProposalAdapter proposals;

	private boolean settingText;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Parley search");
		t.setDaemon(true);
		return t;
	});

	@PostConstruct
	void createControls(Composite parent) {
		Display display = parent.getDisplay();
		icons = new Icons(display);
		bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		controller = new SearchController(this, timers(display), r -> display.asyncExec(() -> {
			if (!query.isDisposed()) {
				r.run();
			}
		}), worker);
		controller.setPlaybook(() -> editing != null ? editing.playbook().playbook() : null);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(6, 4).applyTo(parent);

		query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		Accessibility.name(query, "Search query");
		query.setMessage("Search the playbook (Ctrl+Shift+F): words, \"exact phrase\", type:phrase, tag:…, -word");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(query);
		query.addModifyListener(e -> {
			if (!settingText) {
				controller.typed(query.getText());
			}
		});
		query.addListener(SWT.DefaultSelection, e -> {
			if (e.detail == SWT.ICON_CANCEL) {
				return;
			}
			controller.runNow();
			openSelectedOrFirst();
		});
		query.addListener(SWT.KeyDown, e -> {
			List<SearchController.Row> rows = controller.rows();
			if (e.keyCode == SWT.ARROW_DOWN && !proposals.isProposalPopupOpen() && !rows.isEmpty()) {
				results.getTable().setFocus();
				if (results.getTable().getSelectionIndex() < 0) {
					results.setSelection(new StructuredSelection(rows.get(0)), true);
				}
				e.doit = false;
			}
		});
		proposals = new ContentProposalAdapter(query, new TextContentAdapter(), suggestionProvider(),
				KeyStroke.getInstance(SWT.CTRL, ' '), letters());
		proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		proposals.setAutoActivationDelay(DELAY_MS);
		proposals.setPopupSize(new org.eclipse.swt.graphics.Point(520, 150));
		proposals.addContentProposalListener(p -> {
			controller.typed(query.getText());
			controller.runNow();
		});

		ToolBar actions = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		ToolItem duplicates = new ToolItem(actions, SWT.PUSH);
		duplicates.setText("Near-duplicate phrases");
		duplicates.setToolTipText("Find phrases whose wording nearly repeats another's, for curators to merge");
		duplicates.addListener(SWT.Selection, e -> findDuplicates());
		new ToolItem(actions, SWT.SEPARATOR);
		ToolItem rebuild = new ToolItem(actions, SWT.PUSH);
		rebuild.setText("Rebuild index");
		rebuild.setToolTipText("Rebuild the search index from the playbook (in the background)");
		rebuild.addListener(SWT.Selection, e -> rebuildIndex());

		info = new Link(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(info);
		info.addListener(SWT.Selection, e -> controller.linkClicked(e.text));

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
		facets = new Tree(sash, SWT.CHECK | SWT.V_SCROLL | SWT.BORDER);
		Accessibility.name(facets, "Narrow the results");
		facets.addListener(SWT.Selection, this::facetChecked);

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(right);
		results = new TableViewer(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Accessibility.name(results.getControl(), "Search results");
		results.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(results.getControl());
		results.setContentProvider(ArrayContentProvider.getInstance());
		ResultColumns.add(results, icons, bold);
		results.addOpenListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof SearchController.Row row) {
				open(row);
			}
		});
		status = new Label(right, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		more = new Button(right, SWT.PUSH);
		more.setText("More results");
		GridDataFactory.swtDefaults().applyTo(more);
		more.addListener(SWT.Selection, e -> controller.moreResults());
		sash.setWeights(22, 78);

		controller.start(search);
	}

	/** The typing pause on SWT timers (display thread). */
	private static SearchController.Scheduler timers(Display display) {
		return new SearchController.Scheduler() {
			@Override
			public void schedule(Runnable task, int delayMs) {
				display.timerExec(delayMs, task);
			}

			@Override
			public void cancel(Runnable task) {
				if (!display.isDisposed()) {
					display.timerExec(-1, task);
				}
			}
		};
	}

	private static char[] letters() {
		StringBuilder chars = new StringBuilder();
		for (char c = 'a'; c <= 'z'; c++) {
			chars.append(c).append(Character.toUpperCase(c));
		}
		return chars.append("0123456789").toString().toCharArray();
	}

	/** A snippet with its «marked» words in bold and the marks removed; line breaks become spaces. */
	StyledString styled(String marked) {
		return ResultColumns.styled(marked, bold);
	}

	private IContentProposalProvider suggestionProvider() {
		return (contents, position) -> {
			List<IContentProposal> found = new ArrayList<>();
			for (String text : suggestions(contents)) {
				found.add(new ContentProposal(text));
			}
			return found.toArray(IContentProposal[]::new);
		};
	}

	/** Completions of what is typed (titles and phrase wordings); a quick index lookup, empty while indexing. */
	public List<String> suggestions(String typed) {
		return controller.suggestions(typed);
	}

	// ---- injected services ----

	@Inject
	void setSearch(@Optional SearchService search) {
		this.search = search;
		if (controller != null && !query.isDisposed()) {
			controller.setService(search);
		}
	}

	/** Shown titles and status icons follow edits (the search itself runs again only when asked). */
	private final EditingSession.Listener edited = session -> {
		if (results != null && !results.getControl().isDisposed()) {
			results.refresh();
		}
	};

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		if (this.editing != null) {
			this.editing.removeListener(edited);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(edited);
		}
	}

	@Inject
	void setNotice(@Optional @Named(WorkbenchSearch.NOTICE) String notice) {
		if (status != null && !status.isDisposed()) {
			status.setText(notice == null ? "" : notice);
			status.setToolTipText(notice);
		}
	}

	// ---- the view of the controller's state ----

	@Override
	public void rowsChanged(boolean fromTop) {
		results.setInput(controller.rows());
		if (fromTop && results.getTable().getItemCount() > 0) {
			results.getTable().setTopIndex(0);
		}
	}

	@Override
	public void facetsChanged(Map<String, Map<String, Integer>> counts) {
		FacetTree.fill(facets, DIMENSIONS, counts, controller.filters(), bold);
	}

	@Override
	public void infoChanged(String linkText) {
		if (info != null && !info.isDisposed()) {
			info.setText(linkText);
			info.getParent().layout(new org.eclipse.swt.widgets.Control[] { info });
		}
	}

	@Override
	public void moreChanged() {
		if (more == null || more.isDisposed()) {
			return;
		}
		boolean visible = controller.moreVisible();
		more.setVisible(visible);
		more.setEnabled(visible);
		((org.eclipse.swt.layout.GridData) more.getLayoutData()).exclude = !visible;
		more.setText(visible ? "More results (" + controller.remaining() + " more)" : "More results");
		more.getParent().layout(true);
	}

	@Override
	public void queryTextChanged(String text) {
		settingText = true;
		try {
			query.setText(text);
			query.setSelection(text.length());
		} finally {
			settingText = false;
		}
	}

	// ---- requests ----

	/** Runs the query box's text with the chosen facet filters; {@code offset} above 0 appends the next page. */
	void runQuery(int offset) {
		controller.runQuery(offset);
	}

	/** Appends the next page of results. */
	void moreResults() {
		controller.moreResults();
	}

	/** Shows the entries most like {@code entry}. */
	public void showSimilar(Entry entry) {
		controller.showSimilar(entry);
	}

	/** Lists pairs of phrases with nearly the same wording (each row opens the first of its pair). */
	public void findDuplicates() {
		controller.findDuplicates();
	}

	/** Rebuilds the index in the background, then runs the current request again. */
	void rebuildIndex() {
		if (workbench != null) {
			infoChanged(SearchController.escape("Rebuilding the search index…"));
			workbench.rebuild(() -> {
				if (!query.isDisposed() && controller.mode() == SearchController.Mode.QUERY) {
					controller.runQuery(0);
				}
			});
		}
	}

	private void facetChecked(Event e) {
		if (e.detail != SWT.CHECK || !(e.item instanceof TreeItem item)) {
			return;
		}
		if (item.getParentItem() == null) {
			controller.clearFilter((String) item.getData()); // a dimension's box clears that dimension's filter
		} else {
			controller.setFilter((String) item.getParentItem().getData(), (String) item.getData(), item.getChecked());
		}
	}

	/** Adds or removes one facet value from the filters and runs the query again. */
	public void setFilter(String dimension, String value, boolean on) {
		controller.setFilter(dimension, value, on);
	}

	// ---- opening ----

	private void openSelectedOrFirst() {
		Object selected = results.getStructuredSelection().getFirstElement();
		List<SearchController.Row> rows = controller.rows();
		if (selected instanceof SearchController.Row row) {
			open(row);
		} else if (!rows.isEmpty()) {
			open(rows.get(0));
		}
	}

	/** Opens a result's editor. */
	void open(SearchController.Row row) {
		if (opener != null && row.entry().eContainer() != null) {
			opener.open(row.entry(), null);
		}
	}

	// ---- for the handlers and tests ----

	/** Ctrl+Shift+F: focus in the query box, its text selected for typing over. */
	public void focusQuery() {
		query.setFocus();
		query.selectAll();
	}

	@Focus
	void setFocus() {
		query.setFocus();
	}

	/** Types a query as a user would (search-as-you-type applies after the pause). */
	public void type(String text) {
		query.setText(text);
	}

	/** What the part does, without its widgets. */
	public SearchController controller() {
		return controller;
	}

	public Text queryBox() {
		return query;
	}

	public TableViewer results() {
		return results;
	}

	public Tree facets() {
		return facets;
	}

	public List<SearchController.Row> rows() {
		return controller.rows();
	}

	public SearchController.Mode mode() {
		return controller.mode();
	}

	public long total() {
		return controller.total();
	}

	public String infoText() {
		return info.getText();
	}

	public Button moreButton() {
		return more;
	}

	/** Hits fetched per page (tests use small pages). */
	public void setPageSize(int pageSize) {
		controller.setPageSize(pageSize);
	}

	/** The query of the results shown, or null when they are not a query's. */
	public String shownQuery() {
		return controller.shownQuery();
	}

	public Map<String, Set<String>> filters() {
		return controller.filters();
	}

	/** The text and bold ranges shown for a row's snippet (tests). */
	public StyleRange[] snippetStyles(SearchController.Row row) {
		return styled(row.snippet()).getStyleRanges();
	}

	@PreDestroy
	void dispose() {
		if (controller != null) {
			controller.dispose();
		}
		worker.shutdownNow();
		if (editing != null) {
			editing.removeListener(edited);
		}
		icons.dispose();
	}
}
