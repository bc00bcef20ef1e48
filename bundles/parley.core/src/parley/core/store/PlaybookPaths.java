package parley.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Confinement of every path Parley reads or writes in a playbook folder. A playbook folder may come from
 * someone else (a clone, a sync, a copy), so names found in it are untrusted: a path is accepted only when
 * it is relative, normalised (no {@code .} or {@code ..} segments, no empty segments), free of control
 * characters and backslashes, and reaches its file without passing through a symbolic link. See
 * docs/SECURITY.md for the threat model.
 */
public final class PlaybookPaths {

	/**
	 * The largest file Parley reads from a playbook folder or a version (64 MiB; a shard of a 100k-entry
	 * playbook is under 4 MiB). Larger files are refused with a message instead of exhausting memory.
	 */
	public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	private static final Pattern SHARD_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}\\.xmi");

	private PlaybookPaths() {
	}

	/**
	 * Why {@code relative} is not an acceptable relative path, or null when it is: absolute, empty
	 * segments, {@code .} or {@code ..}, backslashes, control characters.
	 */
	public static String problem(String relative) {
		if (relative == null || relative.isEmpty()) {
			return "is empty";
		}
		if (relative.startsWith("/") || (relative.length() > 1 && relative.charAt(1) == ':')) {
			return "is an absolute path";
		}
		for (int i = 0; i < relative.length(); i++) {
			char c = relative.charAt(i);
			if (Character.isISOControl(c)) {
				return "contains a control character";
			}
			if (c == '\\') {
				return "contains a backslash";
			}
		}
		for (String segment : relative.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				return "is not a plain relative path (empty, '.' or '..' segment)";
			}
		}
		return null;
	}

	/**
	 * Whether {@code relative} may be written as part of a playbook's versioned content: an acceptable path
	 * (see {@link #problem(String)}) outside git's folder and Parley's local state.
	 */
	public static boolean isVersionedFile(String relative) {
		if (problem(relative) != null) {
			return false;
		}
		int slash = relative.indexOf('/');
		String first = (slash < 0 ? relative : relative.substring(0, slash)).toLowerCase(java.util.Locale.ROOT);
		return !first.equals(".git") && !first.equals(PlaybookLayout.LOCAL_DIR);
	}

	/** Whether {@code relative} names a file the store writes: the root file or a shard of a kind's folder. */
	public static boolean isModelFile(String relative) {
		if (PlaybookLayout.ROOT_FILE.equals(relative)) {
			return true;
		}
		int slash = relative.indexOf('/');
		return slash > 0 && PlaybookLayout.kindOfFolder(relative.substring(0, slash)) != null
				&& SHARD_NAME.matcher(relative.substring(slash + 1)).matches();
	}

	/**
	 * The file {@code relative} names inside {@code folder}, checked: the path is acceptable (see
	 * {@link #problem(String)}) and no folder between {@code folder} and the file is a symbolic link, so
	 * whatever is written, renamed or deleted there stays inside the playbook folder. The file itself may be
	 * a link (renaming over it or deleting it touches the link, not its target); readers check that with
	 * {@link #regularFile(Path, String)}.
	 */
	public static Path confine(Path folder, String relative) throws UnsafePathException {
		String problem = problem(relative);
		if (problem != null) {
			throw new UnsafePathException(relative, problem + "; Parley only uses paths inside the playbook folder");
		}
		Path current = folder;
		String[] segments = relative.split("/");
		for (int i = 0; i < segments.length - 1; i++) {
			current = current.resolve(segments[i]);
			if (Files.isSymbolicLink(current)) {
				throw new UnsafePathException(relative, "passes through the symbolic link " + current
						+ "; Parley does not follow links in a playbook folder (they can lead outside it)."
						+ " Replace the link with a real folder");
			}
		}
		Path target = folder.resolve(relative).normalize();
		if (!target.startsWith(folder)) {
			throw new UnsafePathException(relative, "leaves the playbook folder " + folder);
		}
		return target;
	}

	/**
	 * Like {@link #confine(Path, String)}, for reading: the file must also be a regular file, not a symbolic
	 * link or a device, and no larger than {@link #MAX_FILE_BYTES}.
	 */
	public static Path regularFile(Path folder, String relative) throws IOException {
		Path file = confine(folder, relative);
		if (Files.isSymbolicLink(file)) {
			throw new UnsafePathException(relative, "is a symbolic link; Parley does not follow links in a playbook"
					+ " folder (they can lead outside it). Replace the link with the file itself");
		}
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new UnsafePathException(relative, "is not a regular file");
		}
		long size = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : 0;
		if (size > MAX_FILE_BYTES) {
			throw new UnsafePathException(relative, "is " + (size >> 20) + " MiB, more than the "
					+ (MAX_FILE_BYTES >> 20) + " MiB a playbook file may have; it was not read");
		}
		return file;
	}

	/** Whether {@code dir} (inside the playbook folder) is a real folder, not a link to one. */
	public static boolean isRealDirectory(Path dir) {
		return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS);
	}
}
