package parley.vcs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookPaths;
import parley.core.store.StoreException;

/**
 * Team sync: fetch, then push, fast-forward or merge on the model ({@link ModelMerge}, {@link FileMerge});
 * a merge with conflicts waits in the {@link ConflictFile} until each is resolved, or is given up.
 */
final class Sync {

	private final GitPlaybook repo;
	private final ConflictFile conflicts;
	private final Commits commits;
	private final Restores restores;
	private final Remotes remotes;

	Sync(GitPlaybook repo, ConflictFile conflicts, Commits commits, Restores restores, Remotes remotes) {
		this.repo = repo;
		this.conflicts = conflicts;
		this.commits = commits;
		this.restores = restores;
		this.remotes = remotes;
	}

	SyncResult sync(String remote, Author author) throws VcsException {
		var git = repo.git;
		GitLocks.clearStale(repo.repository().getDirectory().toPath());
		try {
			checkReady(); // before the network: a sync that cannot merge says so at once
			git.fetch().setRemote(remote).call();
			// HEAD, the working tree and the merge are read and written under the playbook's lock, so that two
			// syncs (or a sync and a save or a commit) in one folder never interleave; the network stays outside.
			Step step = underLock(() -> {
				checkReady();
				return merge(remote, author);
			});
			if (step.push()) {
				push(remote);
			}
			return step.result();
		} catch (GitFailure e) {
			throw failed(remote, e.getCause());
		} catch (GitAPIException | IOException | StoreException | RuntimeException e) {
			throw failed(remote, e);
		}
	}

	/** What a sync did under the lock, and whether its versions are to be pushed. */
	private record Step(SyncResult result, boolean push) {
	}

	/** Refuses a sync while a merge waits for its conflicts or the playbook has changes that are no version. */
	private void checkReady() throws VcsException, GitAPIException {
		if (!conflicts.read().isEmpty()) {
			throw ConflictFile.waiting();
		}
		if (!repo.git.status().call().isClean()) {
			throw new UnversionedChangesException("The playbook has changes that are not saved as a version; save"
					+ " them as a version (or undo them) before syncing.", List.of());
		}
	}

	private Step merge(String remote, Author author) throws VcsException, GitAPIException, IOException, StoreException {
		var git = repo.git;
		ObjectId local = repo.head();
		ObjectId theirs = repo.repository().resolve("refs/remotes/" + remote + "/main");
		if (theirs == null) {
			return new Step(new SyncResult(SyncResult.Outcome.PUSHED, List.of()), true);
		}
		if (theirs.equals(local)) {
			return new Step(new SyncResult(SyncResult.Outcome.UP_TO_DATE, List.of()), false);
		}
		ObjectId base = mergeBase(local, theirs);
		if (theirs.equals(base)) {
			return new Step(new SyncResult(SyncResult.Outcome.PUSHED, List.of()), true);
		}
		repo.refuseUntrusted(theirs, "The shared playbook's latest version", "Nothing was taken from it and nothing"
				+ " here changed. Ask whoever made that version to remove these from the repository.");
		if (local.equals(base)) {
			git.merge().include(theirs).setFastForward(MergeCommand.FastForwardMode.FF_ONLY).call();
			return new Step(new SyncResult(SyncResult.Outcome.PULLED, List.of()), false);
		}
		OpenPlaybook mine = repo.current();
		// Of the common version and theirs, only what their side changed is read (when their versions say
		// what that was); mine is read whole, as it is saved after.
		Set<String> changedThere = changedBetween(base, theirs);
		List<OpenPlaybook> read = changedThere == null
				? List.of(repo.load(base.getName(), null), repo.load(theirs.getName(), null))
				: repo.loadEntries(List.of(base.getName(), theirs.getName()), changedThere);
		List<Conflict> found = new ArrayList<>(ModelMerge.merge(read.get(0).playbook(), mine.playbook(),
				read.get(1).playbook(), changedThere));
		mine.save();
		// Synonyms, settings and any other versioned file: git's line merge.
		found.addAll(FileMerge.merge(repo.repository(), repo.folder, base, local, theirs));
		repo.repository().writeMergeHeads(List.of(theirs));
		if (!found.isEmpty()) {
			conflicts.write(found);
			return new Step(new SyncResult(SyncResult.Outcome.CONFLICTS, found), false);
		}
		commits.commit("Merge the shared playbook (" + remote + ")", author);
		return new Step(new SyncResult(SyncResult.Outcome.MERGED, List.of()), true);
	}

	/** The work that may throw what a sync handles. */
	private interface Work<T> {
		T run() throws VcsException, GitAPIException, IOException, StoreException;
	}

	/** Runs {@code work} holding the playbook's lock (re-entrant: saves and commits inside take it again). */
	private <T> T underLock(Work<T> work) throws VcsException, GitAPIException, IOException, StoreException {
		try {
			return parley.core.store.LocalState.locked(repo.folder, () -> {
				try {
					return work.run();
				} catch (VcsException | GitAPIException | StoreException e) {
					throw new Carried(e);
				}
			});
		} catch (Carried carried) {
			switch (carried.getCause()) {
			case VcsException e -> throw e;
			case GitAPIException e -> throw e;
			case StoreException e -> throw e;
			default -> throw carried;
			}
		}
	}

