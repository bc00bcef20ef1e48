package parley.search.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.BytesRef;

import parley.core.service.EntryType;
import parley.core.store.OpenPlaybook;
import parley.core.store.LocalState;
import parley.core.store.PlaybookLayout;
import parley.core.store.PlaybookPaths;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.search.DuplicatePair;
import parley.search.Hit;
import parley.search.QuerySyntaxException;
import parley.search.SearchException;
import parley.search.SearchLimitException;
import parley.search.SearchLimits;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.SearchService;
import parley.search.Suggestion;

/**
 * The Lucene implementation of {@link SearchService} over one open playbook.
 *
 * <p>The index lives in the playbook's local state ({@code LocalState.INDEX}). It is a cache: on open it is
 * created when missing, rebuilt (with a notice) when damaged (every file's checksum is verified), written by
 * another Lucene version or by another index schema, and brought up to date entry by entry (content hashes)
 * when the playbook files changed since it was committed. A read that finds the index damaged rebuilds it,
 * with a notice, and runs again. If another process holds the index (the workbench has the playbook open),
 * an up-to-date, intact index is read without writing, and an outdated or damaged one is replaced by a
 * temporary in-memory index, so commands never fail on a lock. Edits reach searches through near-real-time
 * readers ({@link #update(Collection, Collection)}, {@link LiveIndexUpdater}); an edit never fails because
 * of the index: a read-only index falls behind and {@link #catchUp() catches up} once it is free.
 */
public final class LuceneSearchService implements SearchService {

	/** The synonym list of a playbook, a file beside {@code playbook.xmi} (versioned with the playbook). */
	public static final String SYNONYMS_FILE = "synonyms.txt";

	private static final String FINGERPRINT = "parley.fingerprint";
	private static final String SCHEMA = "parley.schema";
	/** Below this many exact hits, typo-tolerant matching is tried and "did you mean" computed. */
	private static final int FEW = 3;
	/**
	 * Lucene warns on every start that the JDK's incubating vector module is not enabled; Parley does not
	 * search vectors, so the warning is noise on the command line. (A strong reference keeps the level.)
	 */
	private static final java.util.logging.Logger VECTOR_LOG = java.util.logging.Logger
			.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");
	static {
		VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
	}

