package parley.core.service;

import java.nio.file.Path;

import parley.core.store.NotAPlaybookException;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookStore;
import parley.core.store.StoreException;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;

/** Creates a playbook folder: a copy of the starter content, or an empty playbook with the synonym list. */
public final class NewPlaybook {

	private NewPlaybook() {
	}

	/**
	 * @param title the title, or null for the starter's title (an empty playbook is then named after its
	 *              folder)
	 * @throws StoreException when the folder already holds a playbook or cannot be written
	 */
	public static OpenPlaybook create(PlaybookStore store, Path folder, boolean empty, String title)
			throws StoreException {
		if (PlaybookStore.isPlaybook(folder)) {
			throw new StoreException(folder + " already holds a playbook; choose another folder.");
		}
		if (!NotAPlaybookException.entryFolders(folder).isEmpty()) {
			// A playbook whose playbook.xmi is missing: a new one would take over (or collide with) its entries.
			throw new NotAPlaybookException(folder);
		}
		String name = title == null || title.isBlank() ? null : title.strip();
		if (empty) {
			Playbook playbook = PlaybookFactory.eINSTANCE.createPlaybook();
			playbook.setTitle(name != null ? name : folder.getFileName().toString());
			OpenPlaybook open = store.create(folder, playbook);
			StarterPlaybook.copySynonymsTo(folder);
			return open;
		}
		StarterPlaybook.copyTo(folder);
		OpenPlaybook open = store.open(folder);
		if (name != null) {
			open.playbook().setTitle(name);
			open.save();
		}
		return open;
	}
}
