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
 * git or Parley process killed while it held one leaves it behind, and every later commit fails. Before
 * Parley writes the repository it removes such a lock when no live process has it open (read from
 * {@code /proc} where the system has it) and it is older than a moment; otherwise it says exactly what to do.
 */
final class GitLocks {

	/** A lock younger than this may belong to a git process that has just started. */
	static final Duration SETTLE = Duration.ofSeconds(2);

	private GitLocks() {
	}

	/** Removes stale locks of the repository in {@code gitDir}; throws with advice when one is held. */
	static void clearStale(Path gitDir) throws VcsException {
		for (String name : new String[] { "index.lock", "HEAD.lock", "refs/heads/main.lock", "config.lock" }) {
			Path lock = gitDir.resolve(name);
			if (!Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			Duration age;
			try {
				FileTime modified = Files.getLastModifiedTime(lock, LinkOption.NOFOLLOW_LINKS);
				age = Duration.between(modified.toInstant(), Instant.now());
			} catch (IOException e) {
				continue; // gone meanwhile
			}
			Boolean open = openByAnyProcess(lock);
			if (Boolean.FALSE.equals(open) && age.compareTo(SETTLE) >= 0) {
				try {
					Files.deleteIfExists(lock);
					continue;
				} catch (IOException e) {
					// fall through to the advice
				}
			}
			throw new VcsException("Another git or Parley process is changing the repository (" + lock + " exists, "
					+ age.toSeconds() + " s old). Wait for it to finish and try again; if no git or Parley process is"
					+ " running, delete that file and try again.");
		}
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
