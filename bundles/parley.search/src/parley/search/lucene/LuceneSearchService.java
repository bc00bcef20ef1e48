package parley.search.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;

import parley.core.edit.EditingSession;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookPaths;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.search.DuplicatePair;
import parley.search.Hit;
import parley.search.LiveSearchService;
import parley.search.LiveUpdates;
import parley.search.SearchException;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.SearchService;
import parley.search.SearchServices;
import parley.search.Suggestion;

/**
 * The Lucene implementation of {@link SearchService} over one playbook: a facade over classes with one job
 * each. {@link SearchIndex} keeps the index's life cycle (open, checksums, rebuild when damaged, the
 * read-only case when another process holds it, close), {@link IndexDocuments} writes entries into it (build,
 * update by content hash, live batches, catching up), {@link QueryRunner} runs requests (with
 * {@link Spelling}, {@link Highlighting} and {@link FacetCounts}), {@link Suggestions} completes what is typed
 * and {@link SimilarEntries} finds similar entries and near-duplicate phrases.
 *
 * <p>The index lives in the playbook's local state ({@code LocalState.INDEX}). It is a cache: on open it is
 * created when missing, rebuilt (with a notice) when damaged (every file's checksum is verified), written by
 * another Lucene version or by another index schema, and brought up to date entry by entry (content hashes)
 * when the playbook files changed since it was committed. A read that finds the index damaged rebuilds it,
 * with a notice, and runs again. If another process holds the index (the workbench has the playbook open),
 * an up-to-date, intact index is read without writing, and an outdated or damaged one is replaced by a
 * temporary in-memory index, so commands never fail on a lock. Edits reach searches through near-real-time
 * readers ({@link #update(Collection, Collection)}, {@link LiveIndexUpdater}); an edit never fails because
 * of the index: a read-only index falls behind and {@link #catchUp() catches up} once it is free. Front ends
 * get it through {@link SearchServices}.
 */
public final class LuceneSearchService implements LiveSearchService {

	/** The synonym list of a playbook, a file beside {@code playbook.xmi} (versioned with the playbook). */
	public static final String SYNONYMS_FILE = "synonyms.txt";

	/**
	 * Lucene warns on every start that the JDK's incubating vector module is not enabled; Parley does not
	 * search vectors, so the warning is noise on the command line. (A strong reference keeps the level.)
	 */
	private static final Logger VECTOR_LOG = Logger
			.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");
	static {
		VECTOR_LOG.setLevel(Level.SEVERE);
	}

	private final PlaybookModel model;
	private final SearchIndex index;
	private final IndexDocuments documents;
	private final QueryRunner queries;
	private final SimilarEntries similar;
	private final Analyzer plainAnalyzer = Analyzers.plain();

	private LuceneSearchService(PlaybookModel model, SearchIndex index, SynonymMap synonyms) {
		this.model = model;
		this.index = index;
		this.documents = index.documents();
		Analyzer indexAnalyzer = Analyzers.index();
		Highlighting highlighting = new Highlighting(indexAnalyzer);
		this.queries = new QueryRunner(index, Analyzers.query(synonyms), indexAnalyzer, highlighting);
		this.similar = new SimilarEntries(index, indexAnalyzer, highlighting);
	}

	/**
	 * Opens the search over a playbook, creating, repairing or updating its index as needed.
	 *
	 * @param notices told, in a sentence, about anything done that a user may notice (a rebuild, a
	 *                temporary index)
	 */
	public static LuceneSearchService open(OpenPlaybook playbook, Consumer<String> notices) throws SearchException {
		SynonymMap synonyms = loadSynonyms(playbook.folder());
		PlaybookModel model = PlaybookModel.of(playbook);
		return new LuceneSearchService(model, SearchIndex.open(model, notices), synonyms);
	}

	/**
	 * Opens the search over a playbook folder, loading the model only when the index needs it (see
	 * {@link SearchServices#open(Path, Supplier, Consumer)}).
	 */
	public static LuceneSearchService open(Path folder, Supplier<OpenPlaybook> loader, Consumer<String> notices)
			throws SearchException {
		PlaybookModel model = PlaybookModel.lazy(folder.toAbsolutePath().normalize(), loader);
		try {
			if (model.filesUnsettled()) {
				model.get(); // not a playbook, or an interrupted save: loading says why, or completes it
			}
			SynonymMap synonyms = loadSynonyms(model.folder());
			return new LuceneSearchService(model, SearchIndex.open(model, notices), synonyms);
		} catch (IOException | SearchException | RuntimeException e) {
			if (!model.isLoaded()) {
				model.get(); // what is wrong with the playbook itself is said first, as when it is loaded first
			}
			if (e instanceof IOException io) {
				throw new SearchException("Could not open the search index of " + folder + ": " + io.getMessage(), io);
			}
			if (e instanceof SearchException search) {
				throw search;
			}
			throw (RuntimeException) e;
		}
	}

