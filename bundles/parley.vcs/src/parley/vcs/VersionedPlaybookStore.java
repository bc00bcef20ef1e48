package parley.vcs;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Constants;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookStore;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;

/**
 * The workbench's store: a playbook folder it opens or creates is made a git repository first (branch
 * main, no version yet), unless it already lies inside another repository's work tree. So the editing
 * session's local state (journal, recovery file, index) is kept in {@code .git/parley/} from the start and
 * never moves while the playbook is open (see {@link parley.core.store.LocalState}).
 */
public final class VersionedPlaybookStore implements PlaybookStore {

	private final XmiPlaybookStore store = new XmiPlaybookStore();

	@Override
	public OpenPlaybook open(Path folder) throws StoreException {
		if (PlaybookStore.isPlaybook(folder)) {
			ensureRepository(folder);
		}
		return store.open(folder);
	}

	@Override
	public OpenPlaybook create(Path folder, Playbook playbook) throws StoreException {
		OpenPlaybook open = store.create(folder, playbook);
		ensureRepository(folder);
		return open;
	}

	/** Makes {@code folder} a repository unless it is one or lies inside another repository's work tree. */
	public static void ensureRepository(Path folder) throws StoreException {
		Path dir = folder.toAbsolutePath().normalize();
		for (Path p = dir; p != null; p = p.getParent()) {
			if (Files.exists(p.resolve(Constants.DOT_GIT), LinkOption.NOFOLLOW_LINKS)) {
				if (p.equals(dir)) {
					try (PlaybookRepository repository = PlaybookRepository.open(dir)) {
						// configured by open (hooks off, attributes neutralised)
					} catch (VcsException e) {
						throw new StoreException(e.getMessage(), e);
					}
				}
				return;
			}
		}
		try (PlaybookRepository repository = PlaybookRepository.open(dir)) {
			// created (branch main) and configured by open
		} catch (VcsException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}
}
