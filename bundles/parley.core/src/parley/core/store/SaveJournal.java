package parley.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files in a playbook folder so that a reader sees either all of the old contents or all
 * of the new ones, even if the process is killed mid-save (a redo journal).
 *
 * <ol>
 * <li>New contents go to temporary files in {@code .parley/journal/}, each flushed to disk.</li>
 * <li>A plan naming every target is written and flushed, then renamed to {@code commit}: that rename is
 * the moment the save happens.</li>
 * <li>The temporary files are renamed over their targets, deleted targets removed, the journal cleared.</li>
 * </ol>
 * {@link #recover(Path)} runs before every load: a journal with a {@code commit} is completed (the save
 * had happened), one without is discarded (the save had not happened, the old files are intact).
 */
final class SaveJournal {

	private static final String JOURNAL = "journal";
	private static final String COMMIT = "commit";
	private static final String PLAN_TMP = "plan.tmp";
	private static final String DELETE = "-";

	private final Path folder;
	private final Path journal;
	/** target (relative, '/'-separated) -> new content, or null to delete */
	private final Map<String, byte[]> changes = new LinkedHashMap<>();

	SaveJournal(Path folder) {
		this.folder = folder;
		this.journal = folder.resolve(PlaybookLayout.LOCAL_DIR).resolve(JOURNAL);
	}

	void write(String target, byte[] content) {
		changes.put(target, content);
	}

	void delete(String target) {
		changes.put(target, null);
	}

	boolean isEmpty() {
		return changes.isEmpty();
	}

	/** Carries out the recorded changes atomically. On failure before the commit point nothing changed. */
	void commit() throws IOException {
		if (changes.isEmpty()) {
			return;
		}
		recover(folder);
		Files.createDirectories(journal);
		clear(journal);
		StringBuilder plan = new StringBuilder();
		int n = 0;
		for (Map.Entry<String, byte[]> change : changes.entrySet()) {
			if (change.getValue() == null) {
				plan.append(DELETE);
			} else {
				String tmp = (n++) + ".tmp";
				writeDurably(journal.resolve(tmp), change.getValue());
				plan.append(tmp);
			}
			plan.append('\t').append(change.getKey()).append('\n');
		}
		writeDurably(journal.resolve(PLAN_TMP), plan.toString().getBytes(StandardCharsets.UTF_8));
		AtomicFiles.move(journal.resolve(PLAN_TMP), journal.resolve(COMMIT));
		AtomicFiles.syncDirectory(journal);
		apply(folder, journal);
		changes.clear();
	}

	/** Completes or discards an interrupted save. Returns true if a committed save was completed. */
	static boolean recover(Path folder) throws IOException {
		Path journal = folder.resolve(PlaybookLayout.LOCAL_DIR).resolve(JOURNAL);
		if (!Files.isDirectory(journal)) {
			return false;
		}
		if (Files.exists(journal.resolve(COMMIT))) {
			apply(folder, journal);
			return true;
		}
		clear(journal);
		return false;
	}

	private static void apply(Path folder, Path journal) throws IOException {
		List<String> lines = Files.readAllLines(journal.resolve(COMMIT), StandardCharsets.UTF_8);
		List<Path> parents = new ArrayList<>();
		for (String line : lines) {
			int tab = line.indexOf('\t');
			if (tab < 0) {
				continue;
			}
			String source = line.substring(0, tab);
			Path target = folder.resolve(line.substring(tab + 1));
			if (DELETE.equals(source)) {
				Files.deleteIfExists(target);
			} else {
				Path tmp = journal.resolve(source);
				if (Files.exists(tmp)) { // absent when this line was applied before an interruption
					Files.createDirectories(target.getParent());
					AtomicFiles.move(tmp, target);
				}
			}
			if (!parents.contains(target.getParent())) {
				parents.add(target.getParent());
			}
		}
		for (Path parent : parents) {
			AtomicFiles.syncDirectory(parent);
		}
		Files.delete(journal.resolve(COMMIT));
		clear(journal);
	}

	private static void writeDurably(Path file, byte[] content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	private static void clear(Path journal) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(journal)) {
			for (Path entry : entries) {
				if (!entry.getFileName().toString().equals(COMMIT)) {
					try {
						Files.delete(entry);
					} catch (NoSuchFileException e) {
						// already gone
					}
				}
			}
		}
	}
}
