package parley.vcs;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.api.errors.GitAPIException;

import parley.core.store.LocalState;

/**
 * A git failure carried out of a {@link LocalState#locked} section, which may throw only {@link IOException}; the
 * caller catches it and reports {@link #getCause()}, the {@link GitAPIException}.
 */
final class GitFailure extends IOException {
	private static final long serialVersionUID = 1L;

	/** Git work that must not overlap with a save of the playbook. */
	interface GitWork<T> {
		T run() throws GitAPIException, IOException;
	}

	GitFailure(GitAPIException cause) {
		super(cause);
	}

	@Override
	public synchronized GitAPIException getCause() {
		return (GitAPIException) super.getCause();
	}

	/** Runs {@code work} holding the playbook's save lock ({@link LocalState#locked}). */
	static <T> T locked(Path folder, GitWork<T> work) throws IOException {
		return LocalState.locked(folder, () -> {
			try {
				return work.run();
			} catch (GitAPIException e) {
				throw new GitFailure(e);
			}
		});
	}
}
