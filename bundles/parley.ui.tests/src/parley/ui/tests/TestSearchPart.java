package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.search.Hit;
import parley.search.SearchRequest;
import parley.search.SearchService;
import parley.ui.WorkbenchSearch;
import parley.ui.handlers.FindDuplicatesHandler;
import parley.ui.handlers.FocusSearchHandler;
import parley.ui.handlers.RebuildIndexHandler;
import parley.ui.parts.SearchPart;
import parley.ui.parts.SearchController;
import parley.ui.parts.SearchController.Row;

/**
 * The search part on real widgets over the starter playbook, with the workbench's search service (indexed in
 * a background job, kept live by the model): type and open, facets, similar entries, live edits, handlers.
 */
class TestSearchPart extends ShellFixture {

	static final String ANGRY = "Angry caller letting off steam about a faulty product";

	private WorkbenchSearch workbench;
	private SearchService search;

	@BeforeEach
	void startSearch() {
		workbench = new WorkbenchSearch(context, context.get(UISynchronize.class));
		context.set(WorkbenchSearch.class, workbench);
		workbench.start(editing);
		spin(() -> context.get(SearchService.class) != null);
		search = context.get(SearchService.class);
	}

	@AfterEach
	void stopSearch() throws InterruptedException {
		Job.getJobManager().join(WorkbenchSearch.FAMILY, null);
		workbench.stop();
	}

	private SearchPart part() {
		SearchPart part = ContextInjectionFactory.make(SearchPart.class, context);
		shell.open();
		return part;
	}

	private static List<String> titles(SearchPart part) {
		return part.rows().stream().map(Row::title).toList();
	}

	private Entry entry(String title) {
		return new PlaybookQueries(playbook()).entries().stream().filter(e -> e.getTitle().equals(title)).findFirst()
				.orElseThrow();
	}

	@Test
	void typingShowsHighlightedResultsAndEnterOpensTheFirst() {
		SearchPart part = part();
		part.type("angry");
		spin(() -> titles(part).contains(ANGRY));
		assertTrue(part.infoText().contains("entries match"), part.infoText());
		Row first = part.rows().get(0);
		assertEquals(first.title(), part.results().getTable().getItem(0).getText(0), "title in the first column");
		String shownSnippet = part.results().getTable().getItem(0).getText(1);
		assertFalse(shownSnippet.contains(Hit.MARK_START), "marks are replaced by bold: " + shownSnippet);
		assertTrue(part.snippetStyles(first).length > 0, "matched words are bold in " + first.snippet());
		assertFalse(shownSnippet.isBlank(), "a snippet is shown");

		part.queryBox().notifyListeners(SWT.DefaultSelection, new Event());
		spin(() -> opener.editor != null);
		assertEquals(first.entry(), opener.editor.entity(), "Enter opens the first result");
	}

	@Test
	void aQueryOverTheSearchLimitsSaysWhatToChange() {
		SearchPart part = part();
		part.type("x".repeat(500));
		spin(() -> part.infoText().contains("characters"));
		assertTrue(part.infoText().startsWith("The query has a word of 500 characters"), part.infoText());
		assertFalse(part.infoText().contains("Search failed"), part.infoText());
		assertTrue(part.rows().isEmpty());
		part.type("angry");
		spin(() -> titles(part).contains(ANGRY));
	}

	@Test
	void enterOnASelectedResultOpensThatEntry() {
		SearchPart part = part();
		part.type("angry caller");
		spin(() -> titles(part).contains(ANGRY));
		int row = titles(part).indexOf(ANGRY);
		part.results().getTable().setSelection(row);
		part.results().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		spin(() -> opener.editor != null);
		assertEquals(entry(ANGRY), opener.editor.entity());
	}

