package parley.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import parley.core.service.Elements;
import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookFiles;
import parley.core.store.PlaybookLayout;
import parley.core.store.PlaybookPaths;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * What every part of {@link PlaybookRepository} shares: the playbook folder and its open git repository,
 * naming versions, reading a version's files (bounded in size) and model, the working playbook, and the
 * screen a version passes before any of its files reaches the folder.
 */
final class GitPlaybook {

	/** Commit-message trailer listing the ids of the entries a version changed. */
	static final String CHANGED_TRAILER = "Parley-Changed";

	final Path folder;
	final Git git;

	GitPlaybook(Path folder, Git git) {
		this.folder = folder;
		this.git = git;
	}

	Repository repository() {
		return git.getRepository();
	}

	ObjectId head() throws VcsException {
		try {
			return repository().resolve(Constants.HEAD);
		} catch (IOException e) {
			throw new VcsException("Could not read the repository: " + e.getMessage(), e);
		}
	}

	boolean hasVersions() throws VcsException {
		return head() != null;
	}

	/** The commit a version name (commit id, release, HEAD~N) names. */
	ObjectId commitId(String revision) throws IOException, NoSuchVersionException {
		ObjectId id = repository().resolve(revision + "^{commit}");
		if (id == null) {
			throw new NoSuchVersionException(revision);
		}
		return id;
	}

	/** Loads a version, only the given files of it (all when null), read-only. */
	OpenPlaybook load(String revision, Set<String> only) throws VcsException {
		Repository repository = repository();
		try {
			ObjectId id = commitId(revision);
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
			PlaybookFiles files = files(blobs.keySet(), path -> {
				try (ObjectReader reader = repository.newObjectReader()) {
					return boundedBytes(reader.open(blobs.get(path)), path);
				}
			});
			return new XmiPlaybookStore().openReadOnly(LocalState.dir(folder).resolve("versions")
					.resolve(id.getName()), files);
		} catch (IOException | StoreException e) {
			throw new VcsException("Could not read version '" + revision + "': " + e.getMessage(), e);
		}
	}

	/**
	 * Reads only the given entries of some versions (and their {@code playbook.xmi}), read-only: each shard that
	 * may hold one of them is cut down to them ({@link ShardCut}, the versions together, so that they hold the same
	 * stubs), and a merge of a hundred changed entries parses a hundred elements rather than the playbook three
	 * times. Links to other files stay proxies named by id.
	 */
	List<OpenPlaybook> loadEntries(List<String> revisions, Set<String> ids) throws VcsException {
		Repository repository = repository();
		Set<String> shards = new java.util.HashSet<>();
		ids.forEach(id -> shards.add(PlaybookLayout.shardName(id) + ".xmi"));
		String reading = revisions.get(0);
		try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
			List<ObjectId> commits = new ArrayList<>();
			Map<String, String[]> texts = new java.util.TreeMap<>(); // path -> its text in each version
			for (int i = 0; i < revisions.size(); i++) {
				reading = revisions.get(i);
				commits.add(commitId(reading));
				try (TreeWalk tree = new TreeWalk(repository)) {
					tree.addTree(walk.parseCommit(commits.get(i)).getTree());
					tree.setRecursive(true);
					while (tree.next()) {
						String path = tree.getPathString();
						if (path.equals(PlaybookLayout.ROOT_FILE)
								|| (ChangedEntries.isPlaybookFile(path) && shards.contains(tree.getNameString()))) {
							texts.computeIfAbsent(path, p -> new String[revisions.size()])[i] = new String(
									boundedBytes(reader.open(tree.getObjectId(0)), path), java.nio.charset.StandardCharsets.UTF_8);
						}
					}
				}
			}
			List<Map<String, byte[]>> files = new ArrayList<>();
			revisions.forEach(r -> files.add(new java.util.TreeMap<>()));
			texts.forEach((path, versions) -> {
				List<String> cut = path.equals(PlaybookLayout.ROOT_FILE) ? java.util.Arrays.asList(versions)
						: ShardCut.cut(java.util.Arrays.asList(versions), ids);
				for (int i = 0; i < cut.size(); i++) {
					if (cut.get(i) != null) {
						files.get(i).put(path, cut.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
					}
				}
			});
			List<OpenPlaybook> loaded = new ArrayList<>();
			for (int i = 0; i < revisions.size(); i++) {
				loaded.add(loadFiles(revisions.get(i), commits.get(i), files.get(i)));
			}
			return loaded;
		} catch (IOException e) {
			throw new VcsException("Could not read version '" + reading + "': " + e.getMessage(), e);
		}
	}

	/**
	 * Reads a version ({@code id}; the folder when null) from the given contents of its files alone (path to
	 * bytes; the other files count as absent), read-only: for a diff that parses only what differs.
	 */
	OpenPlaybook loadFiles(String revision, ObjectId id, Map<String, byte[]> contents) throws VcsException {
		String what = id == null ? "the playbook folder" : "version '" + revision + "'";
		if (!contents.containsKey(PlaybookLayout.ROOT_FILE)) {
			throw new VcsException("Could not read " + what + ": it holds no playbook (no " + PlaybookLayout.ROOT_FILE + ").");
		}
		try {
			return new XmiPlaybookStore().openReadOnly(id == null ? folder
					: LocalState.dir(folder).resolve("versions").resolve(id.getName()), files(contents.keySet(), contents::get));
		} catch (StoreException e) {
			throw new VcsException("Could not read " + what + ": " + e.getMessage(), e);
		}
	}

