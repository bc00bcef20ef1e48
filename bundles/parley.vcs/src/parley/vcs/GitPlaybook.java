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
			PlaybookFiles files = new PlaybookFiles() {
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
					try (ObjectReader reader = repository.newObjectReader()) {
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
