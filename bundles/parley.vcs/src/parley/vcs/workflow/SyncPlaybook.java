package parley.vcs.workflow;

import java.util.function.Consumer;

import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.SyncResult;
import parley.vcs.VcsException;

/**
 * Sync with the shared playbook: optionally save the changes as a version first, choose the remote (a
 * configured name, or an address that becomes the default remote), exchange versions, and say what happened
 * in one sentence ({@link Synced#summary()}). A merge left with conflicts is settled with
 * {@link PlaybookRepository#resolve} and finished by saving a version and syncing again, or given up
 * ({@link #abort}).
 */
public final class SyncPlaybook {

	/** The remote a new shared playbook's address is saved as, and the one synced with by default. */
	public static final String DEFAULT_REMOTE = "origin";
	/** What is said after {@link #abort}. */
	public static final String ABORTED = "Merge given up; the playbook is as in your last saved version.";

	/** What a sync did, with which remote. */
	public record Synced(String remote, SyncResult result) {

		public SyncResult.Outcome outcome() {
			return result.outcome();
		}

		/** What happened, in one sentence (for conflicts: the first line; the conflicts follow). */
		public String summary() {
			return switch (result.outcome()) {
			case UP_TO_DATE -> "Already in step with " + remote + ".";
			case PUSHED -> "Sent your versions to " + remote + ".";
			case PULLED -> "Took the new versions from " + remote + ".";
			case MERGED -> "Merged the versions from " + remote + " with yours and sent the result.";
			case CONFLICTS -> "Merged what could be merged; " + result.conflicts().size()
					+ " field(s) were changed differently on both sides:";
			};
		}

		/** Whether the playbook's files changed (and so an open model must be read again). */
		public boolean changedFiles() {
			return switch (result.outcome()) {
			case PULLED, MERGED, CONFLICTS -> true;
			case UP_TO_DATE, PUSHED -> false;
			};
		}
	}

	private SyncPlaybook() {
	}

	/** Syncs with a configured remote (or an address git understands, used as it is). */
	public static Synced sync(PlaybookRepository repository, String remote, Author author) throws VcsException {
		String name = remote == null || remote.isBlank() ? DEFAULT_REMOTE : remote;
		return new Synced(name, repository.sync(name, author));
	}

	/**
	 * Saves the changes as a version first when {@code versionMessage} is not null, turns a shared playbook's
	 * address into a remote ({@link PlaybookRepository#remoteFor}, {@value #DEFAULT_REMOTE}), tells
	 * {@code chosen} its name (before the exchange, which may fail), then syncs.
	 */
	public static Synced saveAndSync(PlaybookRepository repository, String nameOrAddress, String versionMessage,
			Author author, Consumer<String> chosen) throws VcsException {
		if (versionMessage != null) {
			repository.commit(versionMessage, author);
		}
		String name = repository.remoteFor(nameOrAddress, DEFAULT_REMOTE);
		chosen.accept(name);
		return new Synced(name, repository.sync(name, author));
	}

	/** The message of the version a finished merge is saved as. */
	public static String mergeMessage(String remote) {
		return "Merge the shared playbook (" + remote + ")";
	}

	/** Finishes a merge whose conflicts are all resolved: saves it as a version and syncs again. */
	public static Synced finishMerge(PlaybookRepository repository, String remote, Author author) throws VcsException {
		repository.commit(mergeMessage(remote), author);
		return sync(repository, remote, author);
	}

	/** Gives up a merge in progress (see {@link PlaybookRepository#abortMerge}). */
	public static void abort(PlaybookRepository repository) throws VcsException {
		repository.abortMerge();
	}
}
