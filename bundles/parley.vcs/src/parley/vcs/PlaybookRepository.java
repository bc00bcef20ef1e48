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
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

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
		Git git;
		try {
			git = Git.cloneRepository().setURI(url).setDirectory(dir.toFile()).setBranch("main").call();
		} catch (GitAPIException e) {
			throw new VcsException("Could not clone " + url + ": " + e.getMessage()
					+ ". Check the address and your access to it; nothing was written.", e);
		}
		try {
			configure(git.getRepository());
		} catch (IOException e) {
			git.close();
			throw new VcsException("Could not configure the clone in " + dir + ": " + e.getMessage(), e);
		}
		PlaybookRepository repository = new PlaybookRepository(dir, git);
		try {
			new XmiPlaybookStore().open(dir);
		} catch (StoreException e) {
			repository.close();
			throw new VcsException("Cloned " + url + " into " + dir + ", but it is not a usable playbook: " + e.getMessage(), e);
		}
		return repository;
	}

	private static void configure(Repository repository) throws IOException {
		StoredConfig config = repository.getConfig();
		config.setBoolean("commit", null, "gpgSign", false);
		config.setBoolean("tag", null, "gpgSign", false);
		config.setString("core", null, "autocrlf", "false");
		config.setString("core", null, "hooksPath", ".parley/no-hooks");
		config.setInt("core", null, "compression", 1); // shards are rewritten often; speed over size
		config.save();
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
		try {
			org.eclipse.jgit.api.Status status = git.status().call();
			if (status.isClean() && hasVersions()) {
				return null;
			}
			Set<String> ids = ChangedEntries.since(git, folder, head(), status);
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
			RevCommit commit = git.commit().setMessage(full.toString()).setAuthor(author).setCommitter(author)
					.setSign(false).setNoVerify(true).call();
			return version(commit, Map.of());
		} catch (GitAPIException | IOException e) {
			throw new VcsException("Could not save the version: " + e.getMessage()
					+ ". The playbook files are unchanged; fix the problem and try again.", e);
		}
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
		OpenPlaybook before = load(from);
		OpenPlaybook after = to == null ? current() : load(to);
		return SemanticDiff.compare(before.playbook(), after.playbook());
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
		load(revision); // the version must load cleanly before anything is touched
		try {
			git.checkout().setStartPoint(git.getRepository().resolve(revision + "^{commit}").getName()).setAllPaths(true).call();
			Set<String> wanted = new java.util.HashSet<>();
			try (TreeWalk tree = new TreeWalk(git.getRepository()); RevWalk walk = new RevWalk(git.getRepository())) {
				tree.addTree(walk.parseCommit(git.getRepository().resolve(revision + "^{commit}")).getTree());
				tree.setRecursive(true);
				while (tree.next()) {
					wanted.add(tree.getPathString());
				}
			}
			for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
				Path dir = folder.resolve(kind.folder());
				if (Files.isDirectory(dir)) {
					try (Stream<Path> files = Files.list(dir)) {
						for (Path f : (Iterable<Path>) files::iterator) {
							if (!wanted.contains(folder.relativize(f).toString().replace('\\', '/'))) {
								Files.delete(f);
							}
						}
					}
				}
			}
		} catch (IOException | GitAPIException e) {
			throw new VcsException("Could not restore the playbook from '" + revision + "': " + e.getMessage(), e);
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

	/** Loads the playbook as it was in a version (written to a temporary folder, then opened). */
	public OpenPlaybook load(String revision) throws VcsException {
		Repository repository = git.getRepository();
		try {
			ObjectId id = repository.resolve(revision + "^{commit}");
			if (id == null) {
				throw new VcsException("There is no version '" + revision + "'; use a commit id from 'parley history',"
						+ " a release name, or HEAD, HEAD~1 ...");
			}
			Path temp = Files.createTempDirectory("parley-version-");
			try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
				tree.addTree(walk.parseCommit(id).getTree());
				tree.setRecursive(true);
				while (tree.next()) {
					String path = tree.getPathString();
					if (path.startsWith(PlaybookLayout.LOCAL_DIR)) {
						continue;
					}
					Path target = temp.resolve(path);
					Files.createDirectories(target.getParent());
					ObjectLoader loader = repository.open(tree.getObjectId(0));
					Files.write(target, loader.getBytes());
				}
			}
			try {
				return new XmiPlaybookStore().open(temp);
			} finally {
				deleteRecursively(temp);
			}
		} catch (IOException | StoreException e) {
			throw new VcsException("Could not read version '" + revision + "': " + e.getMessage(), e);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		}
	}

	@Override
	public void close() {
		git.close();
	}
}