	@Test
	void aFacetFilterNarrowsTheResults() {
		SearchPart part = part();
		part.type("calm");
		spin(() -> part.total() > 0 && part.facets().getItemCount() > 0);
		long all = part.total();
		TreeItem type = part.facets().getItem(0);
		assertEquals("Type", type.getText());
		TreeItem phrases = item(type, "phrase");
		int count = count(phrases);
		String phraseText = phrases.getText();
		assertTrue(count < all, count + " of " + all);

		phrases.setChecked(true);
		Event check = new Event();
		check.detail = SWT.CHECK;
		check.item = phrases;
		part.facets().notifyListeners(SWT.Selection, check);
		spin(() -> part.total() == count);
		assertTrue(part.rows().stream().allMatch(r -> r.entry().eClass() == PlaybookPackage.Literals.PHRASE),
				titles(part).toString());
		assertTrue(part.infoText().contains("with the chosen filters"), part.infoText());
		TreeItem types = part.facets().getItem(0);
		TreeItem chosen = item(types, "phrase");
		assertTrue(chosen.getChecked(), "the chosen value stays checked");
		assertEquals(phraseText, chosen.getText(), "its count is unchanged");
		TreeItem techniques = item(types, "technique");
		int techniqueCount = count(techniques);
		assertTrue(techniqueCount > 0, "other types stay listed with their counts: " + techniques.getText());

		part.setFilter("type", "technique", true);
		spin(() -> part.total() == count + techniqueCount);
		part.setFilter("type", "phrase", false);
		part.setFilter("type", "technique", false);
		spin(() -> part.total() == all);
		assertTrue(part.filters().isEmpty());
	}

	private static TreeItem item(TreeItem dimension, String value) {
		for (TreeItem item : dimension.getItems()) {
			if (value.equals(item.getData())) {
				return item;
			}
		}
		throw new AssertionError("no facet value " + value + " under " + dimension.getText());
	}

	private static int count(TreeItem value) {
		return Integer.parseInt(value.getText().replaceAll(".*\\((\\d+)\\)", "$1"));
	}

	@Test
	void editedTitlesShowInTheResultsAtOnce() {
		SearchPart part = part();
		part.type("angry caller");
		spin(() -> titles(part).contains(ANGRY));
		int row = titles(part).indexOf(ANGRY);
		editing.set(entry(ANGRY), PlaybookPackage.Literals.ENTRY__TITLE, "Furious caller");
		spin(() -> part.results().getTable().getItem(row).getText(0).equals("Furious caller"));
	}

	@Test
	void showSimilarListsTheEntriesMostLikeOne() throws Exception {
		SearchPart part = part();
		Entry angry = entry(ANGRY);
		part.showSimilar(angry);
		spin(() -> part.mode() == SearchController.Mode.SIMILAR && !part.rows().isEmpty());
		List<String> expected = search.similar(angry.getId(), 20).stream().map(Hit::title).toList();
		assertEquals(expected, titles(part));
		assertFalse(titles(part).contains(ANGRY), "not the entry itself");
		assertTrue(part.infoText().contains("like '" + ANGRY + "'"), part.infoText());
	}

	@Test
	void anEditBecomesFindableAtOnce() {
		SearchPart part = part();
		Technique technique = playbook().getTechniques().get(0);
		editing.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Zanzibar handshake");
		part.type("zanzibar");
		spin(() -> !part.rows().isEmpty());
		assertEquals(technique, part.rows().get(0).entry());
		assertEquals("Zanzibar handshake", part.rows().get(0).title());
	}

	@Test
	void anEditMadeWhileTheIndexIsBuiltIsFindable() throws Exception {
		workbench.stop();
		assertNull(context.get(SearchService.class));
		Technique technique = playbook().getTechniques().get(1);
		workbench.start(editing);
		// The job indexes in the background; this edit happens before the service is published.
		editing.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Quixotic greeting");
		spin(() -> context.get(SearchService.class) != null);
		List<Hit> hits = context.get(SearchService.class).search(SearchRequest.of("quixotic")).hits();
		assertEquals(List.of(technique.getId()), hits.stream().map(Hit::id).toList());
	}

	@Test
	void aTypoOffersACorrectionThatRunsWhenClicked() {
		SearchPart part = part();
		part.type("empaty");
		spin(() -> part.infoText().contains("Did you mean"));
		assertTrue(part.infoText().contains(">empathy</a>"), part.infoText());
		Event click = new Event();
		click.text = "empathy";
		linkOf(part).notifyListeners(SWT.Selection, click);
		assertEquals("empathy", part.queryBox().getText());
		spin(() -> "empathy".equals(part.shownQuery()));
	}

