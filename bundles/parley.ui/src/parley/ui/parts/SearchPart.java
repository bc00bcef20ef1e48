package parley.ui.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.TextStyle;
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
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.search.DuplicatePair;
import parley.search.Hit;
import parley.search.QuerySyntaxException;
import parley.search.SearchException;
import parley.search.SearchLimitException;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.SearchService;
import parley.search.Suggestion;
import parley.ui.EntryOpener;
import parley.ui.Icons;
import parley.ui.WorkbenchSearch;

/**
 * Full-text search over the playbook: search as you type (debounced, run off the UI thread, answers to
 * older queries dropped), suggestions from the search service under the query box, ranked results with
 * type icon, title and the snippet's matching words in bold, "did you mean", facet filters with counts
 * (type, tag, status, emotion, channel) that refine the query, "more results" paging and the result count.
 * Enter or double-click opens a result through the {@link EntryOpener}. Also shows the entries most like one
 * entry ({@link #showSimilar}), near-duplicate phrases, and rebuilds the index. A thin layer over
 * {@link SearchService}; the workbench's service comes from {@link WorkbenchSearch}.
 */
public final class SearchPart {

	public static final String ID = "parley.ui.part.search";

	static final int DELAY_MS = 150;
	static final int PAGE = 50;
	static final int SIMILAR = 20;
	static final int SUGGESTIONS = 8;
	static final double DUPLICATE_THRESHOLD = 0.6;

	/** Facet dimensions in the order shown, with their labels. */
	static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();
	static {
		DIMENSIONS.put("type", "Type");
		DIMENSIONS.put("tag", "Tag");
		DIMENSIONS.put("status", "Status");
		DIMENSIONS.put("emotion", "Emotion");
		DIMENSIONS.put("channel", "Channel");
	}

	/** What the result list shows. */
	public enum Mode {
		QUERY, SIMILAR, DUPLICATES
	}

	/** One row of the result list: the entry it opens, its title and a snippet with matches marked «like this». */
	public record Row(Entry entry, String title, String snippet) {
	}

	@Inject
	@Optional
	EntryOpener opener;

	@Inject
	@Optional
	WorkbenchSearch workbench;

	private SearchService search;
	private EditingSession editing;

	private Text query;
	private Link info;
	private Tree facets;
	private TableViewer results;
	private Label status;
	private Button more;
	private Icons icons;
	private Font bold;
	private ContentProposalAdapter proposals;

	private Mode mode = Mode.QUERY;
	private int pageSize = PAGE;
	private final Map<String, Set<String>> filters = new LinkedHashMap<>();
	private final List<Row> rows = new ArrayList<>();
	private SearchRequest shown;
	private long total;
	/** Bumped by every request; an answer to an older one is dropped. */
	private int generation;
	private boolean settingText;
	/** A request waiting for the search service (the index is still being built). */
	private Runnable waiting;
	private final Runnable typed = () -> runQuery(0);
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
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(6, 4).applyTo(parent);

		query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setMessage("Search the playbook (Ctrl+Shift+F): words, \"exact phrase\", type:phrase, tag:…, -word");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(query);
		query.addModifyListener(e -> {
			if (!settingText) {
				display.timerExec(-1, typed);
				display.timerExec(DELAY_MS, typed);
			}
		});
		query.addListener(SWT.DefaultSelection, e -> {
			if (e.detail == SWT.ICON_CANCEL) {
				return;
			}
			display.timerExec(-1, typed);
			openSelectedOrFirst();
		});
		query.addListener(SWT.KeyDown, e -> {
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
			display.timerExec(-1, typed);
			runQuery(0);
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
		info.addListener(SWT.Selection, e -> {
			if ("similar".equals(e.text) || "search".equals(e.text)) {
				runQuery(0);
			} else if (e.text != null && !e.text.isEmpty()) {
				setQueryText(e.text);
				runQuery(0);
			}
		});

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
		facets = new Tree(sash, SWT.CHECK | SWT.V_SCROLL | SWT.BORDER);
		facets.addListener(SWT.Selection, this::facetChecked);

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(right);
		results = new TableViewer(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		results.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(results.getControl());
		results.setContentProvider(ArrayContentProvider.getInstance());
		column("Entry", 340, true);
		column("Match", 720, false);
		results.addOpenListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Row row) {
				open(row);
			}
		});
		status = new Label(right, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		more = new Button(right, SWT.PUSH);
		more.setText("More results");
		GridDataFactory.swtDefaults().applyTo(more);
		more.addListener(SWT.Selection, e -> moreResults());
		sash.setWeights(22, 78);

		showInfo(search == null ? "Indexing the playbook for search…" : "Type to search the playbook.");
		updateMore();
	}

