package parley.publish.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import parley.publish.OutputGuard;
import parley.publish.OutputRefusedException;
import parley.publish.PublishException;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Publisher;
import parley.publish.Publishers;
import parley.publish.WhatChanged;

/**
 * Exports a playbook as a PDF, the same way from the command line and the workbench: check the output path,
 * name the version, compute "what changed since" from the semantic diff, publish. Front ends gather an
 * {@link ExportRequest}, call {@link #run}, and show the {@link ExportResult} or the exception's message
 * (adding their own hints: an {@link NoVersionsException} or an
 * {@link parley.publish.EmptySelectionException} is for them to word).
 *
 * <p>The run does not change the model; callers keep it from changing while it is read (the workbench's
 * dialog is modal, the command line has no other writer).
 */
public final class ExportWorkflow {

	/** What the "what changed" choice offers at the most. */
	public static final int MAX_VERSIONS = 50;

	private static final String UNSAVED = " with unsaved changes";

	private final Publisher publisher;
	private final VersionSource versions;

	/** The PDF publisher with the versions of the playbook folder's git repository. */
	public ExportWorkflow() {
		this(Publishers.pdf(), new GitVersions());
	}

	public ExportWorkflow(Publisher publisher, VersionSource versions) {
		this.publisher = Objects.requireNonNull(publisher, "publisher");
		this.versions = Objects.requireNonNull(versions, "versions");
	}

	/**
	 * Checks an output path before anything is read or written: outside every playbook folder
	 * ({@link OutputGuard}), in a folder that exists and can be written, not a folder itself.
	 *
	 * @param folder the folder of the playbook being exported, or null
	 * @return the path to write: absolute and normalised
	 * @throws OutputRefusedException when the path lies inside a playbook folder
	 * @throws PublishException       when it cannot be written
	 */
	public static Path checkOutput(Path folder, Path out) throws PublishException {
		Path target = OutputGuard.check(folder, out);
		OutputGuard.checkWritable(target);
		return target;
	}

	/**
	 * The version name to print: {@code name} (or "unversioned draft"), with "with unsaved changes" added
	 * when the playbook in memory has edits its folder does not and the name does not say so yet.
	 */
	public static String versionName(String name, boolean unsavedChanges) {
		String base = name == null || name.isBlank() ? "unversioned draft" : name.strip();
		return unsavedChanges && !base.endsWith(UNSAVED) ? base + UNSAVED : base;
	}

	/** What to call the playbook folder's current state on a cover (before unsaved edits in memory). */
	public String currentVersionName(Path folder) throws PublishException {
		return versions.currentName(folder);
	}

	/** The versions "what changed since" may count from, newest first, at most {@link #MAX_VERSIONS}. */
	public List<VersionChoice> versions(Path folder) throws PublishException {
		return versions.versions(folder, MAX_VERSIONS);
	}

	/**
	 * Runs the export. The output path is checked first, so a refused path costs nothing; then the version
	 * name and the "what changed" section are worked out and the publisher writes the PDF (complete or not
	 * at all).
	 *
	 * @param monitor progress and cancellation; cancelling throws
	 *                {@link org.eclipse.core.runtime.OperationCanceledException} and leaves no file
	 * @throws OutputRefusedException when the output lies inside a playbook folder
	 * @throws NoVersionsException    when "what changed" is asked for and the playbook has no versions
	 * @throws PublishException       for every other failure, with what to do
	 */
	public ExportResult run(ExportRequest request, IProgressMonitor monitor) throws PublishException {
		Path target = checkOutput(request.folder(), request.out());
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		String name = versionName(
				request.versionName() != null ? request.versionName() : versions.currentName(request.folder()),
				request.unsavedChanges());
		WhatChanged changes = null;
		if (request.since() != null) {
			progress.subTask("Comparing with " + request.since());
			changes = versions.changesSince(request.folder(), request.since());
		}
		progress.worked(5);
		PublishOptions options = new PublishOptions(request.layout(), request.selection(), request.title(), null, name,
				request.date(), changes, request.sheet(), request.strict(), request.cutApart());
		PublishResult result = publisher.publish(request.playbook(), options, target, progress.split(95));
		return new ExportResult(result, request.layout(), options.version(), changes);
	}
}