	/** Searchers score with the same similarity the index was written with. */
	private static final SearcherFactory FACTORY = new SearcherFactory() {
		@Override
		public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setSimilarity(new Similarities());
			return searcher;
		}
	};
	/** Every entry that is not an avoid-phrase. */
	private static final Query GUIDANCE = new BooleanQuery.Builder()
			.add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(Fields.KIND, "avoid")), BooleanClause.Occur.MUST_NOT).build();
	/** Measured on the judged starter queries: MRR@10 0.857 without, 0.892 with. */
	private static final float GUIDANCE_BOOST = 2f;
	private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{M}'’-]{2,}");

	private final OpenPlaybook playbook;
	private final Consumer<String> notices;
	/** The index folder of the playbook's local state (also when a temporary in-memory index is searched). */
	private final Path indexDir;
	/**
	 * Guards which index is in use: reads and writes hold the read lock, and replacing the index (a damaged one
	 * rebuilt, a read-only one taken over when another process lets it go) holds the write lock.
	 */
	private final java.util.concurrent.locks.ReentrantReadWriteLock swap = new java.util.concurrent.locks.ReentrantReadWriteLock();
	private Directory directory;
	private IndexWriter writer; // null when another process writes the index
	private ReferenceManager<IndexSearcher> searchers;
	/** Whether the index is a temporary in-memory one (the folder's index is in use elsewhere). */
	private boolean temporary;
	/**
	 * Whether the index misses changes of the model: it was read-only when an edit came, or an update
	 * failed. {@link #catchUp()} brings it up to date.
	 */
	private volatile boolean behind;
	private boolean behindTold;
	/** After a catch-up failed for another reason than the lock, when to try again (System.nanoTime). */
	private long retryAt;
	/** Run before each read (the live updater applies what it collected), or null. */
	private volatile Runnable beforeRead;
	private final Analyzer indexAnalyzer = Analyzers.index();
	private final Analyzer plainAnalyzer = Analyzers.plain();
	private final Analyzer queryAnalyzer;
	private final Object lock = new Object();
	/** Counts index changes; a searcher refreshed after change n sees every change up to n. */
	private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong refreshedTo = new java.util.concurrent.atomic.AtomicLong();
	private SortedSetDocValuesReaderState facetState;
	private IndexReader facetStateReader;

	private LuceneSearchService(OpenPlaybook playbook, Consumer<String> notices, Path indexDir, Directory directory,
			IndexWriter writer, ReferenceManager<IndexSearcher> searchers, SynonymMap synonyms, boolean temporary) {
		this.playbook = playbook;
		this.notices = notices;
		this.indexDir = indexDir;
		this.directory = directory;
		this.writer = writer;
		this.searchers = searchers;
		this.temporary = temporary;
		this.queryAnalyzer = Analyzers.query(synonyms);
	}

	/**
	 * Opens the search over a playbook, creating, repairing or updating its index as needed.
	 *
	 * @param notices told, in a sentence, about anything done that a user may notice (a rebuild, a
	 *                temporary index)
	 */
	public static LuceneSearchService open(OpenPlaybook playbook, Consumer<String> notices) throws SearchException {
		SynonymMap synonyms = loadSynonyms(playbook.folder());
		Path indexDir = LocalState.file(playbook.folder(), LocalState.INDEX);
		try {
			LocalState.ensure(playbook.folder());
			LocalState.check(playbook.folder(), indexDir);
			Files.createDirectories(indexDir);
			String fingerprint = Fingerprint.of(playbook.folder());
			// Small segments written by near-real-time refreshes stay in memory until merged or committed.
			Directory fs = new NRTCachingDirectory(FSDirectory.open(indexDir), 8.0, 64.0);
			IndexWriter writer;
			try {
				writer = openWriter(fs, indexDir, notices);
			} catch (LockObtainFailedException locked) {
				String problem = unusable(fs, fingerprint);
				if (problem == null) {
					// Another Parley process keeps the index; it is up to date, so read it as it is.
					SearcherManager readOnly = new SearcherManager(fs, FACTORY);
					return new LuceneSearchService(playbook, notices, indexDir, fs, null, readOnly, synonyms, false);
				}
				fs.close();
				notices.accept("The search index is in use by another Parley process and " + problem
						+ "; searching a temporary index instead.");
				return temporary(playbook, notices, indexDir, synonyms);
			}
			LuceneSearchService service = create(playbook, notices, indexDir, fs, writer, synonyms);
			service.bringUpToDate(fingerprint);
			return service;
		} catch (IOException e) {
			throw new SearchException("Could not open the search index in " + indexDir + ": " + e.getMessage()
					+ ". Run 'parley reindex' to rebuild it; if that fails, delete the folder.", e);
		}
	}

	private static LuceneSearchService create(OpenPlaybook playbook, Consumer<String> notices, Path indexDir,
			Directory directory, IndexWriter writer, SynonymMap synonyms) throws IOException {
		return new LuceneSearchService(playbook, notices, indexDir, directory, writer,
				new SearcherManager(writer, FACTORY), synonyms, false);
	}

	/** A service over a temporary in-memory index of the playbook, built now. */
	private static LuceneSearchService temporary(OpenPlaybook playbook, Consumer<String> notices, Path indexDir,
			SynonymMap synonyms) throws IOException {
		Directory memory = new ByteBuffersDirectory();
		IndexWriter writer = new IndexWriter(memory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		LuceneSearchService service = new LuceneSearchService(playbook, notices, indexDir, memory, writer,
				new SearcherManager(writer, FACTORY), synonyms, true);
		service.rebuild();
		return service;
	}

	/**
	 * Why an index another process writes cannot be read as it is ("does not match the saved playbook", "is
	 * damaged"), or null when it can.
	 */
	private static String unusable(Directory directory, String fingerprint) {
		Map<String, String> data = committed(directory);
		if (!fingerprint.equals(data.get(FINGERPRINT)) || !Fields.SCHEMA.equals(data.get(SCHEMA))) {
			return "does not match the saved playbook";
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			checkIntegrity(reader);
			return null;
		} catch (IOException | RuntimeException e) {
			return "is damaged";
		}
	}

	/** Verifies the checksum of every file of every segment (a damaged byte anywhere is found). */
	private static void checkIntegrity(IndexReader reader) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			leaf.reader().checkIntegrity();
		}
	}

	private static IndexWriterConfig config() {
		IndexWriterConfig config = new IndexWriterConfig(Analyzers.index());
		config.setCommitOnClose(false); // only states that match the saved playbook are committed
		config.setRAMBufferSizeMB(256);
		config.setUseCompoundFile(false);
		config.setSimilarity(new Similarities());
		return config;
	}

	/** Opens the writer; a damaged index or one from another Lucene version is deleted and recreated. */
	private static IndexWriter openWriter(Directory fs, Path indexDir, Consumer<String> notices) throws IOException {
		String problem;
		try {
			IndexWriter writer = new IndexWriter(fs, config());
			try {
				try (DirectoryReader reader = DirectoryReader.open(writer)) { // reads every segment's metadata
					checkIntegrity(reader); // and every byte: damage in stored text would fail searches later
				}
				return writer;
			} catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
					| NoSuchFileException | EOFException e) {
				writer.rollback();
				throw e;
			}
		} catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
			problem = "was written by another version of Lucene";
		} catch (CorruptIndexException | NoSuchFileException | EOFException e) {
			problem = "is damaged (" + e.getClass().getSimpleName() + ")";
		}
		notices.accept("The search index " + problem + "; rebuilding it.");
		try (Stream<Path> files = Files.list(indexDir)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.deleteIfExists(file);
			}
		}
		return new IndexWriter(fs, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
	}

	private static Map<String, String> committed(Directory directory) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return Map.of();
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				return reader.getIndexCommit().getUserData();
			}
		} catch (IOException e) {
			return Map.of();
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

	// ---- keeping the index in step with the playbook ----

	private void bringUpToDate(String fingerprint) throws IOException {
		Map<String, String> data = committed(directory);
		if (!Fields.SCHEMA.equals(data.get(SCHEMA))) {
			if (!data.isEmpty()) {
				notices.accept("The search index was made by another version of Parley; rebuilding it.");
			} else {
				notices.accept("Building the search index (" + entries(playbook.playbook()).size() + " entries) …");
			}
			rebuild();
		} else if (!fingerprint.equals(data.get(FINGERPRINT))) {
			sync();
		} else {
			return;
		}
		commit(fingerprint);
	}

	private void rebuild() throws IOException {
		synchronized (lock) {
			writer.deleteAll();
			List<Entry> all = entries(playbook.playbook());
			var merges = writer.getConfig().getMergePolicy();
			writer.getConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
			int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), all.size() / 2000));
			try {
				java.util.stream.IntStream.range(0, parts).parallel().forEach(part -> {
					for (Entry entry : all.subList(all.size() * part / parts, all.size() * (part + 1) / parts)) {
						try {
							writer.addDocument(EntryDocuments.document(EntryDocuments.content(entry)));
						} catch (IOException e) {
							throw new java.io.UncheckedIOException(e);
						}
					}
				});
			} catch (java.io.UncheckedIOException e) {
				throw e.getCause();
			} finally {
				writer.getConfig().setMergePolicy(merges);
			}
			changes.incrementAndGet();
		}
	}

	/** Rewrites only the documents whose content hash differs, and drops entries that are gone. */
	private void sync() throws IOException {
		synchronized (lock) {
			Map<String, Long> indexed = new HashMap<>();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				for (LeafReaderContext leaf : reader.leaves()) {
					SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
					NumericDocValues hashes = leaf.reader().getNumericDocValues(Fields.HASH);
					var live = leaf.reader().getLiveDocs();
					if (ids == null || hashes == null) {
						continue;
					}
					for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
						if ((live == null || live.get(doc)) && ids.advanceExact(doc) && hashes.advanceExact(doc)) {
							indexed.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashes.longValue());
						}
					}
				}
			}
			for (Entry entry : entries(playbook.playbook())) {
				EntryDocuments.Content content = EntryDocuments.content(entry);
				Long hash = indexed.remove(entry.getId());
				if (hash == null || hash != content.hash()) {
					writer.updateDocument(new Term(Fields.ID, entry.getId()), EntryDocuments.document(content));
				}
			}
			for (String gone : indexed.keySet()) {
				writer.deleteDocuments(new Term(Fields.ID, gone));
			}
			changes.incrementAndGet();
		}
	}

	private void commit(String fingerprint) throws IOException {
		synchronized (lock) {
			writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint, SCHEMA, Fields.SCHEMA).entrySet());
			writer.commit();
		}
	}

	/**
	 * Re-indexes entries as they are now in the model and removes entries by id; the next search sees the
	 * change. Not committed: call {@link #playbookSaved()} after saving.
	 * <p>
	 * Never fails because of the index: when it cannot take the change now (another Parley process holds it,
	 * or writing failed) the service says so once through its notices, remembers that it is behind, and
	 * {@link #catchUp()} brings every entry up to date later. Reads the model: call it where the model is edited.
	 */
	public void update(Collection<Entry> changed, Collection<String> removedIds) {
		if (changed.isEmpty() && removedIds.isEmpty()) {
			return;
		}
		swap.readLock().lock();
		try {
			if (writer == null) {
				fallBehind("Another Parley process holds this playbook's search index, so edits made here are not"
						+ " searchable yet; they will be once that process closes the playbook.");
				return;
			}
			synchronized (lock) {
				for (String id : removedIds) {
					writer.deleteDocuments(new Term(Fields.ID, id));
				}
				for (Entry entry : changed) {
					writer.updateDocument(new Term(Fields.ID, entry.getId()),
							EntryDocuments.document(EntryDocuments.content(entry)));
				}
				changes.incrementAndGet();
			}
		} catch (IOException | RuntimeException e) {
			fallBehind("Could not update the search index (" + e.getMessage() + "); edits are kept and searches"
					+ " will find them once the index catches up (or run 'Rebuild index').");
		} finally {
			swap.readLock().unlock();
		}
	}

	private void fallBehind(String notice) {
		behind = true;
		if (!behindTold) {
			behindTold = true;
			notices.accept(notice);
		}
	}

	/** Whether the index misses edits of the model (see {@link #catchUp()}). */
	public boolean isBehind() {
		return behind;
	}

	/**
	 * If the index missed edits (it was read-only because another Parley process held it, or an update
	 * failed), tries to bring it up to date with the model now: takes the index over when the other process
	 * has let it go, and re-indexes every entry whose content changed. Never throws; reads the model, so call
	 * it where the model is edited.
	 *
	 * @return whether the index is up to date with the model afterwards
	 */
	public boolean catchUp() {
		if (!behind) {
			return true;
		}
		swap.writeLock().lock();
		try {
			if (!behind) {
				return true;
			}
			if (retryAt != 0 && System.nanoTime() - retryAt < 0) {
				return false; // it failed a moment ago; re-reading every entry at each edit would slow editing down
			}
			if (temporary && (writer == null || !writer.isOpen())) {
				close(searchers);
				if (writer != null) {
					rollback(writer);
				}
				directory.close();
				replaceWithTemporary();
				rebuild();
			} else if (writer == null || !writer.isOpen()) {
				IndexWriter taken;
				try {
					taken = openWriter(directory, indexDir, notices);
				} catch (LockObtainFailedException stillHeld) {
					return false;
				}
				close(searchers);
				if (writer != null) {
					rollback(writer);
				}
				writer = taken;
				searchers = new SearcherManager(writer, FACTORY);
				if (Fields.SCHEMA.equals(committed(directory).get(SCHEMA))) {
					sync();
				} else {
					rebuild();
				}
			} else {
				sync();
			}
			behind = false;
			retryAt = 0;
			if (behindTold) {
				behindTold = false;
				notices.accept("The search index is up to date again; every edit is searchable.");
			}
			return true;
		} catch (IOException | RuntimeException e) {
			retryAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
			return false; // still behind: tried again at a later edit
		} finally {
			swap.writeLock().unlock();
		}
	}

	/** Commits the index as matching the playbook files just saved. */
	public void playbookSaved() throws SearchException {
		swap.readLock().lock();
		try {
			if (writer == null || behind || temporary) {
				return; // a read-only or outdated index is not committed as matching the files
			}
			commit(Fingerprint.of(playbook.folder()));
		} catch (IOException e) {
			throw new SearchException("Could not commit the search index: " + e.getMessage(), e);
		} finally {
			swap.readLock().unlock();
		}
	}

	@Override
	public void reindex() throws SearchException {
		swap.readLock().lock();
		try {
			if (writer == null) {
				throw new SearchException("Another Parley process keeps this playbook's search index; close it (or run"
						+ " 'parley reindex' there) and try again.");
			}
			rebuild();
			if (!temporary) {
				commit(Fingerprint.of(playbook.folder()));
			}
			behind = false;
		} catch (IOException e) {
			throw new SearchException("Could not rebuild the search index: " + e.getMessage(), e);
		} finally {
			swap.readLock().unlock();
		}
	}

	@Override
	public int indexedEntries() throws SearchException {
		return read("Counting the indexed entries", searcher -> searcher.getIndexReader().numDocs());
	}

	/** Index changes applied so far (each {@link #update} batch, rebuild or sync counts one). */
	long changeCount() {
		return changes.get();
	}

	/** Runs {@code hook} before each read (or none, with null): the live updater applies its collected edits. */
	void beforeRead(Runnable hook) {
		this.beforeRead = hook;
	}

	/** Tells the service's notices (the live updater reports through them). */
	void tell(String notice) {
		notices.accept(notice);
	}

	// ---- searching ----

	@Override
	public SearchResults search(SearchRequest request) throws SearchException {
		SearchLimits.checkPaging(request.offset(), request.limit());
		Query plain = parse(request.query(), false, Map.of()); // refuses a query over the limits before any work
		return read("Search", searcher -> search(searcher, request, plain));
	}

	private SearchResults search(IndexSearcher searcher, SearchRequest request, Query plain)
			throws IOException, SearchException {
		try {
			Map<String, List<String>> unknown = corrections(request.query(), searcher.getIndexReader());
			Query exact = unknown.isEmpty() ? plain : parse(request.query(), false, unknown);
			int wanted = request.offset() + request.limit();
			Query query = filtered(exact, request);
			Result result = run(searcher, query, wanted, request.facets());
			boolean fuzzy = false;
			String didYouMean = null;
			if (unknown.values().stream().anyMatch(c -> !c.isEmpty())) {
				fuzzy = true; // words not in the playbook were matched to near spellings
			}
			if (result.top.totalHits.value() < FEW && hasFreeText(request.query())) {
				Query tolerantQuery = parse(request.query(), true, unknown);
				try {
					Result tolerant = run(searcher, filtered(tolerantQuery, request), wanted, request.facets());
					if (tolerant.top.totalHits.value() > result.top.totalHits.value()) {
						result = tolerant;
						exact = tolerantQuery;
						fuzzy = true;
					}
				} catch (IndexSearcher.TooManyClauses e) {
					// near spellings would take more terms than one search holds: the exact matches stand
				}
			}
			didYouMean = didYouMean(request.query(), unknown);
			List<Hit> hits = hits(searcher, exact, result.top, request.offset());
			Map<String, Map<String, Integer>> facets = result.facets == null ? Map.of() : facets(searcher, result.facets);
			boolean exactTotal = result.top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
			return new SearchResults(result.top.totalHits.value(), exactTotal, hits, facets, didYouMean, fuzzy);
		} catch (IndexSearcher.TooManyClauses e) {
			throw tooManyTerms(request.query());
		}
	}

	private record Result(TopDocs top, FacetsCollector facets) {
	}

	private static Result run(IndexSearcher searcher, Query query, int wanted, boolean facets) throws IOException {
		// Counting every match exactly would stop Lucene skipping non-competitive documents; above 1000 the
		// count is a lower bound (facets count all matches anyway).
		TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(wanted, null, 1000);
		if (!facets) {
			return new Result(searcher.search(query, top), null);
		}
		FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, wanted,
				new FacetsCollectorManager());
		return new Result(result.topDocs(), result.facetsCollector());
	}

	/**
	 * Plain words of the query that occur nowhere in the playbook (typos, most likely), each with the closest
	 * words that do occur; the first {@link SearchLimits#MAX_FUZZY_WORDS} such words are looked up.
	 */
	private static Map<String, List<String>> corrections(String query, IndexReader reader) throws IOException {
		Map<String, List<String>> corrections = new HashMap<>();
		if (query == null) {
			return corrections;
		}
		DirectSpellChecker checker = new DirectSpellChecker();
		for (String word : query.split("\\s+")) {
			String w = word.toLowerCase(Locale.ROOT);
			if (corrections.size() < SearchLimits.MAX_FUZZY_WORDS && w.length() <= SearchLimits.MAX_WORD_LENGTH
					&& !w.contains(":") && PLAIN_WORD.matcher(w).matches() && reader.docFreq(new Term(Fields.SPELL, w)) == 0
					&& !inBody(w, reader)) {
				List<String> close = new ArrayList<>();
				for (SuggestWord s : checker.suggestSimilar(new Term(Fields.SPELL, w), 2, reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
					close.add(s.string);
				}
				corrections.put(w, close);
			}
		}
		return corrections;
	}

	/** Whether the word, stemmed, occurs in the long text of some entry (words only there are not typos). */
	private static boolean inBody(String word, IndexReader reader) throws IOException {
		try (TokenStream stream = BODY_ANALYZER.tokenStream(Fields.BODY, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			boolean found = false;
			while (stream.incrementToken()) {
				found |= reader.docFreq(new Term(Fields.BODY, term.toString())) > 0;
			}
			stream.end();
			return found;
		}
	}

	private static final Analyzer BODY_ANALYZER = Analyzers.index();

	/**
	 * Parses the query text.
	 *
	 * @throws SearchLimitException when it has more terms, near-spelling terms or longer words than
	 *                              {@link SearchLimits} allow
	 */
	private Query parse(String text, boolean fuzzy, Map<String, List<String>> unknown) throws SearchException {
		String q = text == null ? "" : text.strip();
		if (q.isEmpty()) {
			return new org.apache.lucene.search.MatchAllDocsQuery();
		}
		PlaybookQueryParser parser = new PlaybookQueryParser(queryAnalyzer, indexAnalyzer, fuzzy, unknown);
		Query query;
		try {
			query = parser.parse(q);
		} catch (ParseException e) {
			if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
				parser.checkLimits(); // over a limit of its own, say so; otherwise:
				throw tooManyTerms(q);
			}
			throw new QuerySyntaxException(explain(shortened(q), e));
		} catch (IndexSearcher.TooManyClauses e) { // e.g. from a very broad prefix*
			throw tooManyTerms(q);
		} catch (RuntimeException e) { // anything else the analysis refuses: a clear error, never a stack trace
			throw new QuerySyntaxException("Cannot search for '" + shortened(q) + "': " + e.getMessage() + ".");
		}
		parser.checkLimits();
		return query == null ? new BooleanQuery.Builder().build() : query;
	}

	private static SearchLimitException tooManyTerms(String query) {
		int max = IndexSearcher.getMaxClauseCount();
		return new SearchLimitException(SearchLimitException.Limit.TERMS, max, -1, "The query '" + shortened(query)
				+ "' expands to more than " + max + " index terms (each word is looked up in several fields, with its"
				+ " synonyms, parts and near spellings); use fewer words.");
	}

	/** A query as quoted in a message: long ones cut short. */
	private static String shortened(String query) {
		String q = query == null ? "" : query.strip();
		return q.length() <= 200 ? q : q.substring(0, 200) + "…";
	}

	private static String explain(String query, ParseException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		if (message.contains("unknown field")) {
			return message.substring(message.indexOf("unknown field"));
		}
		if (e.getCause() instanceof PlaybookQueryParser.Unusable unusable) {
			return "Cannot search for '" + query + "': " + unusable.getMessage() + ".";
		}
		if (message.contains("too many boolean clauses")) {
			return "The query '" + query + "' is too broad (it expands to too many words); use longer prefixes or"
					+ " fewer wildcards.";
		}
		Matcher column = Pattern.compile("column (\\d+)").matcher(message);
		String where = column.find() ? " at column " + column.group(1) : "";
		return "Cannot understand the query '" + query + "'" + where + ". Check quotes and brackets are paired,"
				+ " or put \\ before special characters (" + "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /"
				+ ") to search for them; example: \"calm down\" type:phrase -tag:email. Search for it literally: "
				+ QueryParserBase.escape(query);
	}

	private static boolean hasFreeText(String query) {
		for (String word : query.split("\\s+")) {
			if (!word.contains(":") && PLAIN_WORD.matcher(word.replace("\"", "")).matches()) {
				return true;
			}
		}
		return false;
	}

	private static Query filtered(Query query, SearchRequest request) {
		BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
		// What to do and say ranks a little above what to avoid saying, when both match a free-text need
		// (a query asking for kind:avoid gets only avoid-phrases, so this changes nothing there).
		b.add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(GUIDANCE),
				GUIDANCE_BOOST), BooleanClause.Occur.SHOULD);
		filter(b, Fields.TYPE, request.types().stream().map(t -> {
			EntryType type = EntryType.parse(t);
			return type == null ? t : type.key();
		}).toList());
		filter(b, Fields.TAG, request.tags());
		filter(b, Fields.STATUS, request.statuses().stream().map(s -> s.replace(' ', '-').replace('_', '-')).toList());
		filter(b, Fields.EMOTION, request.emotions());
		filter(b, Fields.CHANNEL, request.channels());
		return b.build();
	}

	private static void filter(BooleanQuery.Builder b, String field, List<String> values) {
		if (!values.isEmpty()) {
			List<BytesRef> terms = values.stream().map(v -> new BytesRef(v.strip().toLowerCase(Locale.ROOT))).toList();
			b.add(new TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
		}
	}

	private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset) throws IOException {
		ScoreDoc[] docs = top.scoreDocs;
		if (offset >= docs.length) {
			return List.of();
		}
		ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, offset, docs.length);
		TopDocs pageDocs = new TopDocs(top.totalHits, page);
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
				.withFormatter(new DefaultPassageFormatter(Hit.MARK_START, Hit.MARK_END, " … ", false))
				.withHandleMultiTermQuery(true).withWeightMatches(false).withMaxLength(20_000).build();
		// Short fields first (their offsets are indexed, so this is cheap); the long body is re-analysed
		// only for the hits that matched nowhere else.
		String[] shortFields = { Fields.TEXT, Fields.TITLE, Fields.SUMMARY };
		String[] field = new String[page.length];
		String[] snippet = new String[page.length];
		Map<String, String[]> first = highlighter.highlightFields(shortFields, query, pageDocs, ones(shortFields.length));
		List<Integer> rest = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			for (String f : shortFields) {
				String s = first.get(f)[i];
				if (s != null && s.contains(Hit.MARK_START)) {
					field[i] = f;
					snippet[i] = s;
					break;
				}
			}
			if (snippet[i] == null) {
				rest.add(i);
			}
		}
		if (!rest.isEmpty()) {
			ScoreDoc[] restDocs = rest.stream().map(i -> page[i]).toArray(ScoreDoc[]::new);
			String[] body = highlighter.highlightFields(new String[] { Fields.BODY }, query,
					new TopDocs(top.totalHits, restDocs), new int[] { 1 }).get(Fields.BODY);
			for (int k = 0; k < rest.size(); k++) {
				if (body[k] != null && body[k].contains(Hit.MARK_START)) {
					field[rest.get(k)] = Fields.BODY;
					snippet[rest.get(k)] = body[k];
				}
			}
		}
		StoredFields stored = searcher.storedFields();
		List<Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document doc = stored.document(page[i].doc, STORED_FOR_HITS);
			String shown = snippet[i] != null ? snippet[i] : firstOf(doc, Fields.TEXT, Fields.SUMMARY, Fields.BODY);
			hits.add(new Hit(doc.get(Fields.ID), doc.get(Fields.TYPE), doc.get(Fields.TITLE), page[i].score, field[i],
					shown));
		}
		return hits;
	}

	private static final Set<String> STORED_FOR_HITS = Set.of(Fields.ID, Fields.TYPE, Fields.TITLE, Fields.TEXT,
			Fields.SUMMARY, Fields.BODY);

	private static int[] ones(int n) {
		int[] ones = new int[n];
		java.util.Arrays.fill(ones, 1);
		return ones;
	}

	private static String firstOf(Document doc, String... fields) {
		for (String f : fields) {
			String value = doc.get(f);
			if (value != null) {
				return value.length() <= 160 ? value : value.substring(0, value.lastIndexOf(' ', 157) + 1) + "…";
			}
		}
		return null;
	}

	private Map<String, Map<String, Integer>> facets(IndexSearcher searcher, FacetsCollector collector)
			throws IOException {
		SortedSetDocValuesReaderState state;
		synchronized (lock) {
			if (facetState == null || facetStateReader != searcher.getIndexReader()) {
				facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), EntryDocuments.FACETS);
				facetStateReader = searcher.getIndexReader();
			}
			state = facetState;
		}
		Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
		Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
		for (String dim : Fields.FACETS) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			try {
				FacetResult top = facets.getTopChildren(50, dim);
				if (top != null) {
					for (LabelAndValue lv : top.labelValues) {
						counts.put(lv.label, lv.value.intValue());
					}
				}
			} catch (IllegalArgumentException noSuchDimension) {
				// no document has this dimension yet
			}
			result.put(dim, counts);
		}
		return result;
	}

	/** The query with each unknown word replaced by its closest known word, or null if none was replaced. */
	private static String didYouMean(String query, Map<String, List<String>> corrections) {
		StringBuilder corrected = new StringBuilder();
		boolean changed = false;
		Matcher m = Pattern.compile("\\S+").matcher(query);
		int last = 0;
		while (m.find()) {
			corrected.append(query, last, m.start());
			List<String> close = corrections.getOrDefault(m.group().toLowerCase(Locale.ROOT), List.of());
			if (close.isEmpty()) {
				corrected.append(m.group());
			} else {
				corrected.append(close.get(0));
				changed = true;
			}
			last = m.end();
		}
		corrected.append(query.substring(last));
		return changed ? corrected.toString() : null;
	}

	// ---- suggestions, similar entries, duplicates ----

	@Override
	public List<Suggestion> suggest(String prefix, int limit) throws SearchException {
		return read("Suggestions", searcher -> Suggestions.lookup(searcher, plainAnalyzer, prefix, limit));
	}

	@Override
	public List<Hit> similar(String entryId, int limit) throws SearchException {
		SearchLimits.checkPaging(0, limit);
		if (limit < 1) {
			return List.of();
		}
		return read("Finding similar entries", searcher -> {
			TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, entryId)), 1);
			if (self.scoreDocs.length == 0) {
				return List.of();
			}
			MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
			mlt.setAnalyzer(indexAnalyzer);
			mlt.setFieldNames(new String[] { Fields.TITLE, Fields.TEXT, Fields.SUMMARY, Fields.BODY });
			mlt.setMinTermFreq(1);
			mlt.setMinDocFreq(1);
			mlt.setMaxQueryTerms(30);
			mlt.setMaxDocFreqPct(25); // words in a quarter of all entries ("customer") say little about likeness
			Query like = mlt.like(self.scoreDocs[0].doc);
			Query query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
					.add(new TermQuery(new Term(Fields.ID, entryId)), BooleanClause.Occur.MUST_NOT).build();
			TopDocs top = searcher.search(query, limit);
			return hits(searcher, like, top, 0);
		});
	}

	@Override
	public List<DuplicatePair> duplicatePhrases(double threshold) throws SearchException {
		return read("Finding duplicate phrases", searcher -> {
			// Stemmed, stop-word-free word sets of every phrase wording, and which phrases use each word.
			TopDocs phrases = searcher.search(new TermQuery(new Term(Fields.TYPE, EntryType.PHRASE.key())),
					Math.max(1, searcher.getIndexReader().maxDoc()));
			StoredFields stored = searcher.storedFields();
			List<Set<String>> words = new ArrayList<>();
			List<Hit> hits = new ArrayList<>();
			Map<String, List<Integer>> postings = new HashMap<>();
			for (ScoreDoc sd : phrases.scoreDocs) {
				Document doc = stored.document(sd.doc);
				String text = doc.get(Fields.TEXT);
				Set<String> set = analyse(text == null ? "" : text);
				int index = words.size();
				words.add(set);
				hits.add(new Hit(doc.get(Fields.ID), EntryType.PHRASE.key(), doc.get(Fields.TITLE), 0, Fields.TEXT, text));
				for (String w : set) {
					postings.computeIfAbsent(w, k -> new ArrayList<>()).add(index);
				}
			}
			List<DuplicatePair> pairs = new ArrayList<>();
			for (int a = 0; a < words.size(); a++) {
				Map<Integer, Integer> shared = new HashMap<>();
				for (String w : words.get(a)) {
					for (int b : postings.get(w)) {
						if (b > a) {
							shared.merge(b, 1, Integer::sum);
						}
					}
				}
				for (Map.Entry<Integer, Integer> s : shared.entrySet()) {
					int b = s.getKey();
					int union = words.get(a).size() + words.get(b).size() - s.getValue();
					double jaccard = union == 0 ? 0 : (double) s.getValue() / union;
					if (jaccard >= threshold) {
						pairs.add(new DuplicatePair(hits.get(a), hits.get(b), jaccard));
					}
				}
			}
			pairs.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
			return pairs;
		});
	}

	private Set<String> analyse(String text) throws IOException {
		Set<String> terms = new HashSet<>();
		try (TokenStream stream = indexAnalyzer.tokenStream(Fields.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

	// ---- plumbing ----

	/** One read of the index, with a searcher that sees every change made before it was asked for. */
	private interface Read<T> {
		T apply(IndexSearcher searcher) throws IOException, SearchException;
	}

	/**
	 * Runs a read. Edits collected by a live updater are applied first. A read that fails because the index
	 * is damaged (a checksum does not match, a file is missing or cut short) rebuilds the index with a notice
	 * and runs again; other failures say what failed.
	 */
	private <T> T read(String what, Read<T> read) throws SearchException {
		Runnable hook = beforeRead;
		if (hook != null) {
			hook.run();
		}
		for (int attempt = 0;; attempt++) {
			Exception damage;
			swap.readLock().lock();
			try {
				IndexSearcher searcher = null;
				try {
					searcher = acquire();
					return read.apply(searcher);
				} catch (IOException | RuntimeException e) {
					if (attempt > 0 || !damaged(searcher, e)) {
						if (e instanceof RuntimeException unchecked) {
							throw unchecked;
						}
						throw new SearchException(what + " failed: " + e.getMessage(), e);
					}
					damage = e;
				} finally {
					if (searcher != null) {
						release(searcher);
					}
				}
			} finally {
				swap.readLock().unlock();
			}
			repair(damage);
		}
	}

	/**
	 * Whether a read failed because the index is damaged: Lucene says so, or (when the failure is less
	 * telling, e.g. "match offset ... is invalid" while decompressing stored text) the checksums of the
	 * searcher's segments disagree with their bytes. Verifying reads every file, so it runs only on failure.
	 */
	private boolean damaged(IndexSearcher searcher, Exception failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
					|| t instanceof IndexFormatTooNewException || t instanceof EOFException
					|| t instanceof NoSuchFileException || t instanceof java.io.FileNotFoundException) {
				return true;
			}
		}
		if (writer != null && writer.getTragicException() != null) {
			return true; // the writer stopped on an earlier failure: start afresh
		}
		if (searcher == null) {
			return false;
		}
		try {
			checkIntegrity(searcher.getIndexReader());
			return false;
		} catch (IOException | RuntimeException e) {
			return true;
		}
	}

	/**
	 * Replaces a damaged index by a new one built from the model, with a notice: the folder's index when this
	 * process may write it, else a temporary in-memory one.
	 */
	private void repair(Exception damage) throws SearchException {
		swap.writeLock().lock();
		try {
			notices.accept("The search index is damaged (" + reason(damage) + "); rebuilding it.");
			close(searchers);
			if (writer != null) {
				rollback(writer);
			}
			if (temporary) {
				directory.close();
				replaceWithTemporary();
			} else {
				try {
					writer = freshWriter(directory);
					searchers = new SearcherManager(writer, FACTORY);
				} catch (LockObtainFailedException heldElsewhere) {
					notices.accept("Another Parley process holds the search index; searching a temporary index"
							+ " instead.");
					directory.close();
					replaceWithTemporary();
				}
			}
			for (int attempt = 1;; attempt++) {
				try {
					rebuild(); // reads the whole model; an edit on another thread may trip it
					break;
				} catch (RuntimeException concurrentEdit) {
					if (attempt == 3) {
						throw concurrentEdit;
					}
				}
			}
			if (!temporary) {
				commit(""); // no fingerprint: the next open still compares every entry with the files
			}
			behind = false;
		} catch (IOException | RuntimeException e) {
			throw new SearchException("The search index is damaged and could not be rebuilt (" + e.getMessage()
					+ "). Close Parley, delete the folder " + indexDir + " and search again.", e);
		} finally {
			swap.writeLock().unlock();
		}
	}

	private static String reason(Exception damage) {
		String message = damage.getMessage();
		String kind = damage.getClass().getSimpleName();
		if (message == null || message.isBlank()) {
			return kind;
		}
		return kind + ": " + (message.length() <= 160 ? message : message.substring(0, 160) + "…");
	}

	/** Deletes every file of the index (once no other process holds it) and starts an empty one. */
	private static IndexWriter freshWriter(Directory directory) throws IOException {
		try (org.apache.lucene.store.Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			for (String file : directory.listAll()) {
				if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
					directory.deleteFile(file);
				}
			}
		}
		return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
	}

	/** Switches to a new, empty temporary in-memory index (the caller fills it). */
	private void replaceWithTemporary() throws IOException {
		directory = new ByteBuffersDirectory();
		writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		searchers = new SearcherManager(writer, FACTORY);
		temporary = true;
	}

	private static void close(ReferenceManager<IndexSearcher> searchers) {
		try {
			searchers.close();
		} catch (IOException | RuntimeException e) {
			// only reference counts: the index is being replaced anyway
		}
	}

	private static void rollback(IndexWriter writer) {
		try {
			writer.rollback();
		} catch (IOException | RuntimeException e) {
			// the writer is being replaced; its uncommitted changes are not wanted
		}
	}

	private IndexSearcher acquire() throws IOException {
		// Several threads may search at once (the workbench suggests on one and searches on another): each
		// waits for a searcher that includes every change made before it asked, not just for someone to
		// have started a refresh.
		long wanted = changes.get();
		if (refreshedTo.get() < wanted) {
			searchers.maybeRefreshBlocking();
			refreshedTo.accumulateAndGet(wanted, Math::max);
		}
		return searchers.acquire();
	}

	private void release(IndexSearcher searcher) {
		try {
			searchers.release(searcher);
		} catch (IOException e) {
			// releasing a searcher only decrements a reference count
		}
	}

	static List<Entry> entries(Playbook playbook) {
		return new parley.core.service.PlaybookQueries(playbook).entries();
	}

	/** The playbook this search covers. */
	public OpenPlaybook playbook() {
		return playbook;
	}

	@Override
	public void close() {
		beforeRead = null;
		swap.writeLock().lock();
		try {
			searchers.close();
			if (writer != null) {
				writer.rollback(); // uncommitted live edits are not kept: the files are the truth
			}
			directory.close();
		} catch (IOException e) {
			notices.accept("Closing the search index: " + e.getMessage());
		} finally {
			swap.writeLock().unlock();
		}
	}
}
