package parley.testsupport;

import java.nio.file.Path;

import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.SyncResult;
import parley.vcs.VcsException;

/**
 * The starter playbook shared through a local bare remote, as a team starts one: an empty bare repository
 * {@code shared.git} (branch main), the starter copied to {@code origin}, saved as the version "Starter content"
 * and synced to the remote (its first sync pushes it). Teammates then {@link #cloneAs clone} it beside them.
 *
 * @param remote the bare repository ({@code DIR/shared.git})
 * @param origin the playbook the starter was first shared from ({@code DIR/origin}; its remote is {@code origin})
 * @param firstSync what the first sync of {@code origin} did (pushed, when the remote was empty)
 */
public record SharedPlaybook(Path remote, Path origin, SyncResult firstSync) {

	/** Shares the starter playbook in {@code dir}, the version and the first sync made by {@code author}. */
	public static SharedPlaybook starter(Path dir, Author author) throws Exception {
		Path remote = dir.resolve("shared.git");
		Git.git(dir, "init", "-q", "--bare", "-b", "main", remote.toString());
		Path origin = Playbooks.starterCopy(dir.resolve("origin"));
		try (PlaybookRepository repo = PlaybookRepository.open(origin)) {
			repo.commit("Starter content", author);
		}
		Git.git(origin, "remote", "add", "origin", remote.toString());
		try (PlaybookRepository repo = PlaybookRepository.open(origin)) {
			return new SharedPlaybook(remote, origin, repo.sync("origin", author));
		}
	}

	/** Saves the playbook in {@code folder} as a version by {@code who} and syncs it with {@code origin}. */
	public static SyncResult commitAndSync(Path folder, String message, Author who) throws VcsException {
		try (PlaybookRepository repo = PlaybookRepository.open(folder)) {
			repo.commit(message, who);
			return repo.sync("origin", who);
		}
	}

	/** Clones the shared playbook into {@code name}, beside the remote; returns the clone's folder. */
	public Path cloneAs(String name) throws VcsException {
		Path dir = remote.resolveSibling(name);
		PlaybookRepository.cloneFrom(remote.toString(), dir).close();
		return dir;
	}
}
