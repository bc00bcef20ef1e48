package parley.vcs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import parley.core.store.OpenPlaybook;

/**
 * A playbook folder as a git repository: versions (commits) with the ids of the entries they change,
 * releases (annotated tags), history, the semantic difference between any two versions, restore, and sync
 * with a shared playbook. Set up deterministically: branch {@code main}, no hooks run, nothing signed,
 * whatever the user's git config.
 * <p>
 * This is the entry point; the work is done by one package-private class per concern: {@link RepositorySetup}
 * (open, clone, configure), {@link Commits} (save a version), {@link Remotes}, {@link Sync} (sync, merge,
 * resolve, abort; {@link ConflictFile} holds a merge in progress), {@link Releases}, {@link History}
 * (history, diff) and {@link Restores}; {@link GitPlaybook} is what they share. No JGit type appears in
 * the public API: authors are {@link Author}s, failures {@link VcsException}s (typed where a caller acts
 * differently: {@link NoSuchVersionException}, {@link MergeInProgressException},
 * {@link RemoteRejectedException}, {@link RemoteUnreachableException}, {@link UnversionedChangesException},
 * {@link UntrustedContentException}, {@link InvalidInputException}).
 */
public final class PlaybookRepository implements AutoCloseable {

	/** Commit-message trailer listing the ids of the entries a version changed. */
	public static final String CHANGED_TRAILER = GitPlaybook.CHANGED_TRAILER;

	private final GitPlaybook repo;
	private final ConflictFile conflicts;
	private final Commits commits;
	private final Remotes remotes;
	private final History history;
	private final Restores restores;
	private final Releases releases;
	private final Sync sync;

	private PlaybookRepository(GitPlaybook repo) {
		this.repo = repo;
		this.conflicts = new ConflictFile(repo.folder);
		this.commits = new Commits(repo, conflicts);
		this.remotes = new Remotes(repo);
		this.history = new History(repo);
		this.restores = new Restores(repo, history);
		this.releases = new Releases(repo, history);
		this.sync = new Sync(repo, conflicts, commits, restores, remotes);
	}

	/** Whether a playbook folder has its repository already ({@link #open} would not create one). */
	public static boolean exists(Path folder) {
		return RepositorySetup.exists(folder);
	}

	/** Opens the repository of a playbook folder, creating it (branch main) if there is none yet. */
	public static PlaybookRepository open(Path folder) throws VcsException {
		return new PlaybookRepository(RepositorySetup.open(folder));
	}

	/**
	 * Clones a shared playbook repository (any URL JGit supports: a path, file://, ssh://, https://) into a
	 * new folder, and checks that what arrived is a playbook that loads.
	 *
	 * @throws RemoteUnreachableException when the address cannot be reached or read
	 * @throws UntrustedContentException  when the version carries what {@link RepositoryScreen} refuses
	 */
	public static PlaybookRepository cloneFrom(String url, Path folder) throws VcsException {
		return new PlaybookRepository(RepositorySetup.cloneFrom(url, folder));
	}

	public Path folder() {
		return repo.folder;
	}

	/** The author from git's configuration (user.name, user.email), else the login name. */
	public Author defaultAuthor() {
		return commits.defaultAuthor();
	}

	/** Whether the repository has at least one version. */
	public boolean hasVersions() throws VcsException {
		return repo.hasVersions();
	}

	/**
	 * Saves the playbook folder as a new version. The message gets a trailer with the ids of the entries
	 * that changed since the last version.
	 *
	 * @return the new version, or null if nothing changed since the last version
	 * @throws InvalidInputException    when the message is blank
	 * @throws MergeInProgressException when a merge waits for its conflicts to be resolved
	 */
	public Version commit(String message, Author author) throws VcsException {
		return commits.commit(message, author);
	}

