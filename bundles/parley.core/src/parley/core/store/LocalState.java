package parley.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where a playbook folder keeps the state that belongs to this copy of it and never travels with it: the
 * save journal, the lock, the crash-recovery file, a merge in progress, the import inbox and the search index.
 *
 * <p>In a playbook that is a git repository the state lives in {@code .git/parley/}. Nothing a repository
 * carries can land there: clone and fetch never transfer {@code .git/}, and git refuses tree entries named
 * {@code .git}. So a teammate cannot commit a journal, a recovery file or a merge that Parley would take as
 * its own. A folder that is not (yet) a repository keeps the state in {@code .parley/} (git-ignored);
 * {@code parley.vcs} moves it into {@code .git/parley/} when it makes the folder a repository.
 *
 * <p>The state folder must be a real folder inside the playbook folder, never a symbolic link.
 */
public final class LocalState {

	/** The state folder of a playbook that is not a git repository. */
	public static final String PLAIN_DIR = PlaybookLayout.LOCAL_DIR;
	/** The state folder inside a repository's {@code .git}. */
	public static final String GIT_DIR = ".git/parley";

	public static final String JOURNAL = "journal";
	public static final String LOCK = "lock";
	public static final String RECOVERY = "recovery.xmi";
	public static final String MERGE = "merge.json";
	public static final String INDEX = "index";
	/** The import inbox ({@code parley.core.inbox.InboxStore}). */
	public static final String INBOX = "inbox.xmi";

	/** One lock per state folder inside this JVM (file locks exclude other processes, not other threads). */
	private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private LocalState() {
	}

	/** The state folder of a playbook folder (it may not exist yet). */
	public static Path dir(Path playbookFolder) {
		Path folder = playbookFolder.toAbsolutePath().normalize();
		Path git = folder.resolve(".git");
		return Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS) ? folder.resolve(GIT_DIR) : folder.resolve(PLAIN_DIR);
	}

	/** A file of the state folder. */
	public static Path file(Path playbookFolder, String name) {
		return dir(playbookFolder).resolve(name);
	}

	/**
	 * The state folder, created if needed and checked: a real folder (no link on the way) inside the
	 * playbook folder.
	 */
	public static Path ensure(Path playbookFolder) throws IOException {
		Path folder = playbookFolder.toAbsolutePath().normalize();
		Path dir = dir(folder);
		check(folder, dir);
		Files.createDirectories(dir);
		check(folder, dir);
		return dir;
	}

	/** Refuses a state folder that is, or passes through, a symbolic link, or is not a folder. */
	public static void check(Path playbookFolder, Path dir) throws UnsafePathException {
		Path folder = playbookFolder.toAbsolutePath().normalize();
		String relative = folder.relativize(dir).toString().replace('\\', '/');
		PlaybookPaths.confine(folder, relative + "/x");
		if (Files.isSymbolicLink(dir)) {
			throw new UnsafePathException(relative, "is a symbolic link; Parley keeps its local state only in a"
					+ " real folder inside the playbook. Remove the link");
		}
		if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			throw new UnsafePathException(relative, "is not a folder; Parley keeps its local state there."
					+ " Move the file away");
		}
	}

	/** Work that must not overlap with a save or a journal recovery of the same playbook, in any process. */
	public interface Locked<T> {
		T run() throws IOException;
	}

	/**
	 * Runs {@code work} holding the playbook's lock: {@code lock} in the state folder (other processes) and
	 * an in-process lock (other threads). Waits for a holder to finish; saves are short.
	 */
	public static <T> T locked(Path playbookFolder, Locked<T> work) throws IOException {
		Path dir = ensure(playbookFolder);
		ReentrantLock local = IN_PROCESS.computeIfAbsent(dir, d -> new ReentrantLock());
		local.lock();
		try {
			if (local.getHoldCount() > 1) {
				return work.run(); // already holding the file lock further up this thread's stack
			}
			try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				return work.run();
			}
		} finally {
			local.unlock();
		}
	}
}