	/** A checked failure carried out of the locked section, which may throw only {@link IOException}. */
	private static final class Carried extends IOException {
		private static final long serialVersionUID = 1L;

		Carried(Exception cause) {
			super(cause.getMessage(), cause);
		}
	}

	/** The failure of a sync, in the user's terms; the remote's address is never printed with a password. */
	private VcsException failed(String remote, Exception e) throws VcsException {
		String message = "Sync with '" + Addresses.redact(remote) + "' failed: "
				+ Addresses.scrub(e.getMessage(), remotes.raw().getOrDefault(remote, remote))
				+ ". Your saved versions are unchanged; check the connection or address and sync again.";
		return RemoteUnreachableException.isUnreachable(e) ? new RemoteUnreachableException(message, e)
				: new VcsException(message, e);
	}

	/**
	 * The ids of the elements the versions after {@code base} up to {@code tip} changed, from their trailers;
	 * null when a version does not say (made outside Parley, or "*" for many), so the merge compares everything.
	 */
	private Set<String> changedBetween(ObjectId base, ObjectId tip) throws IOException {
		Set<String> ids = new HashSet<>();
		try (RevWalk walk = new RevWalk(repo.repository())) {
			walk.markStart(walk.parseCommit(tip));
			walk.markUninteresting(walk.parseCommit(base));
			for (RevCommit commit : walk) {
				List<String> entities = GitPlaybook.version(commit, Map.of()).entities();
				if (entities.isEmpty() || entities.contains("*")) {
					return null;
				}
				ids.addAll(entities);
			}
		}
		return ids;
	}

	private ObjectId mergeBase(ObjectId a, ObjectId b) throws IOException {
		try (RevWalk walk = new RevWalk(repo.repository())) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			RevCommit base = walk.next();
			return base == null ? null : base.getId();
		}
	}

	private void push(String remote) throws GitAPIException, VcsException {
		for (PushResult result : repo.git.push().setRemote(remote).add("main").call()) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE -> {
				}
				case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new RemoteRejectedException(
						"The shared playbook got new versions while you were syncing; sync again to merge them.", true);
				default -> throw new RemoteRejectedException("The shared playbook refused the versions (" + update.getStatus()
						+ (update.getMessage() == null ? "" : ": " + update.getMessage()) + "); your versions are kept locally.",
						false);
				}
			}
		}
	}

	int resolve(String id, String field, PlaybookRepository.Choice choice, String value) throws VcsException {
		List<Conflict> open = new ArrayList<>(conflicts.read());
		Conflict conflict = open.stream().filter(c -> c.id().equals(id) && c.field().equals(field)).findFirst()
				.orElseThrow(() -> new VcsException("No conflict on field '" + field + "' of " + id
						+ "; the merge in progress lists its conflicts."));
		try {
			if (field.equals(FileMerge.FIELD)) {
				String text = switch (choice) {
				case MINE -> conflict.mine();
				case THEIRS -> conflict.theirs();
				case VALUE -> value;
				};
				FileMerge.write(PlaybookPaths.confine(repo.folder, id),
						text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			} else if (choice != PlaybookRepository.Choice.MINE && !field.equals("(deleted)")) {
				OpenPlaybook mine = repo.current();
				EObject target = GitPlaybook.find(mine.playbook(), id);
				EStructuralFeature feature = target.eClass().getEStructuralFeature(field);
				if (choice == PlaybookRepository.Choice.THEIRS) {
					List<ObjectId> heads = repo.repository().readMergeHeads();
					OpenPlaybook theirs = repo.load(heads.get(0).getName(), null);
					new EntryRestorer(mine.playbook()).restoreField(GitPlaybook.find(theirs.playbook(), id), target, feature);
				} else {
					if (!(feature instanceof EAttribute attribute) || feature.isMany()) {
						throw new InvalidInputException(InvalidInputException.Input.VALUE, "Field '" + field
								+ "' holds a list or links; keep yours or take theirs, then edit it.");
					}
					target.eSet(feature, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
				}
				mine.save();
			}
			open.remove(conflict);
			conflicts.write(open);
			return open.size();
		} catch (IOException | StoreException | IllegalArgumentException e) {
			throw new VcsException("Could not resolve " + field + " of " + id + ": " + e.getMessage(), e);
		}
	}

	void abortMerge() throws VcsException {
		try {
			repo.repository().writeMergeHeads(null);
			repo.repository().writeMergeCommitMsg(null);
			conflicts.write(List.of());
		} catch (IOException e) {
			throw new VcsException("Could not abort the merge: " + e.getMessage(), e);
		}
		restores.restorePlaybook(Constants.HEAD, true); // the merge result is what is given up
	}
}
