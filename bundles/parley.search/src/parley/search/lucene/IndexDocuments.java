package parley.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;

import parley.model.playbook.Entry;
import parley.search.SearchException;

/**
 * Writing the playbook's entries into its {@link SearchIndex}: a full build, an update entry by entry by
 * content hash (after the files changed), live batches of edits, and committing. An edit never fails
 * because of the index: when the index cannot take a batch (another process holds it, or writing failed)
 * this says so once, is {@link #isBehind() behind}, and {@link #catchUp()} takes the index over and
 * re-indexes what changed once it can.
 */
final class IndexDocuments {

	private final SearchIndex index;
	private final PlaybookModel model;
	private final Consumer<String> notices;
	/**
	 * Whether the index misses changes of the model: it was read-only when an edit came, or an update
	 * failed. {@link #catchUp()} brings it up to date.
	 */
	private volatile boolean behind;
	private boolean behindTold;
	/** After a catch-up failed for another reason than the lock, when to try again (System.nanoTime). */
	private long retryAt;

	IndexDocuments(SearchIndex index, PlaybookModel model, Consumer<String> notices) {
		this.index = index;
		this.model = model;
		this.notices = notices;
	}

	/** On open, with a writer: builds, updates or keeps the index, as its last commit says. */
	void bringUpToDate(String fingerprint) throws IOException {
		Map<String, String> data = index.committed();
		if (!Fields.SCHEMA.equals(data.get(IndexFiles.SCHEMA))) {
			if (!data.isEmpty()) {
				notices.accept("The search index was made by another version of Parley; rebuilding it.");
			} else {
				notices.accept("Building the search index (" + model.entries().size() + " entries) …");
			}
			rebuild();
		} else if (!fingerprint.equals(data.get(IndexFiles.FINGERPRINT))) {
			sync();
		} else {
			return; // up to date: the model is not needed
		}
		index.commit(fingerprint);
	}

	/** Replaces every document by one per entry of the model (caller holds a swap lock, or opens the index). */
	void rebuild() throws IOException {
		IndexWriter writer = index.writer();
		synchronized (index.lock()) {
			writer.deleteAll();
			List<Entry> all = model.entries();
			MergePolicy merges = writer.getConfig().getMergePolicy();
			writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
			int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), all.size() / 2000));
			try {
				IntStream.range(0, parts).parallel().forEach(part -> {
					for (Entry entry : all.subList(all.size() * part / parts, all.size() * (part + 1) / parts)) {
						try {
							writer.addDocument(EntryDocuments.document(EntryDocuments.content(entry)));
						} catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					}
				});
			} catch (UncheckedIOException e) {
				throw e.getCause();
			} finally {
				writer.getConfig().setMergePolicy(merges);
			}
			index.changed();
		}
	}

	/** Rewrites only the documents whose content hash differs, and drops entries that are gone. */
	void sync() throws IOException {
		IndexWriter writer = index.writer();
		synchronized (index.lock()) {
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
			for (Entry entry : model.entries()) {
				EntryDocuments.Content content = EntryDocuments.content(entry);
				Long hash = indexed.remove(entry.getId());
				if (hash == null || hash != content.hash()) {
					writer.updateDocument(new Term(Fields.ID, entry.getId()), EntryDocuments.document(content));
				}
			}
			for (String gone : indexed.keySet()) {
				writer.deleteDocuments(new Term(Fields.ID, gone));
			}
			index.changed();
		}
	}

	/** See {@link LuceneSearchService#update(Collection, Collection)}. */
	void update(Collection<Entry> changed, Collection<String> removedIds) {
		if (changed.isEmpty() && removedIds.isEmpty()) {
			return;
		}
		index.swap().readLock().lock();
		try {
			IndexWriter writer = index.writer();
			if (writer == null) {
				fallBehind("Another Parley process holds this playbook's search index, so edits made here are not"
						+ " searchable yet; they will be once that process closes the playbook.");
				return;
			}
			synchronized (index.lock()) {
				for (String id : removedIds) {
					writer.deleteDocuments(new Term(Fields.ID, id));
				}
				for (Entry entry : changed) {
					writer.updateDocument(new Term(Fields.ID, entry.getId()),
							EntryDocuments.document(EntryDocuments.content(entry)));
				}
				index.changed();
			}
		} catch (IOException | RuntimeException e) {
			fallBehind("Could not update the search index (" + e.getMessage() + "); edits are kept and searches"
					+ " will find them once the index catches up (or run 'Rebuild index').");
		} finally {
			index.swap().readLock().unlock();
		}
	}

	private void fallBehind(String notice) {
		behind = true;
		if (!behindTold) {
			behindTold = true;
			notices.accept(notice);
		}
	}

	boolean isBehind() {
		return behind;
	}

	/** The index was rebuilt from the model: it misses nothing. */
	void caughtUp() {
		behind = false;
	}

	/** See {@link LuceneSearchService#catchUp()}. */
	boolean catchUp() {
		if (!behind) {
			return true;
		}
		index.swap().writeLock().lock();
		try {
			if (!behind) {
				return true;
			}
			if (retryAt != 0 && System.nanoTime() - retryAt < 0) {
				return false; // it failed a moment ago; re-reading every entry at each edit would slow editing down
			}
			if (index.writable()) {
				sync();
			} else {
				switch (index.takeOver()) {
				case STILL_HELD -> {
					return false;
				}
				case UPDATE -> sync();
				case REBUILD -> rebuild();
				}
			}
			behind = false;
			retryAt = 0;
			if (behindTold) {
				behindTold = false;
				notices.accept("The search index is up to date again; every edit is searchable.");
			}
			return true;
		} catch (IOException | RuntimeException e) {
			retryAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			return false; // still behind: tried again at a later edit
		} finally {
			index.swap().writeLock().unlock();
		}
	}

	/** Commits the index as matching the playbook files just saved. */
	void playbookSaved() throws SearchException {
		index.swap().readLock().lock();
		try {
			if (index.writer() == null || behind || index.isTemporary()) {
				return; // a read-only or outdated index is not committed as matching the files
			}
			index.commit(Fingerprint.of(model.folder()));
		} catch (IOException e) {
			throw new SearchException("Could not commit the search index: " + e.getMessage(), e);
		} finally {
			index.swap().readLock().unlock();
		}
	}

	/** Rebuilds the index from the model and commits it as matching the files. */
	void reindex() throws SearchException {
		index.swap().readLock().lock();
		try {
			if (index.writer() == null) {
				throw new SearchException("Another Parley process keeps this playbook's search index; close it (or run"
						+ " 'parley reindex' there) and try again.");
			}
			rebuild();
			if (!index.isTemporary()) {
				index.commit(Fingerprint.of(model.folder()));
			}
			behind = false;
		} catch (IOException e) {
			throw new SearchException("Could not rebuild the search index: " + e.getMessage(), e);
		} finally {
			index.swap().readLock().unlock();
		}
	}
}