	/**
	 * Whether the playbook folder differs from the last version (changes saved to disk but not yet saved as a
	 * version). Before the first version every playbook counts as changed.
	 */
	public boolean hasUnversionedChanges() throws VcsException {
		return commits.hasUnversionedChanges();
	}

	/**
	 * The model files ({@code playbook.xmi}, {@code techniques/0.xmi}, …) that differ from the last version and are
	 * in the folder, as git's status says (before the first version, every one of them): what a version saved now
	 * would take, and what must load before it is saved.
	 */
	public java.util.SortedSet<String> changedFiles() throws VcsException {
		return commits.changedFiles();
	}

	/** The configured remotes: name to address (fetch URL, without a password), sorted by name. */
	public Map<String, String> remotes() throws VcsException {
		return remotes.shown();
	}

	/**
	 * The remote to sync with, given a remote's name or a shared playbook's address (a path, file://, ssh://,
	 * https://): a configured name is used as it is; an address already configured gives that remote's name;
	 * a new address becomes the remote {@code defaultName} when no remote has that name yet.
	 */
	public String remoteFor(String nameOrAddress, String defaultName) throws VcsException {
		return remotes.remoteFor(nameOrAddress, defaultName);
	}

	/**
	 * The unresolved conflicts of a merge in progress (empty when there is none).
	 *
	 * @throws MergeInProgressException (not {@link MergeInProgressException#readable() readable}) if the file of
	 *                                  the merge cannot be read or is not a list of conflicts, each with the id
	 *                                  of an element and a field (the message names the file)
	 */
	public List<Conflict> conflicts() throws VcsException {
		return conflicts.read();
	}

	/**
	 * Brings this playbook and a shared remote together: sends local versions, takes remote ones, and when
	 * both have new versions merges them on the model (by entry id and field). Local versions are never
	 * lost: a failed send or fetch leaves them as they are.
	 *
	 * @throws MergeInProgressException    when a merge waits for its conflicts to be resolved
	 * @throws UnversionedChangesException when the folder has changes no version holds
	 * @throws UntrustedContentException   when the remote's version carries what {@link RepositoryScreen} refuses
	 * @throws RemoteUnreachableException  when the remote cannot be reached or read
	 * @throws RemoteRejectedException     when the remote refuses the versions sent
	 */
	public SyncResult sync(String remote, Author author) throws VcsException {
		return sync.sync(remote, author);
	}

	/**
	 * Resolves one conflict of a merge in progress: keep mine, take theirs, or set a value (single-valued
	 * text and enumeration fields). Returns how many conflicts remain.
	 */
	public int resolve(String id, String field, Choice choice, String value) throws VcsException {
		return sync.resolve(id, field, choice, value);
	}

	/**
	 * Gives up a merge in progress: the playbook goes back to the last saved version of this side, the
	 * conflict list is dropped; the other side's versions stay fetched and a sync can try again.
	 */
	public void abortMerge() throws VcsException {
		sync.abortMerge();
	}

	/** How a conflict is resolved. */
	public enum Choice {
		MINE, THEIRS, VALUE
	}

	/**
	 * Makes an annotated tag on the latest version, with release notes made from the semantic diff and the
	 * curation steps since the previous release.
	 *
	 * @param allowUnapproved release even when the version holds entries that are not approved or are due for
	 *                        review (the notes name them); otherwise such a release is refused
	 * @throws UnapprovedContentException when refused for that reason
	 */
	public String release(String name, String message, Author author, boolean allowUnapproved, LocalDate today)
			throws VcsException {
		return releases.release(name, message, author, allowUnapproved, today);
	}

	/**
	 * What would hold a release of the latest version back on {@code today}: its entries that are not approved
	 * as they stand or are due for review, described with the reason ("phrase 'Calm down' (in review)").
	 */
	public List<String> releaseBlockers(LocalDate today) throws VcsException {
		return releases.blockers(today);
	}

