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
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.SearchService;
import parley.search.Suggestion;

/**
 * The Lucene implementation of {@link SearchService} over one open playbook.
 *
 * <p>The index lives in {@code .parley/index} of the playbook folder. It is a cache: on open it is
 * created when missing, rebuilt (with a notice) when damaged, written by another Lucene version or by
 * another index schema, and brought up to date entry by entry (content hashes) when the playbook files
 * changed since it was committed. If another process holds the index (the workbench has the playbook
 * open), an up-to-date index is read without writing, and an outdated one is replaced by a temporary
 * in-memory index, so commands never fail on a lock. Edits reach searches through near-real-time readers
 * ({@link #update(Collection)}, {@link LiveIndexUpdater}).
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
	private final Directory directory;
	private final IndexWriter writer; // null when another process writes the index
	private final ReferenceManager<IndexSearcher> searchers;
	private final Analyzer indexAnalyzer = Analyzers.index();
	private final Analyzer plainAnalyzer = Analyzers.plain();
	private final Analyzer queryAnalyzer;
	private final Object lock = new Object();
	/** Counts index changes; a searcher refreshed after change n sees every change up to n. */
	private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong refreshedTo = new java.util.concurrent.atomic.AtomicLong();
	private SortedSetDocValuesReaderState facetState;
	private IndexReader facetStateReader;

	private LuceneSearchService(OpenPlaybook playbook, Consumer<String> notices, Directory directory, IndexWriter writer,
			ReferenceManager<IndexSearcher> searchers, SynonymMap synonyms) {
		this.playbook = playbook;
		this.notices = notices;
		this.directory = directory;
		this.writer = writer;
		this.searchers = searchers;
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
				if (fingerprint.equals(committed(fs).get(FINGERPRINT)) && Fields.SCHEMA.equals(committed(fs).get(SCHEMA))) {
					// Another Parley process keeps the index; it is up to date, so read it as it is.
					SearcherManager readOnly = new SearcherManager(fs, FACTORY);
					return new LuceneSearchService(playbook, notices, fs, null, readOnly, synonyms);
				}
				fs.close();
				notices.accept("The search index is in use by another Parley process and does not match the saved"
						+ " playbook; searching a temporary index instead.");
				Directory memory = new ByteBuffersDirectory();
				writer = new IndexWriter(memory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
				LuceneSearchService service = create(playbook, notices, memory, writer, synonyms);
				service.rebuild();
				return service;
			}
			LuceneSearchService service = create(playbook, notices, fs, writer, synonyms);
			service.bringUpToDate(fingerprint);
			return service;
		} catch (IOException e) {
			throw new SearchException("Could not open the search index in " + indexDir + ": " + e.getMessage()
					+ ". Run 'parley reindex' to rebuild it; if that fails, delete the folder.", e);
		}
	}

	private static LuceneSearchService create(OpenPlaybook playbook, Consumer<String> notices, Directory directory,
			IndexWriter writer, SynonymMap synonyms) throws IOException {
		return new LuceneSearchService(playbook, notices, directory, writer, new SearcherManager(writer, FACTORY),
				synonyms);
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
				DirectoryReader.open(writer).close(); // reads every segment's metadata
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
	 */
	public void update(Collection<Entry> changed, Collection<String> removedIds) throws SearchException {
		if (writer == null) {
			throw new SearchException("The search index is read-only in this process (another Parley process"
					+ " keeps it up to date).");
		}
		try {
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
		} catch (IOException e) {
			throw new SearchException("Could not update the search index: " + e.getMessage(), e);
		}
	}

	/** Commits the index as matching the playbook files just saved. */
	public void playbookSaved() throws SearchException {
		if (writer == null) {
			return;
		}
		try {
			commit(Fingerprint.of(playbook.folder()));
		} catch (IOException e) {
			throw new SearchException("Could not commit the search index: " + e.getMessage(), e);
		}
	}

	@Override
	public void reindex() throws SearchException {
		if (writer == null) {
			throw new SearchException("Another Parley process keeps this playbook's search index; close it (or run"
					+ " 'parley reindex' there) and try again.");
		}
		try {
			rebuild();
			commit(Fingerprint.of(playbook.folder()));
		} catch (IOException e) {
			throw new SearchException("Could not rebuild the search index: " + e.getMessage(), e);
		}
	}

	@Override
	public int indexedEntries() throws SearchException {
		IndexSearcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		} finally {
			release(searcher);
		}
	}

	// ---- searching ----

	@Override
	public SearchResults search(SearchRequest request) throws SearchException {
		IndexSearcher searcher = acquire();
		try {
			Map<String, List<String>> unknown = corrections(request.query(), searcher.getIndexReader());
			Query exact = parse(request.query(), false, unknown);
			int wanted = request.offset() + request.limit();
			Query query = filtered(exact, request);
			Result result = run(searcher, query, wanted, request.facets());
			boolean fuzzy = false;
			String didYouMean = null;
			if (unknown.values().stream().anyMatch(c -> !c.isEmpty())) {
				fuzzy = true; // words not in the playbook were matched to near spellings
			}
			if (result.top.totalHits.value() < FEW && hasFreeText(request.query())) {
				Result tolerant = run(searcher, filtered(parse(request.query(), true, unknown), request), wanted,
						request.facets());
				if (tolerant.top.totalHits.value() > result.top.totalHits.value()) {
					result = tolerant;
					exact = parse(request.query(), true, unknown);
					fuzzy = true;
				}
			}
			didYouMean = didYouMean(request.query(), unknown);
			List<Hit> hits = hits(searcher, exact, result.top, request.offset());
			Map<String, Map<String, Integer>> facets = result.facets == null ? Map.of() : facets(searcher, result.facets);
			boolean exactTotal = result.top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
			return new SearchResults(result.top.totalHits.value(), exactTotal, hits, facets, didYouMean, fuzzy);
		} catch (IOException e) {
			throw new SearchException("Search failed: " + e.getMessage(), e);
		} finally {
			release(searcher);
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
	 * words that do occur.
	 */
	private static Map<String, List<String>> corrections(String query, IndexReader reader) throws IOException {
		Map<String, List<String>> corrections = new HashMap<>();
		if (query == null) {
			return corrections;
		}
		DirectSpellChecker checker = new DirectSpellChecker();
		for (String word : query.split("\\s+")) {
			String w = word.toLowerCase(Locale.ROOT);
			if (!w.contains(":") && PLAIN_WORD.matcher(w).matches() && reader.docFreq(new Term(Fields.SPELL, w)) == 0
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

	private Query parse(String text, boolean fuzzy, Map<String, List<String>> unknown) throws QuerySyntaxException {
		String q = text == null ? "" : text.strip();
		if (q.isEmpty()) {
			return new org.apache.lucene.search.MatchAllDocsQuery();
		}
		try {
			Query query = new PlaybookQueryParser(queryAnalyzer, indexAnalyzer, fuzzy, unknown).parse(q);
			return query == null ? new BooleanQuery.Builder().build() : query;
		} catch (ParseException e) {
			throw new QuerySyntaxException(explain(q, e));
		} catch (IndexSearcher.TooManyClauses e) { // e.g. from a very broad prefix*
			throw new QuerySyntaxException("The query '" + q + "' is too broad (" + e.getMessage()
					+ "); use longer prefixes or fewer wildcards.");
		}
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
		IndexSearcher searcher = acquire();
		try {
			return Suggestions.lookup(searcher, plainAnalyzer, prefix, limit);
		} catch (IOException e) {
			throw new SearchException("Suggestions failed: " + e.getMessage(), e);
		} finally {
			release(searcher);
		}
	}

	@Override
	public List<Hit> similar(String entryId, int limit) throws SearchException {
		IndexSearcher searcher = acquire();
		try {
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
		} catch (IOException e) {
			throw new SearchException("Finding similar entries failed: " + e.getMessage(), e);
		} finally {
			release(searcher);
		}
	}

	@Override
	public List<DuplicatePair> duplicatePhrases(double threshold) throws SearchException {
		IndexSearcher searcher = acquire();
		try {
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
		} catch (IOException e) {
			throw new SearchException("Finding duplicate phrases failed: " + e.getMessage(), e);
		} finally {
			release(searcher);
		}
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

	private IndexSearcher acquire() throws SearchException {
		try {
			// Several threads may search at once (the workbench suggests on one and searches on another): each
			// waits for a searcher that includes every change made before it asked, not just for someone to
			// have started a refresh.
			long wanted = changes.get();
			if (refreshedTo.get() < wanted) {
				searchers.maybeRefreshBlocking();
				refreshedTo.accumulateAndGet(wanted, Math::max);
			}
			return searchers.acquire();
		} catch (IOException e) {
			throw new SearchException("Could not read the search index: " + e.getMessage()
					+ ". Run 'parley reindex' to rebuild it.", e);
		}
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
		try {
			searchers.close();
			if (writer != null) {
				writer.rollback(); // uncommitted live edits are not kept: the files are the truth
			}
			directory.close();
		} catch (IOException e) {
			notices.accept("Closing the search index: " + e.getMessage());
		}
	}
}
