package parley.publish.workflow;

import java.nio.file.Path;

import parley.publish.PublishException;

/**
 * A "what changed" section was asked for, but the playbook has no saved versions to compare with. Each front
 * end says how its user saves one.
 */
public final class NoVersionsException extends PublishException {

	private static final long serialVersionUID = 1L;

	private final transient Path folder;

	public NoVersionsException(Path folder) {
		super((folder == null ? "This playbook" : folder.toString())
				+ " has no saved versions, so there is nothing to compare with.");
		this.folder = folder;
	}

	/** The playbook folder without versions, or null for a playbook without a folder. */
	public Path folder() {
		return folder;
	}
}
