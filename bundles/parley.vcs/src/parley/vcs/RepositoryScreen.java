package parley.vcs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import parley.core.store.LocalState;
import parley.core.store.PlaybookPaths;
import parley.core.store.UnsafePathException;

/**
 * Looks at everything a version would put into a playbook folder before any of it is written: whatever
 * arrives by clone or sync was made by someone else. A version is accepted only when every entry is a
 * regular file with a plain, portable name that no other entry shares up to case, outside Parley's local
 * state, and no larger than {@link PlaybookPaths#MAX_FILE_BYTES}. Refused: anything under {@code .parley/}
 * (in any case), symbolic links, submodules, names with control characters or backslashes, names ending in
 * a dot or space, names that differ only in case or Unicode form, oversized files, and trees of more than
 * {@value #MAX_ENTRIES} files. Only object headers are read; no content is inflated.
 */
final class RepositoryScreen {

	/** More files than any playbook has (100k entries fill fewer than a hundred shards). */
	static final int MAX_ENTRIES = 100_000;

	private RepositoryScreen() {
	}

	/** What {@code commit}'s tree carries that Parley refuses; empty when it may be checked out. */
	static List<Refusal> check(Repository repository, ObjectId commit) throws IOException {
		List<Refusal> refused = new ArrayList<>();
		Map<String, String> folded = new HashMap<>();
		int entries = 0;
		try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository);
				ObjectReader reader = repository.newObjectReader()) {
			tree.addTree(walk.parseCommit(commit).getTree());
			tree.setRecursive(true);
			while (tree.next()) {
				if (++entries > MAX_ENTRIES) {
					refused.add(new Refusal("(the whole version)", "holds more than " + MAX_ENTRIES
							+ " files, far more than any playbook"));
					break;
				}
				String name = new String(tree.getRawPath(), StandardCharsets.UTF_8);
				String path = UnsafePathException.printable(name);
				String reason = reason(name, tree.getRawPath(), tree.getFileMode(0));
				if (reason == null && FileMode.REGULAR_FILE.equals(tree.getFileMode(0))
						|| reason == null && FileMode.EXECUTABLE_FILE.equals(tree.getFileMode(0))) {
					long size = reader.getObjectSize(tree.getObjectId(0), ObjectReader.OBJ_ANY);
					if (size > PlaybookPaths.MAX_FILE_BYTES) {
						reason = "is " + (size >> 20) + " MiB, more than the " + (PlaybookPaths.MAX_FILE_BYTES >> 20)
								+ " MiB a playbook file may have";
					}
				}
				if (reason != null) {
					refused.add(new Refusal(path, reason));
					continue;
				}
				String key = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
				String other = folded.putIfAbsent(key, path);
				if (other != null) {
					refused.add(new Refusal(path, "differs from '" + other + "' only in case or Unicode form (on"
							+ " Windows and macOS one would overwrite the other)"));
				}
			}
		}
		return refused;
	}

	private static String reason(String path, byte[] raw, FileMode mode) {
		if (!validUtf8(raw)) {
			return "has a name that is not valid UTF-8";
		}
		String problem = PlaybookPaths.problem(path);
		if (problem != null) {
			return "has a name that " + problem;
		}
		String first = path.indexOf('/') < 0 ? path : path.substring(0, path.indexOf('/'));
		String firstFolded = Normalizer.normalize(first, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
		if (firstFolded.equals(LocalState.PLAIN_DIR) || firstFolded.startsWith(LocalState.PLAIN_DIR + ".")) {
			return "is Parley's local state (journal, recovery file, merge, index), which is never taken from a"
					+ " repository";
		}
		if (firstFolded.equals(".git") || firstFolded.startsWith(".git.") || firstFolded.startsWith("git~")) {
			return "would write into git's own folder";
		}
		for (String segment : path.split("/")) {
			if (segment.endsWith(".") || segment.endsWith(" ")) {
				return "has a name ending in a dot or space (Windows would change it)";
			}
		}
		if (FileMode.SYMLINK.equals(mode)) {
			return "is a symbolic link (it could lead Parley to read or write outside the playbook)";
		}
		if (FileMode.GITLINK.equals(mode)) {
			return "is a submodule (another repository; Parley never fetches submodules)";
		}
		if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
			return "is not a regular file";
		}
		return null;
	}

	private static boolean validUtf8(byte[] raw) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/** The message for a refused version: what it carries, that nothing was written, and what to do. */
	static String describe(String what, List<Refusal> refusals) {
		StringBuilder message = new StringBuilder(what).append(" carries what Parley never takes into a playbook"
				+ " folder:");
		int shown = 0;
		for (Refusal refusal : refusals) {
			if (shown++ == 20) {
				message.append("\n  ... and ").append(refusals.size() - 20).append(" more");
				break;
			}
			message.append("\n  ").append(refusal);
		}
		return message.toString();
	}
}
