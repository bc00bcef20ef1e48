package parley.core.store;

import java.nio.file.Path;

/** The folder does not hold a playbook (no {@code playbook.xmi}). */
public final class NotAPlaybookException extends StoreException {
	private static final long serialVersionUID = 1L;
	private final transient Path folder;

	public NotAPlaybookException(Path folder) {
		super(folder + " is not a Parley playbook (it has no " + PlaybookLayout.ROOT_FILE
				+ "). Create one with 'parley init " + folder + "' or point --playbook at an existing playbook folder.");
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}
}