	/** The playbook's synonym list, or null when it has none. */
	static SynonymMap loadSynonyms(Path folder) throws SearchException {
		Path file = folder.resolve(SYNONYMS_FILE);
		if (!Files.isRegularFile(file) && !Files.isSymbolicLink(file)) {
			return null;
		}
		try {
			// Confined like the model files: a link (perhaps to a secret file) is refused, never read or echoed.
			return Analyzers.synonyms(Files.readString(PlaybookPaths.regularFile(folder, SYNONYMS_FILE), StandardCharsets.UTF_8));
		} catch (java.text.ParseException e) {
			throw new SearchException(file + ": " + e.getMessage() + " (" + (e.getCause() == null ? "" : e.getCause().getMessage() + "; ")
					+ "each line holds words or phrases that mean the same, separated by commas). Fix the line and search again.");
		} catch (IOException | RuntimeException e) {
			throw new SearchException("Could not read the synonym list " + file + ": " + e.getMessage(), e);
		}
	}

	// ---- reading ----

	@Override
	public SearchResults search(SearchRequest request) throws SearchException {
		return queries.search(request);
	}

	@Override
	public List<Suggestion> suggest(String prefix, int limit) throws SearchException {
		return index.read("Suggestions", searcher -> Suggestions.lookup(searcher, plainAnalyzer, prefix, limit));
	}

	@Override
	public List<Hit> similar(String entryId, int limit) throws SearchException {
		return similar.similar(entryId, limit);
	}

	@Override
	public List<Hit> similarToText(String text, int limit) throws SearchException {
		return similar.similarToText(text, limit);
	}

	@Override
	public List<DuplicatePair> duplicatePhrases(double threshold) throws SearchException {
		return similar.duplicatePhrases(threshold);
	}

	@Override
	public int indexedEntries() throws SearchException {
		return index.read("Counting the indexed entries", searcher -> searcher.getIndexReader().numDocs());
	}

	// ---- writing ----

	@Override
	public LiveUpdates follow(EditingSession session) {
		return LiveIndexUpdater.attach(this, session);
	}

	@Override
	public LiveUpdates followModel() {
		return LiveIndexUpdater.attach(this);
	}

	/**
	 * Re-indexes entries as they are now in the model and removes entries by id; the next search sees the
	 * change. Not committed: call {@link #playbookSaved()} after saving.
	 * <p>
	 * Never fails because of the index: when it cannot take the change now (another Parley process holds it,
	 * or writing failed) the service says so once through its notices, remembers that it is behind, and
	 * {@link #catchUp()} brings every entry up to date later. Reads the model: call it where the model is edited.
	 */
	@Override
	public void update(Collection<Entry> changed, Collection<String> removedIds) {
		documents.update(changed, removedIds);
	}

	/** Whether the index misses edits of the model (see {@link #catchUp()}). */
	@Override
	public boolean isBehind() {
		return documents.isBehind();
	}

	/**
	 * If the index missed edits (it was read-only because another Parley process held it, or an update
	 * failed), tries to bring it up to date with the model now: takes the index over when the other process
	 * has let it go, and re-indexes every entry whose content changed. Never throws; reads the model, so call
	 * it where the model is edited.
	 *
	 * @return whether the index is up to date with the model afterwards
	 */
	@Override
	public boolean catchUp() {
		return documents.catchUp();
	}

	/** Commits the index as matching the playbook files just saved. */
	@Override
	public void playbookSaved() throws SearchException {
		documents.playbookSaved();
	}

	@Override
	public void reindex() throws SearchException {
		documents.reindex();
	}

	// ---- for the live updater and tests ----

	/** Index changes applied so far (each {@link #update} batch, rebuild or sync counts one). */
	long changeCount() {
		return index.changeCount();
	}

	/** Runs {@code hook} before each read (or none, with null): the live updater applies its collected edits. */
	void beforeRead(Runnable hook) {
		index.beforeRead(hook);
	}

	/** Tells the service's notices (the live updater reports through them). */
	void tell(String notice) {
		index.tell(notice);
	}

	/** Whether the model was loaded (a service opened on a folder loads it only when the index needs it). */
	boolean modelLoaded() {
		return model.isLoaded();
	}

	static List<Entry> entries(Playbook playbook) {
		return new parley.core.service.PlaybookQueries(playbook).entries();
	}

	/** The playbook this search covers (loaded now if the service was opened on a folder and had not needed it). */
	public OpenPlaybook playbook() {
		return model.get();
	}

	@Override
	public void close() {
		index.close();
	}
}