	private static org.eclipse.swt.widgets.Link linkOf(SearchPart part) {
		for (var child : part.queryBox().getParent().getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Link link) {
				return link;
			}
		}
		throw new AssertionError("no link");
	}

	@Test
	void onlyTheLastQueryTypedIsShown() throws Exception {
		SearchPart part = part();
		part.type("angry");
		part.type("empathy");
		spin(() -> !part.rows().isEmpty() && part.controller().isIdle()); // every answer has come back
		assertEquals("empathy", part.shownQuery());
		List<String> expected = search.search(SearchRequest.of("empathy").withLimit(50)).hits().stream().map(Hit::title)
				.toList();
		assertEquals(expected, titles(part));
	}

	@Test
	void moreResultsAppendsTheNextPage() {
		SearchPart part = part();
		part.setPageSize(5);
		part.type("customer");
		spin(() -> part.rows().size() == 5);
		assertTrue(part.total() > 5);
		assertTrue(part.moreButton().isVisible());
		List<String> firstPage = titles(part);
		part.moreButton().notifyListeners(SWT.Selection, new Event());
		spin(() -> part.rows().size() == 10);
		assertEquals(firstPage, titles(part).subList(0, 5));
	}

	@Test
	void suggestionsCompleteWhatIsTyped() {
		SearchPart part = part();
		List<String> offered = part.suggestions("empat");
		assertFalse(offered.isEmpty());
		assertTrue(offered.stream().allMatch(s -> s.toLowerCase().contains("empat")), offered.toString());
	}

	@Test
	void nearDuplicatePhrasesAreListed() throws Exception {
		SearchPart part = part();
		Phrase original = playbook().getPhrases().get(0);
		Phrase copy = (Phrase) editing.create(PlaybookPackage.Literals.PHRASE, "Near copy");
		editing.set(copy, PlaybookPackage.Literals.PHRASE__TEXT, original.getText() + " now");
		context.set(EPartService.class, partService(part, new ArrayList<>()));
		assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(new FindDuplicatesHandler(), CanExecute.class, context));
		ContextInjectionFactory.invoke(new FindDuplicatesHandler(), Execute.class, context);
		int pairs = search.duplicatePhrases(0.6).size();
		assertTrue(pairs > 0, "the copy is a near-duplicate");
		spin(() -> part.mode() == SearchController.Mode.DUPLICATES && part.infoText().contains("phrase pair"));
		assertEquals(pairs, part.rows().size(), part.infoText());
		assertTrue(part.rows().stream().anyMatch(r -> r.entry() == copy || r.entry() == original), titles(part).toString());
	}

	/** An EPartService that "shows" the given part and records the calls. */
	private static EPartService partService(SearchPart part, List<String> calls) {
		MPart model = MBasicFactory.INSTANCE.createPart();
		model.setObject(part);
		return (EPartService) Proxy.newProxyInstance(TestSearchPart.class.getClassLoader(),
				new Class<?>[] { EPartService.class }, (proxy, method, args) -> {
					if (method.getName().equals("showPart") && args[0] instanceof String id) {
						calls.add(id + " " + args[1]);
						return model;
					}
					return null;
				});
	}

	@Test
	void ctrlShiftFActivatesThePartAndFocusesTheQueryBox() {
		SearchPart part = part();
		part.type("calm");
		IEclipseContext handlerContext = context.createChild("handler");
		List<String> calls = new ArrayList<>();
		handlerContext.set(EPartService.class, partService(part, calls));
		shell.forceActive();
		ContextInjectionFactory.invoke(new FocusSearchHandler(), Execute.class, handlerContext);
		assertEquals(List.of(SearchPart.ID + " " + PartState.ACTIVATE), calls);
		spin(() -> display.getFocusControl() == part.queryBox());
		assertEquals("calm", part.queryBox().getSelectionText(), "the query is selected for typing over");
	}

	@Test
	void rebuildRunsAsAJobAndNeedsTheService() throws Exception {
		IEclipseContext empty = context.createChild("no search");
		empty.set(SearchService.class, null);
		assertEquals(Boolean.FALSE, ContextInjectionFactory.invoke(new RebuildIndexHandler(), CanExecute.class, empty));
		assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(new RebuildIndexHandler(), CanExecute.class, context));
		ContextInjectionFactory.invoke(new RebuildIndexHandler(), Execute.class, context);
		Job.getJobManager().join(WorkbenchSearch.FAMILY, null);
		int entries = new PlaybookQueries(playbook()).entries().size();
		spin(() -> ("Search index rebuilt: " + entries + " entries.").equals(context.get(WorkbenchSearch.NOTICE)));
	}

	@Test
	void stoppingRemovesTheServiceFromTheContext() {
		SearchPart part = part();
		workbench.stop();
		assertNull(context.get(SearchService.class));
		spin(() -> part.infoText().contains("Indexing"));
		part.type("angry");
		spin(() -> part.controller().isWaiting()); // the typing pause is over: the query waits for the service
		assertTrue(part.rows().isEmpty(), "nothing searched without a service");
		workbench.start(editing);
		spin(() -> titles(part).contains(ANGRY));
	}
}