	/** Reads one file of a version that has it. */
	@FunctionalInterface
	private interface FileReader {
		byte[] read(String path) throws IOException;
	}

	/** A version's files for the store: {@code paths} (relative), each read by {@code reader} when asked. */
	private static PlaybookFiles files(Set<String> paths, FileReader reader) {
		return new PlaybookFiles() {
			@Override
			public List<String> list(String dir) {
				return shardsIn(paths, dir);
			}

			@Override
			public byte[] read(String relative) throws IOException {
				if (!paths.contains(relative)) {
					throw new java.io.FileNotFoundException(relative);
				}
				return reader.read(relative);
			}
		};
	}

	/** The model files directly in {@code dir} among {@code paths}. */
	private static List<String> shardsIn(java.util.Collection<String> paths, String dir) {
		List<String> names = new ArrayList<>();
		for (String path : paths) {
			if (path.startsWith(dir + "/") && path.endsWith(".xmi") && path.indexOf('/', dir.length() + 1) < 0) {
				names.add(path);
			}
		}
		return names;
	}

	/** The working playbook, opened for writing. */
	OpenPlaybook current() throws VcsException {
		try {
			return new XmiPlaybookStore().open(folder);
		} catch (StoreException e) {
			throw new VcsException(e.getMessage(), e);
		}
	}

	static EObject find(Playbook playbook, String id) {
		for (EObject e : Elements.all(playbook)) {
			if (((Identified) e).getId().equals(id)) {
				return e;
			}
		}
		return null;
	}

	/** A blob's bytes, refused with a message when larger than a playbook file may be. */
	static byte[] boundedBytes(ObjectLoader loader, String path) throws IOException {
		if (loader.getSize() > PlaybookPaths.MAX_FILE_BYTES) {
			throw new IOException(path + " is " + (loader.getSize() >> 20) + " MiB in this version, more than the "
					+ (PlaybookPaths.MAX_FILE_BYTES >> 20) + " MiB a playbook file may have; it was not read");
		}
		return loader.getBytes();
	}

	/** A file's text in a version, or null when the version has no such file. */
	String blobText(ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository());
				TreeWalk tree = TreeWalk.forPath(repository(), path, walk.parseCommit(commit).getTree())) {
			return tree == null ? null : new String(boundedBytes(repository().open(tree.getObjectId(0)), path),
					java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	/** A file's text in the folder, or null. */
	String fileText(String path) throws IOException {
		Path file = folder.resolve(path);
		return Files.exists(file) ? Files.readString(file) : null;
	}

	/** The version's files that {@code which} selects and that differ from the folder, with their content. */
	Map<String, byte[]> differingFiles(ObjectId commit, Predicate<String> which, Set<String> seen) throws IOException {
		Map<String, byte[]> writes = new java.util.TreeMap<>();
		Repository repository = repository();
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
				Path file = PlaybookPaths.confine(folder, path);
				if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
						|| !java.util.Arrays.equals(content, Files.readAllBytes(file))) {
					writes.put(path, content);
				}
			}
		}
		return writes;
	}

	/** Throws when the version's tree carries anything {@link RepositoryScreen} refuses. */
	void refuseUntrusted(ObjectId commit, String what, String after) throws IOException, VcsException {
		List<Refusal> refused = RepositoryScreen.check(repository(), commit);
		if (!refused.isEmpty()) {
			String author;
			try (RevWalk walk = new RevWalk(repository())) {
				RevCommit c = walk.parseCommit(commit);
				author = c.getAuthorIdent().getName();
			}
			throw new UntrustedContentException(RepositoryScreen.describe(what + " (" + commit.getName().substring(0, 8)
					+ ", by " + author + ")", refused) + "\n" + after, refused);
		}
	}

	/** Release names by the commit they point at. */
	Map<ObjectId, List<String>> releases() throws GitAPIException, IOException {
		Map<ObjectId, List<String>> map = new java.util.HashMap<>();
		for (Ref tag : git.tagList().call()) {
			Ref peeled = repository().getRefDatabase().peel(tag);
			ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : tag.getObjectId();
			map.computeIfAbsent(target, k -> new ArrayList<>()).add(Repository.shortenRefName(tag.getName()));
		}
		return map;
	}

	/** A commit as a {@link Version}: its message without the trailers, the entry ids and curation steps they list. */
	static Version version(RevCommit commit, Map<ObjectId, List<String>> releases) {
		String message = commit.getFullMessage();
		List<String> entities = new ArrayList<>();
		List<CurationStep> curation = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String line : message.split("\n")) {
			CurationStep step = CurationTrailers.parse(line);
			if (step != null) {
				curation.add(step);
			} else if (line.startsWith(CHANGED_TRAILER + ":")) {
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
				Instant.ofEpochSecond(commit.getCommitTime()), entities, releases.getOrDefault(commit, List.of()),
				List.copyOf(curation));
	}

	/** JGit's form of an author, stamped now. */
	static PersonIdent ident(Author author) {
		return new PersonIdent(author.name(), author.email());
	}
}