	private static char[] letters() {
		StringBuilder chars = new StringBuilder();
		for (char c = 'a'; c <= 'z'; c++) {
			chars.append(c).append(Character.toUpperCase(c));
		}
		return chars.append("0123456789").toString().toCharArray();
	}

	private void column(String title, int width, boolean entry) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell cell) {
				Row row = (Row) cell.getElement();
				StyledString text = entry ? new StyledString(titleOf(row)) : styled(row.snippet());
				cell.setText(text.getString());
				cell.setStyleRanges(text.getStyleRanges());
				cell.setImage(entry ? icons.of(row.entry()) : null);
				super.update(cell);
			}
		});
	}

	/** The entry's title as it is now (it may have been edited since the search). */
	private static String titleOf(Row row) {
		String title = row.entry().getTitle();
		return title != null ? title : row.title();
	}

	private StyledString.Styler boldStyler() {
		return new StyledString.Styler() {
			@Override
			public void applyStyles(TextStyle style) {
				style.font = bold;
			}
		};
	}

	/** A snippet with its «marked» words in bold and the marks removed; line breaks become spaces. */
	StyledString styled(String marked) {
		StyledString styled = new StyledString();
		if (marked == null) {
			return styled;
		}
		String text = marked.replace('\n', ' ');
		int at = 0;
		while (at < text.length()) {
			int start = text.indexOf(Hit.MARK_START, at);
			int end = start < 0 ? -1 : text.indexOf(Hit.MARK_END, start);
			if (start < 0 || end < 0) {
				styled.append(text.substring(at));
				break;
			}
			styled.append(text.substring(at, start));
			styled.append(text.substring(start + Hit.MARK_START.length(), end), boldStyler());
			at = end + Hit.MARK_END.length();
		}
		return styled;
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
		SearchService current = search;
		if (current == null || typed.isBlank() || typed.contains(":") || typed.contains("\"")) {
			return List.of();
		}
		try {
			Set<String> texts = new LinkedHashSet<>();
			for (Suggestion s : current.suggest(typed.strip(), SUGGESTIONS)) {
				texts.add(s.text());
			}
			return new ArrayList<>(texts);
		} catch (SearchException | RuntimeException e) {
			return List.of();
		}
	}

	// ---- injected services ----

	@Inject
	void setSearch(@Optional SearchService search) {
		this.search = search;
		if (query == null || query.isDisposed()) {
			return;
		}
		if (search == null) {
			generation++;
			showInfo("Indexing the playbook for search…");
			return;
		}
		Runnable pending = waiting;
		waiting = null;
		if (pending != null) {
			pending.run();
		} else if (!query.getText().isBlank()) {
			runQuery(0);
		} else {
			showInfo("Type to search the playbook.");
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

	// ---- requests ----

	/** Runs the query box's text with the chosen facet filters; {@code offset} above 0 appends the next page. */
	void runQuery(int offset) {
		if (query == null || query.isDisposed()) {
			return;
		}
		mode = Mode.QUERY;
		String text = query.getText().strip();
		int request = ++generation;
		if (text.isEmpty()) {
			rows.clear();
			total = 0;
			shown = null;
			results.setInput(rows);
			fillFacets(Map.of());
			showInfo(search == null ? "Indexing the playbook for search…" : "Type to search the playbook.");
			updateMore();
			return;
		}
		SearchService current = search;
		if (current == null) {
			waiting = () -> runQuery(0);
			showInfo("Indexing the playbook for search… (the search runs when it is ready)");
			return;
		}
		Map<String, Set<String>> chosen = new LinkedHashMap<>();
		filters.forEach((dim, values) -> chosen.put(dim, new LinkedHashSet<>(values)));
		SearchRequest req = new SearchRequest(text, List.of(), List.of(), List.of(), offset, pageSize, true).withFilters(chosen);
		Display display = query.getDisplay();
		worker.execute(() -> {
			SearchResults found = null;
			String problem = null;
			try {
				found = withOtherValues(current, req, chosen, current.search(req));
			} catch (QuerySyntaxException | SearchLimitException e) {
				problem = e.getMessage(); // says what to change in the query
			} catch (SearchException | RuntimeException e) {
				problem = "Search failed: " + e.getMessage();
			}
			SearchResults answer = found;
			String error = problem;
			display.asyncExec(() -> {
				if (request != generation || query.isDisposed()) {
					return; // a newer request was made meanwhile
				}
				if (answer == null) {
					showInfo(error);
				} else {
					showResults(req, answer);
				}
			});
		});
	}

	/**
	 * The counts of a dimension that has a filter are those of the query filtered on the other dimensions
	 * only, so the values not chosen stay listed (with what choosing them too would add).
	 */
	private static SearchResults withOtherValues(SearchService service, SearchRequest req,
			Map<String, Set<String>> chosen, SearchResults found) throws SearchException {
		if (chosen.isEmpty() || req.offset() > 0) {
			return found;
		}
		Map<String, Map<String, Integer>> facets = new LinkedHashMap<>(found.facets());
		for (String dim : chosen.keySet()) {
			Map<String, Set<String>> others = new LinkedHashMap<>(chosen);
			others.remove(dim);
			SearchResults without = service.search(req.withFilters(others).withLimit(1));
			facets.put(dim, without.facets().getOrDefault(dim, Map.of()));
		}
		return new SearchResults(found.totalHits(), found.exactTotal(), found.hits(), facets, found.didYouMean(),
				found.fuzzy());
	}

	private void showResults(SearchRequest req, SearchResults answer) {
		Map<String, Entry> byId = entriesById();
		if (req.offset() == 0) {
			rows.clear();
		}
		for (Hit hit : answer.hits()) {
			Entry entry = byId.get(hit.id());
			if (entry != null) {
				rows.add(new Row(entry, hit.title(), hit.snippet() == null ? "" : hit.snippet()));
			}
		}
		shown = req;
		total = answer.totalHits();
		results.setInput(rows);
		if (req.offset() == 0 && !rows.isEmpty()) {
			results.getTable().setTopIndex(0);
		}
		fillFacets(answer.facets());
		StringBuilder line = new StringBuilder();
		line.append(total == 0 ? "No entries match" : total + (answer.exactTotal() ? "" : "+")
				+ (total == 1 ? " entry matches" : " entries match"));
		if (answer.fuzzy() && total > 0) {
			line.append(" (including near spellings)");
		}
		if (!filters.isEmpty()) {
			line.append(" with the chosen filters");
		}
		if (total > rows.size()) {
			line.append("; showing ").append(rows.size());
		}
		String text = escape(line.toString());
		if (answer.didYouMean() != null) {
			text += ".   Did you mean: <a href=\"" + escape(answer.didYouMean()) + "\">" + escape(answer.didYouMean())
					+ "</a>?";
		}
		setInfo(text);
		updateMore();
	}

	/** Appends the next page of results. */
	void moreResults() {
		if (mode == Mode.QUERY && shown != null && rows.size() < total) {
			runQuery(rows.size());
		}
	}

	/** Shows the entries most like {@code entry}. */
	public void showSimilar(Entry entry) {
		mode = Mode.SIMILAR;
		int request = ++generation;
		String title = entry.getTitle();
		SearchService current = search;
		if (current == null) {
			waiting = () -> showSimilar(entry);
			showInfo("Indexing the playbook for search… (entries like '" + title + "' follow when it is ready)");
			return;
		}
		String id = entry.getId();
		Display display = query.getDisplay();
		showInfo("Looking for entries like '" + title + "'…");
		worker.execute(() -> {
			List<Hit> hits;
			try {
				hits = current.similar(id, SIMILAR);
			} catch (SearchException | RuntimeException e) {
				hits = null;
			}
			List<Hit> answer = hits;
			display.asyncExec(() -> {
				if (request != generation || query.isDisposed()) {
					return;
				}
				if (answer == null) {
					showInfo("Could not find entries like '" + title + "'.");
					return;
				}
				Map<String, Entry> byId = entriesById();
				List<Row> found = new ArrayList<>();
				for (Hit hit : answer) {
					Entry similar = byId.get(hit.id());
					if (similar != null) {
						found.add(new Row(similar, hit.title(), snippetOf(similar)));
					}
				}
				showList(found, escape(found.size() + (found.size() == 1 ? " entry" : " entries") + " like '" + title
						+ "'") + ".   <a href=\"search\">Back to the search</a>");
			});
		});
	}

	/** Lists pairs of phrases with nearly the same wording (each row opens the first of its pair). */
	public void findDuplicates() {
		mode = Mode.DUPLICATES;
		int request = ++generation;
		SearchService current = search;
		if (current == null) {
			waiting = this::findDuplicates;
			showInfo("Indexing the playbook for search… (near-duplicates follow when it is ready)");
			return;
		}
		Display display = query.getDisplay();
		showInfo("Looking for near-duplicate phrases…");
		worker.execute(() -> {
			List<DuplicatePair> pairs;
			try {
				pairs = current.duplicatePhrases(DUPLICATE_THRESHOLD);
			} catch (SearchException | RuntimeException e) {
				pairs = null;
			}
			List<DuplicatePair> answer = pairs;
			display.asyncExec(() -> {
				if (request != generation || query.isDisposed()) {
					return;
				}
				if (answer == null) {
					showInfo("Could not look for near-duplicate phrases.");
					return;
				}
				Map<String, Entry> byId = entriesById();
				List<Row> found = new ArrayList<>();
				for (DuplicatePair pair : answer) {
					Entry first = byId.get(pair.first().id());
					Entry second = byId.get(pair.second().id());
					if (first != null && second != null) {
						found.add(new Row(first, pair.first().title(), String.format(Locale.ROOT,
								"«%d%%» alike: %s", Math.round(pair.similarity() * 100), second.getTitle())));
					}
				}
				showList(found, escape(found.size() + " near-duplicate phrase " + (found.size() == 1 ? "pair" : "pairs")
						+ " (" + Math.round(DUPLICATE_THRESHOLD * 100) + "% of words shared or more)")
						+ ".   <a href=\"search\">Back to the search</a>");
			});
		});
	}

	private void showList(List<Row> found, String infoText) {
		rows.clear();
		rows.addAll(found);
		total = found.size();
		shown = null;
		results.setInput(rows);
		fillFacets(Map.of());
		setInfo(infoText);
		updateMore();
	}

	/** Rebuilds the index in the background, then runs the current request again. */
	void rebuildIndex() {
		if (workbench != null) {
			showInfo("Rebuilding the search index…");
			workbench.rebuild(() -> {
				if (!query.isDisposed() && mode == Mode.QUERY) {
					runQuery(0);
				}
			});
		}
	}

	private static String snippetOf(Entry entry) {
		String text = switch (entry) {
		case parley.model.playbook.Phrase p -> p.getText();
		case parley.model.playbook.Technique t -> t.getSummary();
		case parley.model.playbook.Scenario s -> s.getSituation();
		case parley.model.playbook.Source s -> s.getSummary();
		default -> null;
		};
		if (text == null) {
			return "";
		}
		return text.length() <= 160 ? text : text.substring(0, Math.max(0, text.lastIndexOf(' ', 157))) + " …";
	}

	private Map<String, Entry> entriesById() {
		Map<String, Entry> byId = new HashMap<>();
		Playbook playbook = editing != null ? editing.playbook().playbook() : null;
		if (playbook != null) {
			for (Entry entry : new PlaybookQueries(playbook).entries()) {
				byId.put(entry.getId(), entry);
			}
		}
		return byId;
	}

	// ---- facets ----

	private void fillFacets(Map<String, Map<String, Integer>> counts) {
		facets.setRedraw(false);
		try {
			facets.removeAll();
			for (Map.Entry<String, String> dim : DIMENSIONS.entrySet()) {
				Map<String, Integer> values = new LinkedHashMap<>(counts.getOrDefault(dim.getKey(), Map.of()));
				Set<String> chosen = filters.getOrDefault(dim.getKey(), Set.of());
				for (String value : chosen) {
					values.putIfAbsent(value, 0);
				}
				if (values.isEmpty()) {
					continue;
				}
				TreeItem parent = new TreeItem(facets, SWT.NONE);
				parent.setText(dim.getValue());
				parent.setData(dim.getKey());
				parent.setFont(bold);
				parent.setChecked(!chosen.isEmpty());
				parent.setGrayed(!chosen.isEmpty());
				for (Map.Entry<String, Integer> value : values.entrySet()) {
					TreeItem item = new TreeItem(parent, SWT.NONE);
					item.setText(value.getKey() + "  (" + value.getValue() + ")");
					item.setData(value.getKey());
					item.setChecked(chosen.contains(value.getKey()));
				}
				parent.setExpanded(true);
			}
		} finally {
			facets.setRedraw(true);
		}
	}

	private void facetChecked(Event e) {
		if (e.detail != SWT.CHECK || !(e.item instanceof TreeItem item)) {
			return;
		}
		if (item.getParentItem() == null) {
			// A dimension's box clears that dimension's filter.
			filters.remove((String) item.getData());
		} else {
			setFilter((String) item.getParentItem().getData(), (String) item.getData(), item.getChecked());
			return;
		}
		runQuery(0);
	}

	/** Adds or removes one facet value from the filters and runs the query again. */
	public void setFilter(String dimension, String value, boolean on) {
		Set<String> values = filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
		if (on) {
			values.add(value);
		} else {
			values.remove(value);
		}
		if (values.isEmpty()) {
			filters.remove(dimension);
		}
		runQuery(0);
	}

	// ---- opening ----

	private void openSelectedOrFirst() {
		Object selected = results.getStructuredSelection().getFirstElement();
		if (selected instanceof Row row) {
			open(row);
		} else if (!rows.isEmpty()) {
			open(rows.get(0));
		}
	}

	/** Opens a result's editor. */
	void open(Row row) {
		if (opener != null && row.entry().eContainer() != null) {
			opener.open(row.entry(), null);
		}
	}

	// ---- small helpers ----

	private void setQueryText(String text) {
		settingText = true;
		try {
			query.setText(text);
			query.setSelection(text.length());
		} finally {
			settingText = false;
		}
	}

	private void showInfo(String plain) {
		setInfo(escape(plain));
	}

	private void setInfo(String linkText) {
		if (info != null && !info.isDisposed()) {
			info.setText(linkText);
			info.getParent().layout(new org.eclipse.swt.widgets.Control[] { info });
		}
	}

	private void updateMore() {
		boolean visible = mode == Mode.QUERY && shown != null && rows.size() < total;
		more.setVisible(visible);
		more.setEnabled(visible);
		((org.eclipse.swt.layout.GridData) more.getLayoutData()).exclude = !visible;
		more.setText(visible ? "More results (" + (total - rows.size()) + " more)" : "More results");
		more.getParent().layout(true);
	}

	/** Link text: '&' would be a mnemonic and '<' a tag. */
	private static String escape(String text) {
		return text.replace("&", "&&").replace("<", "&lt;");
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

	public Text queryBox() {
		return query;
	}

	public TableViewer results() {
		return results;
	}

	public Tree facets() {
		return facets;
	}

	public List<Row> rows() {
		return List.copyOf(rows);
	}

	public Mode mode() {
		return mode;
	}

	public long total() {
		return total;
	}

	public String infoText() {
		return info.getText();
	}

	public Button moreButton() {
		return more;
	}

	/** Hits fetched per page (tests use small pages). */
	public void setPageSize(int pageSize) {
		this.pageSize = pageSize;
	}

	/** The query of the results shown, or null when they are not a query's. */
	public String shownQuery() {
		return shown == null ? null : shown.query();
	}

	public Map<String, Set<String>> filters() {
		return filters;
	}

	/** The text and bold ranges shown for a row's snippet (tests). */
	public StyleRange[] snippetStyles(Row row) {
		return styled(row.snippet()).getStyleRanges();
	}

	@PreDestroy
	void dispose() {
		worker.shutdownNow();
		if (editing != null) {
			editing.removeListener(edited);
		}
		icons.dispose();
	}
}
