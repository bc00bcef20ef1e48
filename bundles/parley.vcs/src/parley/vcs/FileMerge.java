package parley.vcs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import parley.core.store.AtomicFiles;
import parley.core.store.PlaybookPaths;

/**
 * Merges the versioned files that are not model files ({@code synonyms.txt}, settings, anything a user adds)
 * the way git does: line by line against the common version. A file changed on one side takes that side's
 * content; a file changed on both sides is merged, and where both changed the same lines the working file
 * keeps this side's text and the conflict lists the three texts ({@link #FIELD}), settled like a model
 * conflict. Files are written inside the playbook folder only.
 */
final class FileMerge {

	/** The {@link Conflict#field()} of a file conflict; its {@link Conflict#id()} is the file's path. */
	static final String FIELD = "(file)";

	private FileMerge() {
	}

	/** Merges every non-model file of {@code theirs} into the working folder; returns the conflicts. */
	static List<Conflict> merge(Repository repository, Path folder, ObjectId base, ObjectId mine, ObjectId theirs)
			throws IOException {
		Map<String, ObjectId> b = files(repository, base);
		Map<String, ObjectId> m = files(repository, mine);
		Map<String, ObjectId> t = files(repository, theirs);
		Set<String> paths = new TreeSet<>(b.keySet());
		paths.addAll(m.keySet());
		paths.addAll(t.keySet());
		List<Conflict> conflicts = new ArrayList<>();
		for (String path : paths) {
			ObjectId vb = b.get(path);
			ObjectId vm = m.get(path);
			ObjectId vt = t.get(path);
			if (Objects.equals(vm, vt) || Objects.equals(vt, vb)) {
				continue; // the same on both sides, or unchanged there
			}
			Path file = PlaybookPaths.confine(folder, path);
			if (Objects.equals(vm, vb)) {
				write(file, vt == null ? null : bytes(repository, vt)); // changed only there
				continue;
			}
			byte[] textBase = vb == null ? new byte[0] : bytes(repository, vb);
			byte[] textMine = vm == null ? new byte[0] : bytes(repository, vm);
			byte[] textTheirs = vt == null ? new byte[0] : bytes(repository, vt);
			if (vm == null || vt == null || RawText.isBinary(textMine) || RawText.isBinary(textTheirs)) {
				conflicts.add(conflict(path, textBase, textMine, textTheirs, vm == null ? "deleted here" : null,
						vt == null ? "deleted there" : null));
				continue;
			}
			MergeResult<RawText> result = new MergeAlgorithm().merge(RawTextComparator.DEFAULT, new RawText(textBase),
					new RawText(textMine), new RawText(textTheirs));
			if (result.containsConflicts()) {
				conflicts.add(conflict(path, textBase, textMine, textTheirs, null, null)); // mine stays in place
			} else {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				new MergeFormatter().formatMerge(out, result, List.of("base", "mine", "theirs"), StandardCharsets.UTF_8);
				write(file, out.toByteArray());
			}
		}
		return conflicts;
	}

	private static Conflict conflict(String path, byte[] base, byte[] mine, byte[] theirs, String mineNote,
			String theirsNote) {
		return new Conflict(path, "file " + path, FIELD, text(base, null), text(mine, mineNote), text(theirs, theirsNote));
	}

	private static String text(byte[] bytes, String note) {
		return note != null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	/** Sets a file's content (null deletes it), atomically, inside the playbook folder. */
	static void write(Path file, byte[] content) throws IOException {
		if (content == null) {
			Files.deleteIfExists(file);
			return;
		}
		Files.createDirectories(file.getParent());
		Path tmp = file.resolveSibling("." + file.getFileName() + ".parley-merge");
		Files.write(tmp, content);
		AtomicFiles.replace(tmp, file);
	}

	/** The versioned non-model files of a version: path to blob. */
	private static Map<String, ObjectId> files(Repository repository, ObjectId commit) throws IOException {
		Map<String, ObjectId> files = new TreeMap<>();
		try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
			tree.addTree(walk.parseCommit(commit).getTree());
			tree.setRecursive(true);
			while (tree.next()) {
				if (!ChangedEntries.isPlaybookFile(tree.getPathString())) {
					files.put(tree.getPathString(), tree.getObjectId(0));
				}
			}
		}
		return files;
	}

	private static byte[] bytes(Repository repository, ObjectId blob) throws IOException {
		return GitPlaybook.boundedBytes(repository.open(blob), "a file of the other side's version");
	}
}
