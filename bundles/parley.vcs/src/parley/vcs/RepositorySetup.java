package parley.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import parley.core.store.AtomicFiles;
import parley.core.store.LocalState;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;

/**
 * Opening, creating and cloning a playbook's repository, and the set-up that makes it deterministic and safe
 * whatever the user's git configuration or the repository's content: see {@link #configure}.
 */
final class RepositorySetup {

	/** Where hooks are looked up: an empty folder inside {@code .git}, which no repository can populate. */
	static final String NO_HOOKS = LocalState.GIT_DIR + "/no-hooks";
	/** Attributes that outrank any {@code .gitattributes} a repository carries (see docs/SECURITY.md). */
	static final String INFO_ATTRIBUTES = "# Written by Parley: no filter, encoding or end-of-line rule from a repository's\n"
			+ "# .gitattributes runs or changes bytes in this playbook folder.\n"
			+ "* -filter -ident -working-tree-encoding -text\n";

	private RepositorySetup() {
	}

	/** Whether the playbook folder has a repository ({@code .git}) already. */
	static boolean exists(Path folder) {
		return Files.isDirectory(folder.toAbsolutePath().normalize().resolve(Constants.DOT_GIT));
	}

	/** Opens the repository of a playbook folder, creating it (branch main) if there is none yet. */
	static GitPlaybook open(Path folder) throws VcsException {
		Path dir = folder.toAbsolutePath().normalize();
		try {
			Git git;
			if (exists(dir)) {
				Repository repository = new FileRepositoryBuilder().setGitDir(dir.resolve(Constants.DOT_GIT).toFile())
						.setWorkTree(dir.toFile()).readEnvironment().build();
				git = new Git(repository, true);
			} else {
				git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
				adoptPlainState(dir);
			}
			configure(git.getRepository());
			return new GitPlaybook(dir, git);
		} catch (IOException | GitAPIException e) {
			throw new VcsException("Could not open or create the git repository in " + dir + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Clones a shared playbook repository into a new folder, checks out nothing until {@link RepositoryScreen}
	 * has accepted the version, and checks that what arrived is a playbook that loads. A failed clone leaves
	 * nothing behind.
	 */
	static GitPlaybook cloneFrom(String url, Path folder) throws VcsException {
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
			String message = "Could not clone " + Addresses.redact(url) + ": " + Addresses.scrub(e.getMessage(), url)
					+ ". Check the address and your access to it; nothing was written.";
			if (RemoteUnreachableException.isUnreachable(e)) {
				throw new RemoteUnreachableException(message, e);
			}
			throw new VcsException(message, e);
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
			git.reset().setMode(ResetCommand.ResetType.HARD).setRef(head.getName()).call();
		} catch (IOException | GitAPIException | VcsException e) {
			git.close();
			removeClone(dir, existed);
			if (e instanceof VcsException vcs) {
				throw vcs;
			}
			throw new VcsException("Could not set up the clone of " + Addresses.redact(url) + " in " + dir + ": "
					+ e.getMessage() + "; nothing was kept.", e);
		}
		GitPlaybook repository = new GitPlaybook(dir, git);
		try {
			new XmiPlaybookStore().open(dir);
		} catch (StoreException e) {
			git.close();
			throw new VcsException("Cloned " + Addresses.redact(url) + " into " + dir + ", but it is not a usable playbook: "
					+ e.getMessage(), e);
		}
		return repository;
	}

	/**
	 * Sets the repository up so that neither Parley nor plain git in the folder runs anything a repository
	 * carries or changes bytes on the way: hooks only from an empty folder inside {@code .git}, no filters
	 * or conversions from {@code .gitattributes}, symbolic links checked out as plain files, objects checked
	 * on fetch, nothing signed. The configuration file is written only when something differs.
	 */
	static void configure(Repository repository) throws IOException {
		Path gitDir = repository.getDirectory().toPath();
		Path hooks = gitDir.resolve("parley").resolve("no-hooks");
		Files.createDirectories(hooks);
		try (Stream<Path> present = Files.list(hooks)) {
			for (Path hook : (Iterable<Path>) present::iterator) {
				if (!Files.isDirectory(hook, LinkOption.NOFOLLOW_LINKS)) {
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
		if (!Files.isDirectory(plain, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Path state = LocalState.ensure(dir);
		for (String name : List.of(LocalState.JOURNAL, LocalState.RECOVERY, LocalState.INBOX, LocalState.INDEX)) {
			Path from = plain.resolve(name);
			if (Files.exists(from, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(from)
					&& !Files.exists(state.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
				Files.move(from, state.resolve(name));
			}
		}
	}

	/** Removes what a failed clone created: the folder when it did not exist, else its contents. */
	private static void removeClone(Path dir, boolean existed) {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
}
