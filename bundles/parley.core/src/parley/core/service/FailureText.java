package parley.core.service;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Says in one line why an operation failed, from an exception and its causes: first what a user can act on
 * (a full disk, a lock another program holds, a damaged version history), else the innermost message, which
 * names the file or object concerned more often than the wrappers around it ("Exception caught during
 * execution of add command"). Libraries are recognised by class name, so nothing here depends on them.
 */
public final class FailureText {

	private static final Set<String> LOCKS = Set.of("org.eclipse.jgit.errors.LockFailedException",
			"org.eclipse.jgit.api.errors.ConcurrentRefUpdateException", "java.nio.channels.OverlappingFileLockException");
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
		Throwable lock = find(failure, t -> LOCKS.contains(t.getClass().getName()));
		if (lock != null) {
			return "another git or Parley process is changing the repository at the same time (" + said(lock)
					+ "); wait for it to finish and try again";
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

	/** The message as it is (or the type, when there is none), on one line. */
	private static String said(Throwable t) {
		String m = t.getMessage();
		return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip().replaceAll("\\s*\\R\\s*", " ");
	}

	private static String message(Throwable t) {
		String m = t.getMessage();
		String type = t.getClass().getSimpleName();
		if (m == null || m.isBlank()) {
			return type;
		}
		m = m.strip().replaceAll("\\s*\\R\\s*", " ");
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
