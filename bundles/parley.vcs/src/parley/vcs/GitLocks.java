package parley.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * git's own lock files ({@code .git/index.lock}, {@code .git/HEAD.lock}, {@code refs/heads/main.lock}): a
 * git or Parley process killed while it held one leaves it behind, and every later commit fails (and a left
 * {@code gc.log.lock} stops git's automatic housekeeping). Before
 * Parley writes the repository it removes such a lock when no live process has it open (read from
 * {@code /proc} where the system has it) and it is older than a moment; otherwise it says exactly what to do.
 */
final class GitLocks {

	/** A lock younger than this may belong to a git process that has just started. */
	static final Duration SETTLE = Duration.ofSeconds(2);

	private GitLocks() {
	}

	/** Locks that stop a commit, a sync or a restore while they exist. */
	private static final String[] WRITE_LOCKS = { "index.lock", "HEAD.lock", "refs/heads/main.lock", "config.lock" };
	/**
	 * Locks of git's housekeeping: {@code gc.log.lock}, left by an automatic gc killed or failing on a full disk,
	 * makes every later automatic gc skip its work, so loose objects pile up. It blocks no write: a stale one is
	 * removed, a held one is left alone without a word.
	 */
	private static final String[] HOUSEKEEPING_LOCKS = { "gc.log.lock" };

	/** Removes stale locks of the repository in {@code gitDir}; throws with advice when a write lock is held. */
	static void clearStale(Path gitDir) throws VcsException {
		for (String name : HOUSEKEEPING_LOCKS) {
			removeIfStale(gitDir.resolve(name));
		}
		for (String name : WRITE_LOCKS) {
			Path lock = gitDir.resolve(name);
			Duration age = removeIfStale(lock);
			if (age != null) {
				throw new VcsException("Another git or Parley process is changing the repository (" + lock + " exists, "
						+ age.toSeconds() + " s old). Wait for it to finish and try again; if no git or Parley process is"
						+ " running, delete that file and try again.");
			}
		}
	}

	/**
	 * Removes {@code lock} when no live process has it open and it is older than {@link #SETTLE}. Returns null when
	 * the lock is gone (or never existed), else its age (it is held, too young, or could not be removed).
	 */
	private static Duration removeIfStale(Path lock) {
		if (!Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
			return null;
		}
		Duration age;
		try {
			FileTime modified = Files.getLastModifiedTime(lock, LinkOption.NOFOLLOW_LINKS);
			age = Duration.between(modified.toInstant(), Instant.now());
		} catch (IOException e) {
			return null; // gone meanwhile
		}
		if (Boolean.FALSE.equals(openByAnyProcess(lock)) && age.compareTo(SETTLE) >= 0) {
			try {
				Files.deleteIfExists(lock);
				return null;
			} catch (IOException e) {
				// report it as held
			}
		}
		return age;
	}

	/** Whether a process has {@code file} open: true, false, or null when the system cannot tell. */
	static Boolean openByAnyProcess(Path file) {
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc)) {
			return null;
		}
		Path target = file.toAbsolutePath().normalize();
		try (Stream<Path> processes = Files.list(proc)) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				String pid = process.getFileName().toString();
				if (!pid.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
					for (Path fd : (Iterable<Path>) fds::iterator) {
						try {
							if (Files.readSymbolicLink(fd).equals(target)) {
								return true;
							}
						} catch (IOException | UnsupportedOperationException e) {
							// closed meanwhile, or not ours to read
						}
					}
				} catch (IOException e) {
					// a process we may not inspect (another user's): it cannot hold our repository's lock
				}
			}
			return false;
		} catch (IOException e) {
			return null;
		}
	}
}
