package parley.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import parley.core.store.AtomicFiles;
import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;

/**
 * A playbook folder as a git repository: versions (commits) with the ids of the entries they change,
 * releases (annotated tags), history, and the semantic difference between any two versions. Set up
 * deterministically: branch {@code main}, no hooks run, nothing signed, whatever the user's git config.
 */
public final class PlaybookRepository implements AutoCloseable {

	/** Commit-message trailer listing the ids of the entries a version changed. */
	public static final String CHANGED_TRAILER = "Parley-Changed";
	private static final int MAX_LISTED = 1000;

	private final Path folder;
	private final Git git;

	private PlaybookRepository(Path folder, Git git) {
		this.folder = folder;
		this.git = git;
	}

	/** Opens the repository of a playbook folder, creating it (branch main) if there is none yet. */
	public static PlaybookRepository open(Path folder) throws VcsException {
		Path dir = folder.toAbsolutePath().normalize();
		try {
			Git git;
			if (Files.isDirectory(dir.resolve(Constants.DOT_GIT))) {
				Repository repository = new FileRepositoryBuilder().setGitDir(dir.resolve(Constants.DOT_GIT).toFile())
						.setWorkTree(dir.toFile()).readEnvironment().build();
				git = new Git(repository, true);
			} else {
				git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
				adoptPlainState(dir);
			}
			configure(git.getRepository());
			return new PlaybookRepository(dir, git);
		} catch (IOException | GitAPIException e) {
			throw new VcsException("Could not open or create the git repository in " + dir + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Clones a shared playbook repository (any URL JGit supports: a path, file://, ssh://, https://) into a
	 * new folder, and checks that what arrived is a playbook that loads.
	 */
	public static PlaybookRepository cloneFrom(String url, Path folder) throws VcsException {
		Path dir = folder.toAbsolutePath().normalize();
		if (Files.exists(dir)) {
			try (Stream<Path> entries = Files.list(dir)) {
				if (entries.findAny().isPresent()) {
					throw new VcsException(dir + " is not empty; clone into a new folder.");
				}
			} catch (IOException e) {
				throw new VcsException("Could not read " + dir + ": " + e.getMessage(), e);
			}
		}
		boolean existed = Files.exists(dir);
		Git git;
		try {
			// Nothing is checked out until the version has been screened; submodules are never fetched.
			git = Git.cloneRepository().setURI(url).setDirectory(dir.toFile()).setBranch("main").setNoCheckout(true)
					.setCloneSubmodules(false).call();
		} catch (GitAPIException | RuntimeException e) {
			removeClone(dir, existed);
			throw new VcsException("Could not clone " + Addresses.redact(url) + ": " + Addresses.scrub(e.getMessage(), url)
					+ ". Check the address and your access to it; nothing was written.", e);
		}
		try {
			configure(git.getRepository());
			ObjectId head = git.getRepository().resolve(Constants.R_HEADS + "main");
			if (head == null) {
				throw new VcsException(Addresses.redact(url) + " has no branch 'main' with a version; there is nothing"
						+ " to clone.");
			}
			List<Refusal> refused = RepositoryScreen.check(git.getRepository(), head);
			if (!refused.isEmpty()) {
				throw new UntrustedContentException(RepositoryScreen.describe("The shared playbook "
						+ Addresses.redact(url) + " (version " + head.getName().substring(0, 8) + ")", refused)
						+ "\nNothing was cloned. Ask whoever maintains it to remove these from the repository.", refused);
			}
			git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef(head.getName()).call();
		} catch (IOException | GitAPIException | VcsException e) {
			git.close();
			removeClone(dir, existed);
			if (e instanceof VcsException vcs) {
				throw vcs;
			}
			throw new VcsException("Could not set up the clone of " + Addresses.redact(url) + " in " + dir + ": "
					+ e.getMessage() + "; nothing was kept.", e);
		}
		PlaybookRepository repository = new PlaybookRepository(dir, git);
		try {
			new XmiPlaybookStore().open(dir);
		} catch (StoreException e) {
			repository.close();
			throw new VcsException("Cloned " + Addresses.redact(url) + " into " + dir + ", but it is not a usable playbook: "
					+ e.getMessage(), e);
		}
		return repository;
	}

	/** Where hooks are looked up: an empty folder inside {@code .git}, which no repository can populate. */
	static final String NO_HOOKS = LocalState.GIT_DIR + "/no-hooks";
	/** Attributes that outrank any {@code .gitattributes} a repository carries (see docs/SECURITY.md). */
	static final String INFO_ATTRIBUTES = "# Written by Parley: no filter, encoding or end-of-line rule from a repository's\n"
			+ "# .gitattributes runs or changes bytes in this playbook folder.\n"
			+ "* -filter -ident -working-tree-encoding -text\n";

	/**
	 * Sets the repository up so that neither Parley nor plain git in the folder runs anything a repository
	 * carries or changes bytes on the way: hooks only from an empty folder inside {@code .git}, no filters
	 * or conversions from {@code .gitattributes}, symbolic links checked out as plain files, objects checked
	 * on fetch, nothing signed. The configuration file is written only when something differs.
	 */
	private static void configure(Repository repository) throws IOException {
		Path gitDir = repository.getDirectory().toPath();
		Path hooks = gitDir.resolve("parley").resolve("no-hooks");
		Files.createDirectories(hooks);
		try (Stream<Path> present = Files.list(hooks)) {
			for (Path hook : (Iterable<Path>) present::iterator) {
				if (!Files.isDirectory(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.delete(hook); // only this user could have put it there; keep the folder empty anyway
				}
			}
		}
		Path attributes = gitDir.resolve("info").resolve("attributes");
		if (!Files.isRegularFile(attributes) || !Files.readString(attributes).equals(INFO_ATTRIBUTES)) {
			Files.createDirectories(attributes.getParent());
			Path tmp = attributes.resolveSibling("attributes.tmp");
			Files.writeString(tmp, INFO_ATTRIBUTES);
			AtomicFiles.replace(tmp, attributes);
		}
		StoredConfig config = repository.getConfig();
		String before = config.toText();
		config.setBoolean("commit", null, "gpgSign", false);
		config.setBoolean("tag", null, "gpgSign", false);
		config.setString("core", null, "autocrlf", "false");
		config.setString("core", null, "hooksPath", NO_HOOKS);
		config.setBoolean("core", null, "symlinks", false);
		config.setBoolean("core", null, "protectNTFS", true);
		config.setBoolean("core", null, "protectHFS", true);
		config.setBoolean("fetch", null, "fsckObjects", true);
		config.setBoolean("transfer", null, "fsckObjects", true);
		config.setBoolean("submodule", null, "recurse", false);
		config.setInt("core", null, "compression", 1); // shards are rewritten often; speed over size
		if (!config.toText().equals(before)) {
			config.save();
		}
	}

	/**
	 * Moves the local state of a folder that has just become a repository from {@code .parley/} into
	 * {@code .git/parley/}: it was made here (there was no repository it could have come from).
	 */
	private static void adoptPlainState(Path dir) throws IOException {
		Path plain = dir.resolve(LocalState.PLAIN_DIR);
		if (!Files.isDirectory(plain, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Path state = LocalState.ensure(dir);
		for (String name : List.of(LocalState.JOURNAL, LocalState.RECOVERY, LocalState.INDEX)) {
			Path from = plain.resolve(name);
			if (Files.exists(from, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(from)
					&& !Files.exists(state.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				Files.move(from, state.resolve(name));
			}
		}
	}

	/** Removes what a failed clone created: the folder when it did not exist, else its contents. */
	private static void removeClone(Path dir, boolean existed) {
		if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
				if (!p.equals(dir) || !existed) {
					Files.deleteIfExists(p);
				}
			}
		} catch (IOException e) {
			// best effort: the message already says the clone failed
		}
	}

	public Path folder() {
		return folder;
	}

	/** The author from git's configuration (user.name, user.email), else the login name. */
	public PersonIdent defaultAuthor() {
		org.eclipse.jgit.lib.UserConfig user = git.getRepository().getConfig().get(org.eclipse.jgit.lib.UserConfig.KEY);
		String name = user.getAuthorName();
		String email = user.getAuthorEmail();
		return new PersonIdent(name == null || name.isBlank() ? System.getProperty("user.name") : name,
				email == null ? "" : email);
	}

	/** Whether the repository has at least one version. */
	public boolean hasVersions() throws VcsException {
		return head() != null;
	}

	private ObjectId head() throws VcsException {
		try {
			return git.getRepository().resolve(Constants.HEAD);
		} catch (IOException e) {
			throw new VcsException("Could not read the repository: " + e.getMessage(), e);
		}
	}

	/**
	 * Saves the playbook folder as a new version. The message gets a trailer with the ids of the entries
	 * that changed since the last version.
	 *
	 * @return the new version, or null if nothing changed since the last version
	 */
	public Version commit(String message, PersonIdent author) throws VcsException {
		if (message == null || message.isBlank()) {
			throw new VcsException("A version needs a message saying what changed; give one with -m.");
		}
		GitLocks.clearStale(git.getRepository().getDirectory().toPath());
		try {
			if (!conflicts().isEmpty()) {
				throw new VcsException("A merge is waiting for conflicts to be resolved; see 'parley conflicts'.");
			}
			// Under the playbook's save lock: a save by another process (or thread) is either wholly in this version
			// or wholly after it, never half of its files.
			boolean versions = hasVersions();
			ObjectId head = head();
			RevCommit commit = LocalState.locked(folder, () -> {
				try {
					return commitLocked(message, author, versions, head);
				} catch (GitAPIException e) {
					throw new GitFailure(e);
				}
			});
			if (commit == null) {
				return null;
			}
			return version(commit, Map.of());
		} catch (GitFailure e) {
			throw new VcsException("Could not save the version: " + parley.core.service.FailureText.of(e.getCause())
					+ ". The playbook files are unchanged; fix the problem and try again.", e.getCause());
		} catch (IOException | RuntimeException e) {
			throw new VcsException("Could not save the version: " + parley.core.service.FailureText.of(e)
					+ ". The playbook files are unchanged; fix the problem and try again.", e);
		}
	}

	/** Stages what changed and records the version; null when nothing changed. Runs under the save lock. */
	private RevCommit commitLocked(String message, PersonIdent author, boolean versions, ObjectId head)
			throws GitAPIException, IOException {
		boolean merging = git.getRepository().readMergeHeads() != null && !git.getRepository().readMergeHeads().isEmpty();
		org.eclipse.jgit.api.Status status = git.status().call();
		if (status.isClean() && versions && !merging) {
			return null;
		}
		Set<String> ids = ChangedEntries.since(git, folder, head, status);
		// Stage exactly what changed (not the whole tree), so a one-entry version hashes one shard.
		org.eclipse.jgit.api.AddCommand add = git.add();
		status.getModified().forEach(add::addFilepattern);
		status.getUntracked().forEach(add::addFilepattern);
		if (!status.getModified().isEmpty() || !status.getUntracked().isEmpty()) {
			add.call();
		}
		if (!status.getMissing().isEmpty()) {
			org.eclipse.jgit.api.RmCommand rm = git.rm().setCached(true);
			status.getMissing().forEach(rm::addFilepattern);
			rm.call();
		}
		StringBuilder full = new StringBuilder(message.strip()).append("\n");
		if (!ids.isEmpty()) {
			full.append("\n").append(CHANGED_TRAILER).append(": ")
					.append(ids.size() > MAX_LISTED ? "*" : String.join(",", ids)).append("\n");
		}
		return git.commit().setMessage(full.toString()).setAuthor(author).setCommitter(author)
				.setSign(false).setNoVerify(true).setAllowEmpty(merging).call();
	}

	/** A git failure carried out of a {@link LocalState.Locked} section (which may throw only IOException). */
	private static final class GitFailure extends IOException {
		private static final long serialVersionUID = 1L;

		GitFailure(GitAPIException cause) {
			super(cause);
		}
	}

	/**
	 * Whether the playbook folder differs from the last version (changes saved to disk but not yet saved as a
	 * version). Before the first version every playbook counts as changed.
	 */
	public boolean hasUnversionedChanges() throws VcsException {
		if (!hasVersions()) {
			return true;
		}
		try {
			return !git.status().call().isClean();
		} catch (GitAPIException e) {
			throw new VcsException("Could not read the repository: " + e.getMessage(), e);
		}
	}

	/** The configured remotes: name to address (fetch URL), sorted by name. */
	public Map<String, String> remotes() throws VcsException {
		Map<String, String> shown = new java.util.TreeMap<>();
		rawRemotes().forEach((name, address) -> shown.put(name, Addresses.redact(address)));
		return shown;
	}

	private Map<String, String> rawRemotes() throws VcsException {
		try {
			Map<String, String> remotes = new java.util.TreeMap<>();
			for (org.eclipse.jgit.transport.RemoteConfig remote : org.eclipse.jgit.transport.RemoteConfig
					.getAllRemoteConfigs(git.getRepository().getConfig())) {
				remotes.put(remote.getName(), remote.getURIs().isEmpty() ? "" : remote.getURIs().get(0).toString());
			}
			return remotes;
		} catch (java.net.URISyntaxException e) {
			throw new VcsException("The repository's remotes are misconfigured: " + e.getMessage(), e);
		}
	}

	/**
	 * The remote to sync with, given a remote's name or a shared playbook's address (a path, file://, ssh://,
	 * https://): a configured name is used as it is; an address already configured gives that remote's name;
	 * a new address becomes the remote {@code defaultName} when no remote has that name yet.
	 */
	public String remoteFor(String nameOrAddress, String defaultName) throws VcsException {
		String given = nameOrAddress == null ? "" : nameOrAddress.strip();
		if (given.isEmpty()) {
			given = defaultName;
		}
		Map<String, String> remotes = rawRemotes();
		if (remotes.containsKey(given)) {
			return given;
		}
		for (Map.Entry<String, String> remote : remotes.entrySet()) {
			if (remote.getValue().equals(given)) {
				return remote.getKey();
			}
		}
		if (!given.contains("/") && !given.contains(":") && !given.contains("\\")) {
			throw new VcsException("There is no remote called '" + given + "'; give the shared playbook's address"
					+ " (a path, file://, ssh:// or https:// URL) instead.");
		}
		if (remotes.containsKey(defaultName)) {
			throw new VcsException("The remote '" + defaultName + "' already points at " + Addresses.redact(remotes.get(defaultName))
					+ "; sync with it by name, or choose it in git's configuration.");
		}
		try {
			git.remoteAdd().setName(defaultName).setUri(new org.eclipse.jgit.transport.URIish(given)).call();
			return defaultName;
		} catch (GitAPIException | java.net.URISyntaxException e) {
			throw new VcsException("'" + Addresses.redact(given) + "' is not an address git understands: "
					+ Addresses.scrub(e.getMessage(), given), e);
		}
	}

	// ---- team sync ----

	private static final com.google.gson.Gson GSON = new com.google.gson.GsonBuilder().setPrettyPrinting().create();

	/**
	 * The unresolved conflicts of a merge in progress (empty when there is none).
	 *
	 * @throws VcsException if the file of the merge cannot be read or is not a list of conflicts, each with the
	 *                      id of an element and a field (the message names the file and says how to give the
	 *                      merge up)
	 */
	public List<Conflict> conflicts() throws VcsException {
		Path file = LocalState.file(folder, LocalState.MERGE);
		if (!Files.exists(file)) {
			return List.of();
		}
		String problem;
		try {
			String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
					.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
			Conflict[] read = GSON.fromJson(text, Conflict[].class);
			List<Conflict> conflicts = read == null ? List.of() : java.util.Arrays.asList(read);
			problem = check(conflicts);
			if (problem == null) {
				return List.copyOf(conflicts);
			}
		} catch (java.nio.charset.CharacterCodingException e) {
			problem = "it is not UTF-8 text";
		} catch (com.google.gson.JsonParseException e) {
			problem = "it is not a list of conflicts in JSON (" + jsonProblem(e) + ")";
		} catch (IOException e) {
			throw new VcsException("Could not read the merge in progress (" + file + "): " + e.getMessage()
					+ ". Check the file's permissions, or give the merge up with 'parley sync --abort'.", e);
		}
		throw new VcsException("The merge in progress cannot be read from " + file + ": " + problem + ". Parley never"
				+ " writes such a file; give the merge up with 'parley sync --abort' (the playbook goes back to your"
				+ " last saved version), then sync again.");
	}

	/** Why a list read from the merge file is not one Parley wrote, or null. */
	private static String check(List<Conflict> conflicts) {
		for (int i = 0; i < conflicts.size(); i++) {
			Conflict c = conflicts.get(i);
			if (c == null) {
				return "conflict " + (i + 1) + " is empty";
			}
			if (c.id() == null || c.id().isBlank() || c.field() == null || c.field().isBlank()) {
				return "conflict " + (i + 1) + " does not name an element and a field";
			}
		}
		return null;
	}

	/** Gson's message without the exception class it starts with and the web page it ends with. */
	private static String jsonProblem(com.google.gson.JsonParseException e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		message = message.replaceFirst("^(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*: ", "");
		int see = message.indexOf("\nSee ");
		return (see < 0 ? message : message.substring(0, see)).strip();
	}

	private void writeConflicts(List<Conflict> conflicts) throws IOException {
		Path file = LocalState.file(folder, LocalState.MERGE);
		LocalState.ensure(folder);
		if (conflicts.isEmpty()) {
			Files.deleteIfExists(file);
		} else {
			Path tmp = file.resolveSibling(LocalState.MERGE + ".tmp");
			Files.writeString(tmp, GSON.toJson(conflicts));
			AtomicFiles.replace(tmp, file);
		}
	}

	/**
	 * Brings this playbook and a shared remote together: sends local versions, takes remote ones, and when
	 * both have new versions merges them on the model (by entry id and field). Local versions are never
	 * lost: a failed send or fetch leaves them as they are.
	 */
	public SyncResult sync(String remote, PersonIdent author) throws VcsException {
		if (!conflicts().isEmpty()) {
			throw new VcsException("A merge is waiting for conflicts to be resolved; see 'parley conflicts', then"
					+ " 'parley resolve', then 'parley commit'.");
		}
		GitLocks.clearStale(git.getRepository().getDirectory().toPath());
		try {
			if (!git.status().call().isClean()) {
				throw new VcsException("The playbook has changes that are not saved as a version; save them with"
						+ " 'parley commit -m ...' (or undo them with 'parley restore --from HEAD') before syncing.");
			}
			git.fetch().setRemote(remote).call();
			ObjectId local = head();
			ObjectId theirs = git.getRepository().resolve("refs/remotes/" + remote + "/main");
			if (theirs == null) {
				push(remote);
				return new SyncResult(SyncResult.Outcome.PUSHED, List.of());
			}
			if (theirs.equals(local)) {
				return new SyncResult(SyncResult.Outcome.UP_TO_DATE, List.of());
			}
			ObjectId base = mergeBase(local, theirs);
			if (theirs.equals(base)) {
				push(remote);
				return new SyncResult(SyncResult.Outcome.PUSHED, List.of());
			}
			refuseUntrusted(theirs, "The shared playbook's latest version", "Nothing was taken from it and nothing"
					+ " here changed. Ask whoever made that version to remove these from the repository.");
			if (local.equals(base)) {
				git.merge().include(theirs).setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.FF_ONLY).call();
				return new SyncResult(SyncResult.Outcome.PULLED, List.of());
			}
			OpenPlaybook mine = current();
			List<Conflict> conflicts = new ArrayList<>(ModelMerge.merge(load(base.getName()).playbook(), mine.playbook(),
					load(theirs.getName()).playbook(), changedBetween(base, theirs)));
			mine.save();
			// Synonyms, settings and any other versioned file: git's line merge.
			conflicts.addAll(FileMerge.merge(git.getRepository(), folder, base, local, theirs));
			git.getRepository().writeMergeHeads(List.of(theirs));
			if (!conflicts.isEmpty()) {
				writeConflicts(conflicts);
				return new SyncResult(SyncResult.Outcome.CONFLICTS, conflicts);
			}
			commit("Merge the shared playbook (" + remote + ")", author);
			push(remote);
			return new SyncResult(SyncResult.Outcome.MERGED, List.of());
		} catch (GitAPIException | IOException | StoreException | RuntimeException e) {
			throw new VcsException("Sync with '" + Addresses.redact(remote) + "' failed: "
					+ Addresses.scrub(e.getMessage(), rawRemotes().getOrDefault(remote, remote))
					+ ". Your saved versions are unchanged; check the connection or address and sync again.", e);
		}
	}

	/**
	 * The ids of the elements the versions after {@code base} up to {@code tip} changed, from their
	 * {@value #CHANGED_TRAILER} trailers; null when a version does not say (made outside Parley, or "*" for
	 * more than {@code MAX_LISTED}), so the merge compares everything.
	 */
	private Set<String> changedBetween(ObjectId base, ObjectId tip) throws IOException {
		Set<String> ids = new java.util.HashSet<>();
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			walk.markStart(walk.parseCommit(tip));
			walk.markUninteresting(walk.parseCommit(base));
			for (RevCommit commit : walk) {
				List<String> entities = version(commit, Map.of()).entities();
				if (entities.isEmpty() || entities.contains("*")) {
					return null;
				}
				ids.addAll(entities);
			}
		}
		return ids;
	}

	/** Throws when the version's tree carries anything {@link RepositoryScreen} refuses. */
	private void refuseUntrusted(ObjectId commit, String what, String after) throws IOException, VcsException {
		List<Refusal> refused = RepositoryScreen.check(git.getRepository(), commit);
		if (!refused.isEmpty()) {
			String author;
			try (RevWalk walk = new RevWalk(git.getRepository())) {
				RevCommit c = walk.parseCommit(commit);
				author = c.getAuthorIdent().getName();
			}
			throw new UntrustedContentException(RepositoryScreen.describe(what + " (" + commit.getName().substring(0, 8)
					+ ", by " + author + ")", refused) + "\n" + after, refused);
		}
	}

	private ObjectId mergeBase(ObjectId a, ObjectId b) throws IOException {
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			walk.setRevFilter(org.eclipse.jgit.revwalk.filter.RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			RevCommit base = walk.next();
			return base == null ? null : base.getId();
		}
	}

	private void push(String remote) throws GitAPIException, VcsException {
		for (org.eclipse.jgit.transport.PushResult result : git.push().setRemote(remote).add("main").call()) {
			for (org.eclipse.jgit.transport.RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE -> {
				}
				case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new VcsException(
						"The shared playbook got new versions while you were syncing; run 'parley sync' again to merge them.");
				default -> throw new VcsException("The shared playbook refused the versions (" + update.getStatus()
						+ (update.getMessage() == null ? "" : ": " + update.getMessage()) + "); your versions are kept locally.");
				}
			}
		}
	}

	/**
	 * Resolves one conflict of a merge in progress: keep mine, take theirs, or set a value (single-valued
	 * text and enumeration fields). Returns how many conflicts remain.
	 */
	public int resolve(String id, String field, Choice choice, String value) throws VcsException {
		List<Conflict> open = new ArrayList<>(conflicts());
		Conflict conflict = open.stream().filter(c -> c.id().equals(id) && c.field().equals(field)).findFirst()
				.orElseThrow(() -> new VcsException("No conflict on field '" + field + "' of " + id
						+ "; 'parley conflicts' lists them."));
		try {
			if (field.equals(FileMerge.FIELD)) {
				String text = switch (choice) {
				case MINE -> conflict.mine();
				case THEIRS -> conflict.theirs();
				case VALUE -> value;
				};
				FileMerge.write(parley.core.store.PlaybookPaths.confine(folder, id),
						text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			} else if (choice != Choice.MINE && !field.equals("(deleted)")) {
				OpenPlaybook mine = current();
				org.eclipse.emf.ecore.EObject target = find(mine.playbook(), id);
				org.eclipse.emf.ecore.EStructuralFeature feature = target.eClass().getEStructuralFeature(field);
				if (choice == Choice.THEIRS) {
					List<ObjectId> heads = git.getRepository().readMergeHeads();
					OpenPlaybook theirs = load(heads.get(0).getName());
					new EntryRestorer(mine.playbook()).restoreField(find(theirs.playbook(), id), target, feature);
				} else {
					if (!(feature instanceof org.eclipse.emf.ecore.EAttribute attribute) || feature.isMany()) {
						throw new VcsException("Field '" + field + "' holds a list or links; choose --mine or --theirs,"
								+ " then edit it.");
					}
					target.eSet(feature, org.eclipse.emf.ecore.util.EcoreUtil.createFromString(attribute.getEAttributeType(), value));
				}
				mine.save();
			}
			open.remove(conflict);
			writeConflicts(open);
			return open.size();
		} catch (IOException | StoreException | IllegalArgumentException e) {
			throw new VcsException("Could not resolve " + field + " of " + id + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Gives up a merge in progress: the playbook goes back to the last saved version of this side, the
	 * conflict list is dropped; the other side's versions stay fetched and 'parley sync' can try again.
	 */
	public void abortMerge() throws VcsException {
		try {
			git.getRepository().writeMergeHeads(null);
			git.getRepository().writeMergeCommitMsg(null);
			writeConflicts(List.of());
		} catch (IOException e) {
			throw new VcsException("Could not abort the merge: " + e.getMessage(), e);
		}
		restorePlaybook(Constants.HEAD, true); // the merge result is what is given up
	}

	/** How a conflict is resolved. */
	public enum Choice {
		MINE, THEIRS, VALUE
	}

	/** Makes an annotated tag on the latest version, with release notes made from the semantic diff. */
	public String release(String name, String message, PersonIdent author) throws VcsException {
		if (!hasVersions()) {
			throw new VcsException("There is no version to release yet; save one first with 'parley commit'.");
		}
		try {
			if (git.getRepository().findRef(Constants.R_TAGS + name) != null) {
				throw new VcsException("A release called '" + name + "' already exists; choose another name.");
			}
			String previous = latestRelease();
			List<EntityChange> changes = previous == null ? diffFromEmptyAt(Constants.HEAD) : diff(previous, Constants.HEAD);
			String notes = (message == null ? name : message.strip()) + "\n\n"
					+ (previous == null ? "First release.\n\n" : "Changes since " + previous + ":\n\n")
					+ SemanticDiff.describe(changes);
			git.tag().setName(name).setMessage(notes).setTagger(author).setAnnotated(true).setSigned(false).call();
			return notes;
		} catch (GitAPIException | IOException e) {
			throw new VcsException("Could not create the release '" + name + "': " + e.getMessage(), e);
		}
	}

	/** The most recent release tag reachable from HEAD, or null. */
	private String latestRelease() throws IOException, GitAPIException {
		List<Ref> tags = git.tagList().call();
		if (tags.isEmpty()) {
			return null;
		}
		try (RevWalk walk = new RevWalk(git.getRepository())) {
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

	/**
	 * What to call the playbook's current state on a cover or in a footer: the release name when the last
	 * saved version is a release and nothing changed since ("v1.2"); otherwise the version's short id, with
	 * the release it follows ("version 1a2b3c4d, after v1.2"), and " with unsaved changes" when the folder
	 * differs from it; "unversioned draft" before the first version.
	 */
	public String versionName() throws VcsException {
		if (!hasVersions()) {
			return "unversioned draft";
		}
		try {
			boolean clean = git.status().call().isClean();
			RevCommit head;
			try (RevWalk walk = new RevWalk(git.getRepository())) {
				head = walk.parseCommit(head());
			}
			List<String> tags = releases().getOrDefault(head, List.of());
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

	/** The versions, newest first. */
	public List<Version> history() throws VcsException {
		return history(null);
	}

	/** The versions that changed the given entry (all versions when null), newest first. */
	public List<Version> history(String entryId) throws VcsException {
		if (!hasVersions()) {
			return List.of();
		}
		try {
			Map<ObjectId, List<String>> releases = releases();
			List<Version> versions = new ArrayList<>();
			for (RevCommit commit : git.log().call()) {
				Version v = version(commit, releases);
				if (entryId == null || v.entities().contains(entryId) || v.entities().contains("*")) {
					versions.add(v);
				}
			}
			return versions;
		} catch (GitAPIException | IOException e) {
			throw new VcsException("Could not read the history: " + e.getMessage(), e);
		}
	}

	private Map<ObjectId, List<String>> releases() throws GitAPIException, IOException {
		Map<ObjectId, List<String>> map = new java.util.HashMap<>();
		for (Ref tag : git.tagList().call()) {
			Ref peeled = git.getRepository().getRefDatabase().peel(tag);
			ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : tag.getObjectId();
			map.computeIfAbsent(target, k -> new ArrayList<>()).add(Repository.shortenRefName(tag.getName()));
		}
		return map;
	}

	private static Version version(RevCommit commit, Map<ObjectId, List<String>> releases) {
		String message = commit.getFullMessage();
		List<String> entities = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String line : message.split("\n")) {
			if (line.startsWith(CHANGED_TRAILER + ":")) {
				for (String id : line.substring(CHANGED_TRAILER.length() + 1).strip().split(",")) {
					if (!id.isBlank()) {
						entities.add(id.strip());
					}
				}
			} else {
				text.append(line).append("\n");
			}
		}
		PersonIdent author = commit.getAuthorIdent();
		return new Version(commit.getName(), text.toString().strip(), author.getName(), author.getEmailAddress(),
				Instant.ofEpochSecond(commit.getCommitTime()), entities, releases.getOrDefault(commit, List.of()));
	}

	/**
	 * The semantic difference between two versions ({@code to == null}: the playbook folder as it is now).
	 * Versions are commit ids, release names, or HEAD, HEAD~1 ...
	 */
	public List<EntityChange> diff(String from, String to) throws VcsException {
		Repository repository = git.getRepository();
		try {
			ObjectId fromId = commitId(from);
			ObjectId toId = to == null ? null : commitId(to);
			// Only the files that differ matter, plus the files their links point into (for titles).
			Set<String> changed = new java.util.TreeSet<>();
			if (toId == null) {
				org.eclipse.jgit.api.Status status = git.status().call();
				changed.addAll(status.getModified());
				changed.addAll(status.getUntracked());
				changed.addAll(status.getMissing());
				changed.addAll(status.getChanged());
				changed.addAll(status.getAdded());
				changed.addAll(status.getRemoved());
				ObjectId head = head();
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
			Set<String> needed = new java.util.TreeSet<>(changed);
			needed.add(PlaybookLayout.ROOT_FILE);
			OpenPlaybook before = load(from, needed);
			OpenPlaybook after = toId == null ? partialFolder(needed) : load(to, needed);
			// A link target that was not loaded is named from the text of its shard (known from its type and
			// id), read on demand, newer version first.
			Map<String, String> titles = new java.util.HashMap<>();
			Set<String> scanned = new java.util.HashSet<>();
			return SemanticDiff.compare(before.playbook(), after.playbook(), (id, type) -> {
				PlaybookLayout.Kind kind = PlaybookLayout.kindOf(type);
				if (kind != null && !titles.containsKey(id)) {
					String path = kind.folder() + "/" + PlaybookLayout.shardName(id) + ".xmi";
					if (scanned.add(path)) {
						try {
							ChangedEntries.titles(blobText(fromId, path), titles);
							ChangedEntries.titles(toId == null ? fileText(path) : blobText(toId, path), titles);
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

	private ObjectId commitId(String revision) throws IOException, VcsException {
		ObjectId id = git.getRepository().resolve(revision + "^{commit}");
		if (id == null) {
			throw new VcsException("There is no version '" + revision + "'; use a commit id from 'parley history',"
					+ " a release name, or HEAD, HEAD~1 ...");
		}
		return id;
	}

	/** Paths whose content differs between two commits. */
	private Set<String> changedPaths(ObjectId a, ObjectId b) throws IOException {
		Set<String> paths = new java.util.TreeSet<>();
		try (RevWalk walk = new RevWalk(git.getRepository()); TreeWalk tree = new TreeWalk(git.getRepository())) {
			tree.addTree(walk.parseCommit(a).getTree());
			tree.addTree(walk.parseCommit(b).getTree());
			tree.setRecursive(true);
			tree.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
			while (tree.next()) {
				paths.add(tree.getPathString());
			}
		}
		return paths;
	}

	private String blobText(ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(git.getRepository());
				TreeWalk tree = TreeWalk.forPath(git.getRepository(), path, walk.parseCommit(commit).getTree())) {
			return tree == null ? null : new String(boundedBytes(git.getRepository().open(tree.getObjectId(0)), path),
					java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	private String fileText(String path) throws IOException {
		Path file = folder.resolve(path);
		return Files.exists(file) ? Files.readString(file) : null;
	}

	/** The working playbook, but only the given files (read-only). */
	private OpenPlaybook partialFolder(Set<String> needed) throws VcsException {
		parley.core.store.PlaybookFiles files = new parley.core.store.PlaybookFiles() {
			@Override
			public List<String> list(String dir) {
				return needed.stream().filter(p -> p.startsWith(dir + "/") && Files.exists(folder.resolve(p))).toList();
			}

			@Override
			public byte[] read(String relative) throws IOException {
				return Files.readAllBytes(folder.resolve(relative));
			}
		};
		try {
			return new XmiPlaybookStore().openReadOnly(folder, files);
		} catch (StoreException e) {
			throw new VcsException(e.getMessage(), e);
		}
	}

	private List<EntityChange> diffFromEmptyAt(String revision) throws VcsException {
		return SemanticDiff.compare(parley.model.playbook.PlaybookFactory.eINSTANCE.createPlaybook(), load(revision).playbook());
	}

	private OpenPlaybook current() throws VcsException {
		try {
			return new XmiPlaybookStore().open(folder);
		} catch (StoreException e) {
			throw new VcsException(e.getMessage(), e);
		}
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
		if (!discardUnversioned) {
			refuseToDropUnversioned(entryId, "Restoring it");
		}
		OpenPlaybook old = load(revision);
		OpenPlaybook now = current();
		org.eclipse.emf.ecore.EObject source = find(old.playbook(), entryId);
		if (source == null) {
			throw new VcsException("Version '" + revision + "' has no entry with id " + entryId
					+ "; 'parley history ENTRY' lists the versions that changed it.");
		}
		List<String> skipped = new EntryRestorer(now.playbook()).restore(source);
		try {
			now.save();
		} catch (StoreException e) {
			throw new VcsException(e.getMessage(), e);
		}
		return skipped;
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
		if (!discardUnversioned) {
			refuseToDropUnversioned(null, "Restoring the playbook");
		}
		load(revision); // the version must load cleanly before anything is touched
		try {
			ObjectId commit = commitId(revision);
			refuseUntrusted(commit, "Version '" + revision + "'", "Nothing was restored.");
			Set<String> wanted = new java.util.HashSet<>();
			Map<String, byte[]> writes = differingFiles(commit, path -> true, wanted);
			List<String> deletions = new ArrayList<>();
			for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
				Path dir = folder.resolve(kind.folder());
				if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					try (Stream<Path> files = Files.list(dir)) {
						for (Path f : (Iterable<Path>) files::iterator) {
							String relative = folder.relativize(f).toString().replace('\\', '/');
							if (!wanted.contains(relative) && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
								deletions.add(relative);
							}
						}
					}
				}
			}
			// One journaled write: after a crash the folder is wholly as before or wholly as the version.
			new XmiPlaybookStore().replaceFiles(folder, writes, deletions);
		} catch (IOException | StoreException e) {
			throw new VcsException("Could not restore the playbook from '" + revision + "': " + e.getMessage(), e);
		}
	}

	/** The version's files that {@code which} selects and that differ from the folder, with their content. */
	private Map<String, byte[]> differingFiles(ObjectId commit, java.util.function.Predicate<String> which,
			Set<String> seen) throws IOException {
		Map<String, byte[]> writes = new java.util.TreeMap<>();
		Repository repository = git.getRepository();
		try (TreeWalk tree = new TreeWalk(repository); RevWalk walk = new RevWalk(repository)) {
			tree.addTree(walk.parseCommit(commit).getTree());
			tree.setRecursive(true);
			while (tree.next()) {
				String path = tree.getPathString();
				seen.add(path);
				if (!which.test(path)) {
					continue;
				}
				byte[] content = boundedBytes(repository.open(tree.getObjectId(0)), path);
				Path file = parley.core.store.PlaybookPaths.confine(folder, path);
				if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
						|| !java.util.Arrays.equals(content, Files.readAllBytes(file))) {
					writes.put(path, content);
				}
			}
		}
		return writes;
	}

	/** The versioned files other than the model (synonyms.txt, notes ...) that differ from the version. */
	public List<String> otherFilesDiffering(String revision) throws VcsException {
		try {
			return List.copyOf(differingFiles(commitId(revision), p -> !ChangedEntries.isPlaybookFile(p),
					new java.util.HashSet<>()).keySet());
		} catch (IOException e) {
			throw new VcsException("Could not read version '" + revision + "': " + e.getMessage(), e);
		}
	}

	/**
	 * Writes the version's files other than the model (as the workbench restores the model itself as an
	 * edit), in one journaled step; files added since are kept.
	 */
	public void restoreOtherFiles(String revision) throws VcsException {
		try {
			ObjectId commit = commitId(revision);
			refuseUntrusted(commit, "Version '" + revision + "'", "Nothing was restored.");
			new XmiPlaybookStore().replaceFiles(folder,
					differingFiles(commit, p -> !ChangedEntries.isPlaybookFile(p), new java.util.HashSet<>()), List.of());
		} catch (IOException | StoreException e) {
			throw new VcsException("Could not restore the files of '" + revision + "': " + e.getMessage(), e);
		}
	}

	/**
	 * The saved changes that no version holds, entry by entry: of one entry, or of the whole playbook
	 * ({@code entryId} null). Empty before the first version only when nothing is saved at all.
	 */
	public List<EntityChange> unversionedChanges(String entryId) throws VcsException {
		if (!hasVersions()) {
			return List.of();
		}
		List<EntityChange> changes = diff(Constants.HEAD, null);
		return entryId == null ? changes : changes.stream().filter(c -> c.id().equals(entryId)).toList();
	}

	private void refuseToDropUnversioned(String entryId, String what) throws VcsException {
		List<EntityChange> unversioned = unversionedChanges(entryId);
		if (!unversioned.isEmpty()) {
			if (entryId != null && unversioned.get(0).title() != null) {
				what = "Restoring '" + unversioned.get(0).title() + "'";
			}
			StringBuilder message = new StringBuilder(what).append(" would replace saved changes that are in no version yet,"
					+ " and they would be lost:\n");
			int shown = 0;
			for (EntityChange change : unversioned) {
				if (shown++ == 10) {
					message.append("  ... and ").append(unversioned.size() - 10).append(" more\n");
					break;
				}
				message.append("  ").append(change.title() == null ? change.id() : change.title()).append(": ")
						.append(change.kind() == EntityChange.Kind.CHANGED
								? String.join(", ", change.fields().stream().map(EntityChange.FieldChange::label).toList())
								: change.kind().name().toLowerCase(java.util.Locale.ROOT))
						.append("\n");
			}
			message.append("Save a version first to keep them, or choose to discard them.");
			throw new UnversionedChangesException(message.toString(), unversioned);
		}
	}

	private static org.eclipse.emf.ecore.EObject find(parley.model.playbook.Playbook playbook, String id) {
		for (org.eclipse.emf.ecore.EObject e : parley.core.service.Elements.all(playbook)) {
			if (((parley.model.playbook.Identified) e).getId().equals(id)) {
				return e;
			}
		}
		return null;
	}

	/**
	 * Loads the playbook as it was in a version, straight from git's objects (nothing is written), read-only.
	 */
	public OpenPlaybook load(String revision) throws VcsException {
		return load(revision, null);
	}

	/** Loads a version, only the given files of it (all when null). */
	private OpenPlaybook load(String revision, Set<String> only) throws VcsException {
		Repository repository = git.getRepository();
		try {
			ObjectId id = repository.resolve(revision + "^{commit}");
			if (id == null) {
				throw new VcsException("There is no version '" + revision + "'; use a commit id from 'parley history',"
						+ " a release name, or HEAD, HEAD~1 ...");
			}
			Map<String, ObjectId> blobs = new java.util.HashMap<>();
			try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
				tree.addTree(walk.parseCommit(id).getTree());
				tree.setRecursive(true);
				while (tree.next()) {
					if (only == null || only.contains(tree.getPathString())) {
						blobs.put(tree.getPathString(), tree.getObjectId(0));
					}
				}
			}
			if (!blobs.containsKey(PlaybookLayout.ROOT_FILE)) {
				throw new VcsException("Version '" + revision + "' holds no playbook (no " + PlaybookLayout.ROOT_FILE + ").");
			}
			parley.core.store.PlaybookFiles files = new parley.core.store.PlaybookFiles() {
				@Override
				public List<String> list(String dir) {
					List<String> names = new ArrayList<>();
					for (String path : blobs.keySet()) {
						if (path.startsWith(dir + "/") && path.endsWith(".xmi") && path.indexOf('/', dir.length() + 1) < 0) {
							names.add(path);
						}
					}
					return names;
				}

				@Override
				public byte[] read(String relative) throws IOException {
					ObjectId blob = blobs.get(relative);
					if (blob == null) {
						throw new java.io.FileNotFoundException(relative);
					}
					try (org.eclipse.jgit.lib.ObjectReader reader = repository.newObjectReader()) {
						return boundedBytes(reader.open(blob), relative);
					}
				}
			};
			return new XmiPlaybookStore().openReadOnly(LocalState.dir(folder).resolve("versions")
					.resolve(id.getName()), files);
		} catch (IOException | StoreException e) {
			throw new VcsException("Could not read version '" + revision + "': " + e.getMessage(), e);
		}
	}

	/** A blob's bytes, refused with a message when larger than a playbook file may be. */
	static byte[] boundedBytes(org.eclipse.jgit.lib.ObjectLoader loader, String path) throws IOException {
		if (loader.getSize() > parley.core.store.PlaybookPaths.MAX_FILE_BYTES) {
			throw new IOException(path + " is " + (loader.getSize() >> 20) + " MiB in this version, more than the "
					+ (parley.core.store.PlaybookPaths.MAX_FILE_BYTES >> 20) + " MiB a playbook file may have; it was not read");
		}
		return loader.getBytes();
	}

	@Override
	public void close() {
		git.close();
	}
}
