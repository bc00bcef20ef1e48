package parley.vcs;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;

import parley.core.service.FailureText;

/**
 * Saving the playbook folder as a version: what changed (git's status, then {@link ChangedEntries}), staged
 * exactly, committed under the playbook's save lock with the changed entry ids in a trailer.
 */
final class Commits {
	private static final int MAX_LISTED = 1000;

	private final GitPlaybook repo;
	private final ConflictFile conflicts;

	Commits(GitPlaybook repo, ConflictFile conflicts) {
		this.repo = repo;
		this.conflicts = conflicts;
	}

	/** The author from git's configuration (user.name, user.email), else the login name. */
	Author defaultAuthor() {
		UserConfig user = repo.repository().getConfig().get(UserConfig.KEY);
		String name = user.getAuthorName();
		String email = user.getAuthorEmail();
		return new Author(name == null || name.isBlank() ? System.getProperty("user.name") : name,
				email == null ? "" : email);
	}

	Version commit(String message, Author author) throws VcsException {
		if (message == null || message.isBlank()) {
			throw new InvalidInputException(InvalidInputException.Input.MESSAGE,
					"A version needs a message saying what changed.");
		}
		GitLocks.clearStale(repo.repository().getDirectory().toPath());
		try {
			if (!conflicts.read().isEmpty()) {
				throw ConflictFile.waiting();
			}
			// Under the playbook's save lock: a save by another process (or thread) is either wholly in this version
			// or wholly after it, never half of its files.
			boolean versions = repo.hasVersions();
			ObjectId head = repo.head();
			RevCommit commit = GitFailure.locked(repo.folder, () -> commitLocked(message, author, versions, head));
			if (commit == null) {
				return null;
			}
			return GitPlaybook.version(commit, Map.of());
		} catch (GitFailure e) {
			throw new VcsException("Could not save the version: " + FailureText.of(e.getCause())
					+ ". The playbook files are unchanged; fix the problem and try again.", e.getCause());
		} catch (IOException | RuntimeException e) {
			throw new VcsException("Could not save the version: " + FailureText.of(e)
					+ ". The playbook files are unchanged; fix the problem and try again.", e);
		}
	}

	/** Stages what changed and records the version; null when nothing changed. Runs under the save lock. */
	private RevCommit commitLocked(String message, Author author, boolean versions, ObjectId head)
			throws GitAPIException, IOException {
		var git = repo.git;
		boolean merging = repo.repository().readMergeHeads() != null && !repo.repository().readMergeHeads().isEmpty();
		Status status = git.status().call();
		if (status.isClean() && versions && !merging) {
			return null;
		}
		ChangedEntries.Changes changes = ChangedEntries.since(git, repo.folder, head, status);
		Set<String> ids = changes.ids();
		// Stage exactly what changed (not the whole tree), so a one-entry version hashes one shard.
		AddCommand add = git.add();
		status.getModified().forEach(add::addFilepattern);
		status.getUntracked().forEach(add::addFilepattern);
		if (!status.getModified().isEmpty() || !status.getUntracked().isEmpty()) {
			add.call();
		}
		if (!status.getMissing().isEmpty()) {
			RmCommand rm = git.rm().setCached(true);
			status.getMissing().forEach(rm::addFilepattern);
			rm.call();
		}
		StringBuilder full = new StringBuilder(message.strip()).append("\n");
		if (!ids.isEmpty()) {
			full.append("\n").append(GitPlaybook.CHANGED_TRAILER).append(": ")
					.append(ids.size() > MAX_LISTED ? "*" : String.join(",", ids)).append("\n");
		}
		changes.steps().forEach((step, entries) -> {
			int n = 0;
			for (Map.Entry<String, String> e : entries.entrySet()) {
				if (++n > MAX_LISTED) {
					break;
				}
				full.append(CurationTrailers.line(step, e.getKey(), e.getValue())).append("\n");
			}
		});
		var ident = GitPlaybook.ident(author);
		return git.commit().setMessage(full.toString()).setAuthor(ident).setCommitter(ident)
				.setSign(false).setNoVerify(true).setAllowEmpty(merging).call();
	}

	/**
	 * The model files ({@code playbook.xmi} and the shards) that a version saved now would take from the folder:
	 * modified, new or staged, and present in the folder (before the first version, every one of them).
	 */
	java.util.SortedSet<String> changedFiles() throws VcsException {
		try {
			Status status = repo.git.status().call();
			java.util.SortedSet<String> changed = new java.util.TreeSet<>();
			changed.addAll(status.getModified());
			changed.addAll(status.getUntracked());
			changed.addAll(status.getAdded());
			changed.addAll(status.getChanged());
			changed.removeIf(path -> !ChangedEntries.isPlaybookFile(path)
					|| !java.nio.file.Files.exists(repo.folder.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS));
			return changed;
		} catch (GitAPIException e) {
			throw new VcsException("Could not read the repository: " + e.getMessage(), e);
		}
	}

	/** Whether the folder differs from the last version; before the first version every playbook counts as changed. */
	boolean hasUnversionedChanges() throws VcsException {
		if (!repo.hasVersions()) {
			return true;
		}
		try {
			return !repo.git.status().call().isClean();
		} catch (GitAPIException e) {
			throw new VcsException("Could not read the repository: " + e.getMessage(), e);
		}
	}
}
