package parley.search.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;

import parley.core.store.LocalState;
import parley.search.SearchException;

/**
 * The life cycle of one playbook's index: opening it (created when missing; deleted and recreated when
 * damaged, as every file's checksum shows, or written by another Lucene; read as it is when another process
 * holds it and it is up to date and intact, else replaced by a temporary in-memory index), reads with a
 * searcher that sees every change made before them (a read that finds the index damaged rebuilds it and
 * runs again), taking the index over once another process lets it go, committing and closing. What goes
 * into the index is {@link IndexDocuments}' job.
 * <p>
 * Longer than 400 lines on purpose: it owns the index's life cycle (open, verify, repair, read-only and temporary
 * cases, commit, close) and the locking between them; each case is short, and they share the writer, the reader
 * manager and the swap lock.
 */
final class SearchIndex implements AutoCloseable {

	/** Searchers score with the same similarity the index was written with. */
	private static final SearcherFactory FACTORY = new SearcherFactory() {
		@Override
		public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setSimilarity(new Similarities());
			return searcher;
		}
	};

	private final Consumer<String> notices;
	/** The index folder of the playbook's local state (also when a temporary in-memory index is searched). */
	private final Path indexDir;
	/**
	 * Guards which index is in use: reads and writes hold the read lock, and replacing the index (a damaged one
	 * rebuilt, a read-only one taken over when another process lets it go) holds the write lock.
	 */
	private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
	/** Serialises writes to the index (batches, rebuilds, syncs, commits). */
	private final Object lock = new Object();
	/** Counts index changes; a searcher refreshed after change n sees every change up to n. */
	private final AtomicLong changes = new AtomicLong();
	private final AtomicLong refreshedTo = new AtomicLong();
	private final IndexDocuments documents;
	private Directory directory;
	private IndexWriter writer; // null when another process writes the index
	private ReferenceManager<IndexSearcher> searchers;
	/** Whether the index is a temporary in-memory one (the folder's index is in use elsewhere). */
	private boolean temporary;
	/** Run before each read (the live updater applies what it collected), or null. */
	private volatile Runnable beforeRead;

	private SearchIndex(PlaybookModel model, Consumer<String> notices, Path indexDir, Directory directory,
			IndexWriter writer, ReferenceManager<IndexSearcher> searchers, boolean temporary) {
		this.notices = notices;
		this.indexDir = indexDir;
		this.directory = directory;
		this.writer = writer;
		this.searchers = searchers;
		this.temporary = temporary;
		this.documents = new IndexDocuments(this, model, notices);
	}

	/** Opens the playbook's index, creating, repairing or bringing it up to date as needed. */
	static SearchIndex open(PlaybookModel model, Consumer<String> notices) throws SearchException {
		Path folder = model.folder();
		Path indexDir = LocalState.file(folder, LocalState.INDEX);
		try {
			LocalState.ensure(folder);
			LocalState.check(folder, indexDir);
			Files.createDirectories(indexDir);
			String fingerprint = Fingerprint.of(folder);
			// Small segments written by near-real-time refreshes stay in memory until merged or committed.
			Directory fs = new NRTCachingDirectory(FSDirectory.open(indexDir), 8.0, 64.0);
			IndexWriter writer;
			try {
				writer = IndexFiles.openWriter(fs, indexDir, notices);
			} catch (LockObtainFailedException locked) {
				String problem = IndexFiles.unusable(fs, fingerprint);
				if (problem == null) {
					// Another Parley process keeps the index; it is up to date, so read it as it is.
					return new SearchIndex(model, notices, indexDir, fs, null, new SearcherManager(fs, FACTORY), false);
				}
				fs.close();
				notices.accept("The search index is in use by another Parley process and " + problem
						+ "; searching a temporary index instead.");
				return temporary(model, notices, indexDir);
			}
			SearchIndex index = new SearchIndex(model, notices, indexDir, fs, writer, new SearcherManager(writer, FACTORY),
					false);
			try {
				index.documents.bringUpToDate(fingerprint);
			} catch (IOException | RuntimeException e) {
				index.closeQuietly(); // never leave the index locked by a failed open
				throw e;
			}
			return index;
		} catch (IOException e) {
			throw new SearchException("Could not open the search index in " + indexDir + ": " + e.getMessage()
					+ ". Run 'parley reindex' to rebuild it; if that fails, delete the folder.", e);
		}
	}

	/** An index over a temporary in-memory copy of the playbook, built now. */
	private static SearchIndex temporary(PlaybookModel model, Consumer<String> notices, Path indexDir)
			throws IOException {
		Directory memory = new ByteBuffersDirectory();
		IndexWriter writer = new IndexWriter(memory, IndexFiles.config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		SearchIndex index = new SearchIndex(model, notices, indexDir, memory, writer, new SearcherManager(writer, FACTORY),
				true);
		try {
			index.documents.rebuild();
		} catch (IOException | RuntimeException e) {
			index.closeQuietly();
			throw e;
		}
		return index;
	}

	/** The data of the index's last commit (fingerprint, schema), empty when there is none. */
	Map<String, String> committed() {
		return IndexFiles.committed(directory);
	}

	// ---- for IndexDocuments: the writer and its locks ----

	IndexDocuments documents() {
		return documents;
	}

	/** The writer, or null when another process writes the index (caller holds a {@link #swap} lock). */
	IndexWriter writer() {
		return writer;
	}

	boolean isTemporary() {
		return temporary;
	}

	ReentrantReadWriteLock swap() {
		return swap;
	}

	Object lock() {
		return lock;
	}

	/** Records that the index changed: the next read refreshes its searcher first. */
	void changed() {
		changes.incrementAndGet();
	}

	long changeCount() {
		return changes.get();
	}

	void tell(String notice) {
		notices.accept(notice);
	}

	/** Commits the index as reflecting the playbook files with this fingerprint ("" for none). */
	void commit(String fingerprint) throws IOException {
		synchronized (lock) {
			writer.setLiveCommitData(Map.of(IndexFiles.FINGERPRINT, fingerprint, IndexFiles.SCHEMA, Fields.SCHEMA).entrySet());
			writer.commit();
		}
	}

	/** What {@link #takeOver()} found. */
	enum TakeOver {
		/** Another process still holds the folder's index. */
		STILL_HELD,
		/** The index in use now is empty or of another schema: every entry must be indexed. */
		REBUILD,
		/** The folder's index, of this schema, was taken over: updating changed entries is enough. */
		UPDATE
	}

	/** Whether there is a writer that can take changes (none while another process holds the index). */
	boolean writable() {
		return writer != null && writer.isOpen();
	}

	/**
	 * With the write lock held and no usable writer: takes the folder's index over when no other process
	 * holds it any more, or starts a new, empty temporary index when a temporary one was in use.
	 */
	TakeOver takeOver() throws IOException {
		if (temporary) {
			IndexFiles.close(searchers);
			if (writer != null) {
				IndexFiles.rollback(writer);
			}
			directory.close();
			replaceWithTemporary();
			return TakeOver.REBUILD;
		}
		IndexWriter taken;
		try {
			taken = IndexFiles.openWriter(directory, indexDir, notices);
		} catch (LockObtainFailedException stillHeld) {
			return TakeOver.STILL_HELD;
		}
		IndexFiles.close(searchers);
		if (writer != null) {
			IndexFiles.rollback(writer);
		}
		writer = taken;
		searchers = new SearcherManager(writer, FACTORY);
		return Fields.SCHEMA.equals(committed().get(IndexFiles.SCHEMA)) ? TakeOver.UPDATE : TakeOver.REBUILD;
	}

	// ---- reading ----

	/** One read of the index, with a searcher that sees every change made before it was asked for. */
	interface Read<T> {
		T apply(IndexSearcher searcher) throws IOException, SearchException;
	}

	/** Runs {@code hook} before each read (or none, with null): the live updater applies its collected edits. */
	void beforeRead(Runnable hook) {
		this.beforeRead = hook;
	}

	/**
	 * Runs a read. Edits collected by a live updater are applied first. A read that fails because the index
	 * is damaged (a checksum does not match, a file is missing or cut short) rebuilds the index with a notice
	 * and runs again; other failures say what failed.
	 */
	<T> T read(String what, Read<T> read) throws SearchException {
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
			IndexFiles.checkIntegrity(searcher.getIndexReader());
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
			notices.accept("The search index is damaged (" + IndexFiles.reason(damage) + "); rebuilding it.");
			IndexFiles.close(searchers);
			if (writer != null) {
				IndexFiles.rollback(writer);
			}
			if (temporary) {
				directory.close();
				replaceWithTemporary();
			} else {
				try {
					writer = IndexFiles.freshWriter(directory);
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
					documents.rebuild(); // reads the whole model; an edit on another thread may trip it
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
			documents.caughtUp();
		} catch (IOException | RuntimeException e) {
			throw new SearchException("The search index is damaged and could not be rebuilt (" + e.getMessage()
					+ "). Close Parley, delete the folder " + indexDir + " and search again.", e);
		} finally {
			swap.writeLock().unlock();
		}
	}

	/** Switches to a new, empty temporary in-memory index (the caller fills it). */
	private void replaceWithTemporary() throws IOException {
		directory = new ByteBuffersDirectory();
		writer = new IndexWriter(directory, IndexFiles.config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		searchers = new SearcherManager(writer, FACTORY);
		temporary = true;
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

	/** Closes after a failed open: nothing to report, nothing kept locked. */
	private void closeQuietly() {
		IndexFiles.close(searchers);
		if (writer != null) {
			IndexFiles.rollback(writer);
		}
		try {
			directory.close();
		} catch (IOException | RuntimeException e) {
			// the open failed for another reason, which the caller reports
		}
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
