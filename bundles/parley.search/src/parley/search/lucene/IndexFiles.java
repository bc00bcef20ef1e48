package parley.search.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;

/**
 * The index's files: how a writer is configured and opened (a damaged index, or one from another Lucene
 * version, deleted and recreated), verifying every checksum, what the last commit recorded, and whether an
 * index another process holds can be read as it is.
 */
final class IndexFiles {

	static final String FINGERPRINT = "parley.fingerprint";
	static final String SCHEMA = "parley.schema";

	private IndexFiles() {
	}

	/**
	 * Why an index another process writes cannot be read as it is ("does not match the saved playbook", "is
	 * damaged"), or null when it can.
	 */
	static String unusable(Directory directory, String fingerprint) {
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
	static void checkIntegrity(IndexReader reader) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			leaf.reader().checkIntegrity();
		}
	}

	static IndexWriterConfig config() {
		IndexWriterConfig config = new IndexWriterConfig(Analyzers.index());
		config.setCommitOnClose(false); // only states that match the saved playbook are committed
		config.setRAMBufferSizeMB(256);
		config.setUseCompoundFile(false);
		config.setSimilarity(new Similarities());
		// Live edits add one-document segments. With the default floor (segments below 16 MB count as 16 MB)
		// the first few of them made the merge policy merge the two halves a rebuild leaves (52 MB at 100k
		// entities) in the background, and on two cores every edit waited behind it (edit to searchable p99
		// about 350 ms -> 190 ms at 100k, docs/PERFORMANCE.md, issue 15). Tiny segments now merge among themselves, in ~10 ms.
		TieredMergePolicy merges = new TieredMergePolicy();
		merges.setFloorSegmentMB(0.25);
		config.setMergePolicy(merges);
		return config;
	}

	/** Opens the writer; a damaged index or one from another Lucene version is deleted and recreated. */
	static IndexWriter openWriter(Directory fs, Path indexDir, Consumer<String> notices) throws IOException {
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

	/** The data of the index's last commit (fingerprint, schema), empty when there is none. */
	static Map<String, String> committed(Directory directory) {
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

	/** Deletes every file of the index (once no other process holds it) and starts an empty one. */
	static IndexWriter freshWriter(Directory directory) throws IOException {
		try (org.apache.lucene.store.Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			for (String file : directory.listAll()) {
				if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
					directory.deleteFile(file);
				}
			}
		}
		return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
	}

	/** A failure as a notice shows it: its kind and (a short form of) its message. */
	static String reason(Exception damage) {
		String message = damage.getMessage();
		String kind = damage.getClass().getSimpleName();
		if (message == null || message.isBlank()) {
			return kind;
		}
		return kind + ": " + (message.length() <= 160 ? message : message.substring(0, 160) + "…");
	}

	/** Closes searchers of an index that is being replaced. */
	static void close(ReferenceManager<IndexSearcher> searchers) {
		try {
			searchers.close();
		} catch (IOException | RuntimeException e) {
			// only reference counts: the index is being replaced anyway
		}
	}

	/** Drops a writer that is being replaced, with its uncommitted changes. */
	static void rollback(IndexWriter writer) {
		try {
			writer.rollback();
		} catch (IOException | RuntimeException e) {
			// the writer is being replaced; its uncommitted changes are not wanted
		}
	}
}
