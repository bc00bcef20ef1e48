package parley.publish;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import parley.model.playbook.Playbook;

/**
 * Publishes a playbook as a document. Implementations never leave a partial file: the output appears
 * complete or not at all, and an existing file at the same path stays as it was when the export fails or is
 * cancelled. They refuse output inside a playbook folder ({@link OutputGuard}).
 */
public interface Publisher {

	/**
	 * Writes the selected part of {@code playbook} to {@code out}.
	 *
	 * @param monitor progress and cancellation; cancelling throws
	 *                {@link org.eclipse.core.runtime.OperationCanceledException}
	 * @throws PublishException when the selection is empty or the file cannot be written; an
	 *                          {@link OutputRefusedException} when {@code out} lies inside a playbook folder
	 */
	PublishResult publish(Playbook playbook, PublishOptions options, Path out, IProgressMonitor monitor)
			throws PublishException;
}