	/**
	 * What a release of the latest version should be warned of but not held back by: entries that repeat their
	 * sources' wording, described ("2 entries repeat their sources' wording ...:" and a line each); empty when none.
	 */
	public String releaseWarnings() throws VcsException {
		return releases.warnings();
	}

	/**
	 * What to call the playbook's current state on a cover or in a footer: the release name when the last
	 * saved version is a release and nothing changed since ("v1.2"); otherwise the version's short id, with
	 * the release it follows ("version 1a2b3c4d, after v1.2"), and " with unsaved changes" when the folder
	 * differs from it; "unversioned draft" before the first version.
	 */
	public String versionName() throws VcsException {
		return releases.versionName();
	}

	/** The versions, newest first. */
	public List<Version> history() throws VcsException {
		return history(null);
	}

	/** The versions that changed the given entry (all versions when null), newest first. */
	public List<Version> history(String entryId) throws VcsException {
		return history.history(entryId);
	}

	/**
	 * The semantic difference between two versions ({@code to == null}: the playbook folder as it is now).
	 * Versions are commit ids, release names, or HEAD, HEAD~1 ...
	 *
	 * @throws NoSuchVersionException when a name names no version
	 */
	public List<EntityChange> diff(String from, String to) throws VcsException {
		return history.diff(from, to);
	}

	/**
	 * Brings one entry back as it was in a version, as a change to the working playbook (saved, not
	 * committed): its fields, its links (to entries that still exist) and, for a scenario, its steps. An
	 * entry deleted since comes back with its old id.
	 *
	 * @return links that could not be restored because their targets no longer exist (may be empty)
	 */
	public List<String> restoreEntry(String entryId, String revision) throws VcsException {
		return restoreEntry(entryId, revision, false);
	}

	/**
	 * As {@link #restoreEntry(String, String)}; unless {@code discardUnversioned}, refuses with
	 * {@link UnversionedChangesException} when the entry has saved changes that no version holds (they would
	 * be lost from disk and from every version).
	 */
	public List<String> restoreEntry(String entryId, String revision, boolean discardUnversioned) throws VcsException {
		return restores.restoreEntry(entryId, revision, discardUnversioned);
	}

	/**
	 * Makes the working playbook exactly as it was in a version (files added since are removed), as a change
	 * to review with {@code diff} and save with {@code commit}; history is not rewritten.
	 */
	public void restorePlaybook(String revision) throws VcsException {
		restorePlaybook(revision, false);
	}

	/**
	 * As {@link #restorePlaybook(String)}; unless {@code discardUnversioned}, refuses with
	 * {@link UnversionedChangesException} when the folder has saved changes that no version holds.
	 */
	public void restorePlaybook(String revision, boolean discardUnversioned) throws VcsException {
		restores.restorePlaybook(revision, discardUnversioned);
	}

	/** The versioned files other than the model (synonyms.txt, notes ...) that differ from the version. */
	public List<String> otherFilesDiffering(String revision) throws VcsException {
		return restores.otherFilesDiffering(revision);
	}

	/**
	 * Writes the version's files other than the model (as the workbench restores the model itself as an
	 * edit), in one journaled step; files added since are kept.
	 */
	public void restoreOtherFiles(String revision) throws VcsException {
		restores.restoreOtherFiles(revision);
	}

	/**
	 * The saved changes that no version holds, entry by entry: of one entry, or of the whole playbook
	 * ({@code entryId} null). Empty before the first version only when nothing is saved at all.
	 */
	public List<EntityChange> unversionedChanges(String entryId) throws VcsException {
		return restores.unversionedChanges(entryId);
	}

	/**
	 * Loads the playbook as it was in a version, straight from git's objects (nothing is written), read-only.
	 *
	 * @throws NoSuchVersionException when the name names no version
	 */
	public OpenPlaybook load(String revision) throws VcsException {
		return repo.load(revision, null);
	}

	@Override
	public void close() {
		repo.git.close();
	}
}
