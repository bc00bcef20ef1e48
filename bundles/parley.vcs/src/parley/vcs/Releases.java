package parley.vcs;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import parley.core.curation.ReleaseGate;
import parley.model.playbook.Playbook;

/** Releases (annotated tags whose message is the semantic diff since the previous release) and version names. */
final class Releases {

	private final GitPlaybook repo;
	private final History history;

	Releases(GitPlaybook repo, History history) {
		this.repo = repo;
		this.history = history;
	}

	/**
	 * Tags the latest version. Refuses ({@link UnapprovedContentException}) when that version holds entries the
	 * {@link ReleaseGate} lists, unless {@code allowUnapproved}; then the notes name them.
	 */
	String release(String name, String message, Author author, boolean allowUnapproved, LocalDate today)
			throws VcsException {
		if (!repo.hasVersions()) {
			throw new VcsException("There is no version to release yet; save one first.");
		}
		try {
			if (repo.repository().findRef(Constants.R_TAGS + name) != null) {
				throw new VcsException("A release called '" + name + "' already exists; choose another name.");
			}
			String previous = latestRelease();
			Playbook released = repo.load(Constants.HEAD, null).playbook();
			List<String> blockers = ReleaseGate.blockers(released, today).stream()
					.map(ReleaseGate.Blocker::describe).toList();
			if (!blockers.isEmpty() && !allowUnapproved) {
				throw new UnapprovedContentException("The latest version holds " + blockers.size()
						+ (blockers.size() == 1 ? " entry that is" : " entries that are")
						+ " not approved as they stand or due for review:\n  " + String.join("\n  ", blockers)
						+ "\nApprove them (or retire them) and save a version, or release anyway and say so.",
						blockers);
			}
			List<EntityChange> changes = previous == null ? history.diffFromEmptyAt(Constants.HEAD)
					: history.diff(previous, Constants.HEAD);
			Playbook before = previous == null ? null : repo.load(previous, null).playbook();
			String notes = (message == null ? name : message.strip()) + "\n\n"
					+ (previous == null ? "First release.\n\n" : "Changes since " + previous + ":\n\n")
					+ ReleaseNotes.curation(before, released)
					+ (blockers.isEmpty() ? "" : "Released with " + blockers.size() + " unapproved or overdue "
							+ (blockers.size() == 1 ? "entry" : "entries") + ":\n  - " + String.join("\n  - ", blockers)
							+ "\n\n")
					+ SemanticDiff.describe(changes);
			repo.git.tag().setName(name).setMessage(notes).setTagger(GitPlaybook.ident(author)).setAnnotated(true)
					.setSigned(false).call();
			return notes;
		} catch (GitAPIException | IOException e) {
			throw new VcsException("Could not create the release '" + name + "': " + e.getMessage(), e);
		}
	}

	/** What holds a release of the latest version back on {@code today} ({@link ReleaseGate}), described. */
	List<String> blockers(LocalDate today) throws VcsException {
		if (!repo.hasVersions()) {
			return List.of();
		}
		return ReleaseGate.blockers(repo.load(Constants.HEAD, null).playbook(), today).stream()
				.map(ReleaseGate.Blocker::describe).toList();
	}

	/**
	 * What the lead should know before releasing the latest version without it holding the release back: its
	 * entries that repeat their sources' wording ({@link ReleaseGate#ownWords}), described; empty when none.
	 */
	String warnings() throws VcsException {
		if (!repo.hasVersions()) {
			return "";
		}
		return ReleaseGate.describe(ReleaseGate.ownWords(repo.load(Constants.HEAD, null).playbook()));
	}

	/** The most recent release tag reachable from HEAD, or null. */
	private String latestRelease() throws IOException, GitAPIException {
		List<Ref> tags = repo.git.tagList().call();
		if (tags.isEmpty()) {
			return null;
		}
		try (RevWalk walk = new RevWalk(repo.repository())) {
			Ref newest = null;
			int newestTime = Integer.MIN_VALUE;
			for (Ref tag : tags) {
				RevCommit commit = walk.parseCommit(tag.getObjectId());
				if (commit.getCommitTime() >= newestTime) {
					newestTime = commit.getCommitTime();
					newest = tag;
				}
			}
			return newest == null ? null : Repository.shortenRefName(newest.getName());
		}
	}

	String versionName() throws VcsException {
		if (!repo.hasVersions()) {
			return "unversioned draft";
		}
		try {
			boolean clean = repo.git.status().call().isClean();
			RevCommit head;
			try (RevWalk walk = new RevWalk(repo.repository())) {
				head = walk.parseCommit(repo.head());
			}
			List<String> tags = repo.releases().getOrDefault(head, List.of());
			String name;
			if (!tags.isEmpty()) {
				name = tags.get(tags.size() - 1);
			} else {
				String previous = latestRelease();
				name = "version " + head.getName().substring(0, 8) + (previous == null ? "" : ", after " + previous);
			}
			return clean ? name : name + " with unsaved changes";
		} catch (GitAPIException | IOException e) {
			throw new VcsException("Could not read the repository: " + e.getMessage(), e);
		}
	}
}
