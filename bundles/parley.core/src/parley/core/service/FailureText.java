package parley.core.service;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Says in one line why an operation failed, from an exception and its causes: first what a user can act on
 * (a full disk, a file or folder that cannot be written, a lock another program holds, a shared playbook that
 * cannot be reached, a damaged version history), else the innermost message, which
 * names the file or object concerned more often than the wrappers around it ("Exception caught during
 * execution of add command"). Libraries are recognised by class name, so nothing here depends on them.
 */
public final class FailureText {

	private static final Set<String> LOCKS = Set.of("org.eclipse.jgit.errors.LockFailedException",
			"org.eclipse.jgit.api.errors.ConcurrentRefUpdateException", "java.nio.channels.OverlappingFileLockException");
	/** Causes that mean the remote is not there: gone, refused, unknown host, no route, no answer. */
	private static final Set<String> UNREACHABLE = Set.of("org.eclipse.jgit.errors.NoRemoteRepositoryException",
			"java.net.ConnectException", "java.net.UnknownHostException", "java.net.NoRouteToHostException",
			"java.net.SocketTimeoutException");
	private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern
			.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]+@");
	private static final Set<String> DAMAGED_HISTORY = Set.of("org.eclipse.jgit.errors.MissingObjectException",
			"org.eclipse.jgit.errors.CorruptObjectException", "org.eclipse.jgit.errors.CorruptPackIndexException",
			"org.eclipse.jgit.errors.PackInvalidException", "org.eclipse.jgit.errors.PackMismatchException");

	private FailureText() {
	}

	/** What a user can act on, as one sentence without a final period, or null when nothing is recognised. */
	public static String known(Throwable failure) {
		Throwable full = find(failure, t -> t instanceof java.io.IOException && mentions(t, "no space left on device",
				"disk quota exceeded", "not enough space on the disk"));
		if (full != null) {
			return "the disk is full (" + said(full) + "); free some space and try again";
		}
		Throwable readOnly = find(failure, t -> t instanceof java.nio.file.AccessDeniedException
				|| t instanceof java.io.IOException && mentions(t, "read-only file system")
				|| t instanceof java.nio.file.FileSystemException && mentions(t, "permission denied", "operation not permitted"));
		if (readOnly != null) {
			return "a file or folder cannot be written (" + said(readOnly) + "); make it writable, or work on a copy,"
					+ " and try again";
		}
		Throwable lock = find(failure, t -> LOCKS.contains(t.getClass().getName()));
		if (lock != null) {
			return "another git or Parley process is changing the repository at the same time (" + said(lock)
					+ "); wait for it to finish and try again";
		}
		if (find(failure, t -> mentions(t, "failed to lock", "lock_failure", "cannot lock")) != null) {
			// said only in words (a ref update's result, a remote's refusal): the message already shows them
			return "another git or Parley process is changing the repository at the same time; wait for it to finish"
					+ " and try again";
		}
		Throwable gone = find(failure, t -> UNREACHABLE.contains(t.getClass().getName()));
		if (gone == null) {
			gone = find(failure, t -> t.getClass().getName().equals("org.eclipse.jgit.api.errors.InvalidRemoteException"));
		}
		if (gone != null) {
			return "the shared playbook cannot be reached (" + said(gone) + "); check its address ('git remote -v' in"
					+ " the playbook folder) and your connection, and try again";
		}
		Throwable damaged = find(failure, t -> DAMAGED_HISTORY.contains(t.getClass().getName()));
		if (damaged != null) {
			return "the playbook's version history (its .git folder) is damaged (" + said(damaged) + "); the"
					+ " playbook files themselves are not affected: copy the folder somewhere safe, then run 'git"
					+ " fsck' in it to see what is missing";
		}
		Throwable memory = find(failure, t -> t instanceof OutOfMemoryError);
		if (memory != null) {
			return "Parley ran out of memory (" + said(memory) + "); close other programs or give Parley more"
					+ " memory (PARLEY_VMARGS=-Xmx4g) and try again";
		}
		return null;
	}

	/** {@link #known} if recognised, else the innermost informative message of the exception and its causes. */
	public static String of(Throwable failure) {
		String known = known(failure);
		return known != null ? known : innermost(failure);
	}

	/** The innermost cause's message (with its type when the message says little), on one line. */
	public static String innermost(Throwable failure) {
		Throwable best = failure;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String m = t.getMessage();
			if (m != null && !m.isBlank() && !m.startsWith("Exception caught during execution of")) {
				best = t;
			}
		}
		return message(best);
	}

	/** The message as it is (or the type, when there is none), on one line, without passwords in addresses. */
	private static String said(Throwable t) {
		String m = t.getMessage();
		return m == null || m.isBlank() ? t.getClass().getSimpleName() : scrub(m.strip().replaceAll("\\s*\\R\\s*", " "));
	}

	/** Text without the user and password part of any address in it (docs/SECURITY.md, guarantee 7). */
	private static String scrub(String text) {
		return USER_INFO.matcher(text).replaceAll("$1");
	}

	private static String message(Throwable t) {
		String m = t.getMessage();
		String type = t.getClass().getSimpleName();
		if (m == null || m.isBlank()) {
			return type;
		}
		m = scrub(m.strip().replaceAll("\\s*\\R\\s*", " "));
		if (m.length() > 300) {
			m = m.substring(0, 300) + "…";
		}
		// A short message ("3", "Walk failure.") or one of the JDK's unchecked exceptions keeps its type.
		boolean plain = m.length() < 24 || t instanceof RuntimeException && t.getClass().getName().startsWith("java.");
		return plain ? type + ": " + m : m;
	}

	private static boolean mentions(Throwable t, String... phrases) {
		String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
		for (String phrase : phrases) {
			if (m.contains(phrase)) {
				return true;
			}
		}
		return false;
	}

	private static Throwable find(Throwable failure, Predicate<Throwable> test) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
			if (test.test(t)) {
				return t;
			}
			for (Throwable s : t.getSuppressed()) {
				if (test.test(s)) {
					return s;
				}
			}
		}
		return null;
	}
}
