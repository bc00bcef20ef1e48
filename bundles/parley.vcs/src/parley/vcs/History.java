package parley.vcs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.PlaybookFactory;

/**
 * Reading the past: the versions (all, or those that changed one entry, from the commit trailers alone) and
 * the semantic difference between two versions, or a version and the folder, loading only the files that
 * differ.
 */
final class History {

	private final GitPlaybook repo;

	History(GitPlaybook repo) {
		this.repo = repo;
	}

	List<Version> history(String entryId) throws VcsException {
		if (!repo.hasVersions()) {
			return List.of();
		}
		try {
			Map<ObjectId, List<String>> releases = repo.releases();
			List<Version> versions = new ArrayList<>();
			for (RevCommit commit : repo.git.log().call()) {
				Version v = GitPlaybook.version(commit, releases);
				if (entryId == null || v.entities().contains(entryId) || v.entities().contains("*")) {
					versions.add(v);
				}
			}
			return versions;
		} catch (GitAPIException | IOException e) {
			throw new VcsException("Could not read the history: " + e.getMessage(), e);
		}
	}

	List<EntityChange> diff(String from, String to) throws VcsException {
		try {
			ObjectId fromId = repo.commitId(from);
			ObjectId toId = to == null ? null : repo.commitId(to);
			// Only the files that differ matter.
			Set<String> changed = new TreeSet<>();
			if (toId == null) {
				Status status = repo.git.status().call();
				changed.addAll(status.getModified());
				changed.addAll(status.getUntracked());
				changed.addAll(status.getMissing());
				changed.addAll(status.getChanged());
				changed.addAll(status.getAdded());
				changed.addAll(status.getRemoved());
				ObjectId head = repo.head();
				if (head != null && !head.equals(fromId)) {
					changed.addAll(changedPaths(fromId, head));
				}
			} else {
				changed.addAll(changedPaths(fromId, toId));
			}
			changed.removeIf(path -> !ChangedEntries.isPlaybookFile(path));
			if (changed.isEmpty()) {
				return List.of();
			}
			// Parse only the entries that differ: each changed shard is cut down to them (ShardCut), so one edited
			// entry in a shard of thousands parses one element.
			changed.add(PlaybookLayout.ROOT_FILE);
			Map<String, String[]> texts = new HashMap<>(); // path -> its text before and after
			Map<String, byte[]> before = new TreeMap<>();
			Map<String, byte[]> after = new TreeMap<>();
			for (String path : changed) {
				String old = repo.blobText(fromId, path);
				String now = toId == null ? repo.fileText(path) : repo.blobText(toId, path);
				texts.put(path, new String[] { old, now });
				if (!path.equals(PlaybookLayout.ROOT_FILE)) {
					Set<String> ids = ChangedEntries.differing(ChangedEntries.elements(old),
							ChangedEntries.elements(now));
					List<String> cut = ShardCut.cut(java.util.Arrays.asList(old, now), ids);
					old = cut.get(0);
					now = cut.get(1);
				}
				put(before, path, old);
				put(after, path, now);
			}
			OpenPlaybook older = repo.loadFiles(from, fromId, before);
			OpenPlaybook newer = repo.loadFiles(to, toId, after);
			// A link target that was not loaded is named from the text of its shard (known from its type and
			// id), read on demand, newer version first.
			Map<String, String> titles = new HashMap<>();
			Set<String> scanned = new HashSet<>();
			return SemanticDiff.compare(older.playbook(), newer.playbook(), (id, type) -> {
				PlaybookLayout.Kind kind = PlaybookLayout.kindOf(type);
				if (kind != null && !titles.containsKey(id)) {
					String path = kind.folder() + "/" + PlaybookLayout.shardName(id) + ".xmi";
					if (scanned.add(path)) {
						try {
							String[] known = texts.get(path);
							ChangedEntries.titles(known != null ? known[0] : repo.blobText(fromId, path), titles);
							ChangedEntries.titles(known != null ? known[1]
									: toId == null ? repo.fileText(path) : repo.blobText(toId, path), titles);
						} catch (IOException e) {
							return null;
						}
					}
				}
				return titles.get(id);
			});
		} catch (GitAPIException | IOException e) {
			throw new VcsException("Could not compare versions: " + e.getMessage(), e);
		}
	}

	/** Everything in a version, as added to an empty playbook. */
	List<EntityChange> diffFromEmptyAt(String revision) throws VcsException {
		return SemanticDiff.compare(PlaybookFactory.eINSTANCE.createPlaybook(), repo.load(revision, null).playbook());
	}

	/** Paths whose content differs between two commits. */
	private Set<String> changedPaths(ObjectId a, ObjectId b) throws IOException {
		Set<String> paths = new TreeSet<>();
		try (RevWalk walk = new RevWalk(repo.repository()); TreeWalk tree = new TreeWalk(repo.repository())) {
			tree.addTree(walk.parseCommit(a).getTree());
			tree.addTree(walk.parseCommit(b).getTree());
			tree.setRecursive(true);
			tree.setFilter(TreeFilter.ANY_DIFF);
			while (tree.next()) {
				paths.add(tree.getPathString());
			}
		}
		return paths;
	}

	private static void put(Map<String, byte[]> files, String path, String text) {
		if (text != null) {
			files.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
