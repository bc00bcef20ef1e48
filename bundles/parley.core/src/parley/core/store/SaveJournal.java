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
 * <li>New contents go to temporary files in the journal folder of the playbook's {@link LocalState}, each
 * flushed to disk.</li>
 * <li>A plan naming every target is written and flushed, then renamed to {@code commit}: that rename is
 * the moment the save happens.</li>
 * <li>The temporary files are renamed over their targets, deleted targets removed, the journal cleared.</li>
 * </ol>
 * {@link #recover(Path)} runs before every load, holding the playbook's lock (so it never touches the journal
 * of a save another process is making): a journal with a {@code commit} is completed (the save had
 * happened), one without is discarded (the save had not happened, the old files are intact).
 *
 * <p>A plan is replayed only when every line is one Parley writes: a numbered temporary file of the journal
 * (or "-" to delete) and a file of the playbook's versioned content inside its folder
 * ({@link PlaybookPaths#isVersionedFile}: not in {@code .git} or the local state), reached through no
 * symbolic link. Otherwise nothing is replayed, the journal is set aside as
 * {@code journal.refused-TIME} and the open fails with a message naming the offending line.
 */
final class SaveJournal {

	private static final String JOURNAL = "journal";
	private static final String COMMIT = "commit";
	private static final String PLAN_TMP = "plan.tmp";
	private static final String DELETE = "-";
	private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile("[0-9]{1,9}\\.tmp");

	private final Path folder;
	private final Path journal;
	/** target (relative, '/'-separated) -> new content, or null to delete */
	private final Map<String, byte[]> changes = new LinkedHashMap<>();

	SaveJournal(Path folder) {
		this.folder = folder;
		this.journal = LocalState.dir(folder).resolve(JOURNAL);
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
		LocalState.ensure(folder);
		LocalState.check(folder, journal);
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
		Path journal = LocalState.dir(folder).resolve(JOURNAL);
		if (!Files.isDirectory(journal, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(journal)) {
			return false;
		}
		if (!Files.isSymbolicLink(journal) && isEmpty(journal)) {
			// Nothing to complete or discard (the folder stays after every save): no lock needed, so a playbook in
			// a folder that cannot be written (a read-only share or disk) still opens.
			return false;
		}
		return LocalState.locked(folder, () -> {
			LocalState.check(folder, journal);
			if (Files.exists(journal.resolve(COMMIT))) {
				apply(folder, journal);
				return true;
			}
			clear(journal);
			return false;
		});
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			return !entries.iterator().hasNext();
		}
	}

	/** One line of a plan: a journal file (or null to delete) and the confined target. */
	private record Step(Path source, Path target) {
	}

	/** Reads and checks the whole plan before anything is applied; a bad line refuses all of it. */
	private static List<Step> plan(Path folder, Path journal) throws IOException {
		Path commit = journal.resolve(COMMIT);
		if (Files.isSymbolicLink(commit) || Files.size(commit) > PlaybookPaths.MAX_FILE_BYTES) {
			throw refuse(journal, "its plan is not a plain file Parley wrote");
		}
		List<String> lines = Files.readAllLines(commit, StandardCharsets.UTF_8);
		List<Step> steps = new ArrayList<>(lines.size());
		for (String line : lines) {
			if (line.isEmpty()) {
				continue;
			}
			int tab = line.indexOf('\t');
			String source = tab < 0 ? "" : line.substring(0, tab);
			String target = tab < 0 ? line : line.substring(tab + 1);
			if (!DELETE.equals(source) && !TEMP_NAME.matcher(source).matches()) {
				throw refuse(journal, "its plan names '" + UnsafePathException.printable(source)
						+ "' as new content, which is not a file of the journal");
			}
			if (!PlaybookPaths.isVersionedFile(target)) {
				throw refuse(journal, "its plan would write '" + UnsafePathException.printable(target)
						+ "', which is not a playbook file");
			}
			try {
				steps.add(new Step(DELETE.equals(source) ? null : journal.resolve(source), PlaybookPaths.confine(folder, target)));
			} catch (UnsafePathException e) {
				throw refuse(journal, e.getMessage());
			}
		}
		return steps;
	}

	/** Sets a journal that Parley did not write aside, untouched, and says so. */
	private static UnsafePathException refuse(Path journal, String why) throws IOException {
		Path aside = journal.resolveSibling(JOURNAL + ".refused-" + System.currentTimeMillis());
		Files.move(journal, aside);
		return new UnsafePathException(journal.toString(), "holds an interrupted save that Parley did not write ("
				+ why + "). Nothing was replayed; it was moved to " + aside + " for inspection");
	}

	private static void apply(Path folder, Path journal) throws IOException {
		List<Step> steps = plan(folder, journal);
		List<Path> parents = new ArrayList<>();
		for (Step step : steps) {
			Path target = step.target();
			if (step.source() == null) {
				Files.deleteIfExists(target);
			} else {
				Path tmp = step.source();
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
