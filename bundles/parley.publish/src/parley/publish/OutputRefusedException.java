package parley.publish;

import java.nio.file.Path;

/**
 * An export was refused before anything was written because its output would land inside a playbook
 * folder, where it could overwrite the playbook's own files. The message names the file and the folder and
 * says to choose a file outside the playbook folder.
 */
public final class OutputRefusedException extends PublishException {

	private static final long serialVersionUID = 1L;

	private final transient Path target;
	private final transient Path playbookFolder;

	OutputRefusedException(String message, Path target, Path playbookFolder) {
		super(message);
		this.target = target;
		this.playbookFolder = playbookFolder;
	}

	/** The output path that was refused, as given (absolute, normalised). */
	public Path target() {
		return target;
	}

	/** The playbook folder the output would have landed in. */
	public Path playbookFolder() {
		return playbookFolder;
	}
}
