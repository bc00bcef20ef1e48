package parley.core.store;

import java.nio.file.Path;

import parley.model.playbook.Playbook;

/** Opens and creates playbook folders. The one implementation is {@link XmiPlaybookStore}. */
public interface PlaybookStore {

	/**
	 * Loads the playbook in {@code folder}, first completing or discarding a save that was interrupted.
	 *
	 * @throws NotAPlaybookException      if the folder has no playbook
	 * @throws MalformedPlaybookException if a file cannot be parsed (names file, line and problem)
	 * @throws StoreException             if the folder cannot be read
	 */
	OpenPlaybook open(Path folder) throws StoreException;

	/**
	 * Writes {@code playbook} (not yet in any resource) as a new playbook folder.
	 *
	 * @throws StoreException if the folder already holds a playbook or cannot be written
	 */
	OpenPlaybook create(Path folder, Playbook playbook) throws StoreException;

	/** Whether {@code folder} holds a playbook. */
	static boolean isPlaybook(Path folder) {
		return java.nio.file.Files.isRegularFile(folder.resolve(PlaybookLayout.ROOT_FILE));
	}
}
