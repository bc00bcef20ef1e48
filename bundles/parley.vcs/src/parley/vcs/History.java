package parley.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookFiles;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
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
			// Only the files that differ matter, plus the files their links point into (for titles).
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
			// Load only the changed files; links into other files are named from those files' text.
			Set<String> needed = new TreeSet<>(changed);
			needed.add(PlaybookLayout.ROOT_FILE);
			OpenPlaybook before = repo.load(from, needed);
			OpenPlaybook after = toId == null ? partialFolder(needed) : repo.load(to, needed);
			// A link target that was not loaded is named from the text of its shard (known from its type and
			// id), read on demand, newer version first.
			Map<String, String> titles = new HashMap<>();
			Set<String> scanned = new HashSet<>();
			return SemanticDiff.compare(before.playbook(), after.playbook(), (id, type) -> {
				PlaybookLayout.Kind kind = PlaybookLayout.kindOf(type);
				if (kind != null && !titles.containsKey(id)) {
					String path = kind.folder() + "/" + PlaybookLayout.shardName(id) + ".xmi";
					if (scanned.add(path)) {
						try {
							ChangedEntries.titles(repo.blobText(fromId, path), titles);
							ChangedEntries.titles(toId == null ? repo.fileText(path) : repo.blobText(toId, path), titles);
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

	/** The working playbook, but only the given files (read-only). */
	private OpenPlaybook partialFolder(Set<String> needed) throws VcsException {
		PlaybookFiles files = new PlaybookFiles() {
			@Override
			public List<String> list(String dir) {
				return needed.stream().filter(p -> p.startsWith(dir + "/") && Files.exists(repo.folder.resolve(p))).toList();
			}

			@Override
			public byte[] read(String relative) throws IOException {
				return Files.readAllBytes(repo.folder.resolve(relative));
			}
		};
		try {
			return new XmiPlaybookStore().openReadOnly(repo.folder, files);
		} catch (StoreException e) {
			throw new VcsException(e.getMessage(), e);
		}
	}
}
