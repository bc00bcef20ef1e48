package parley.ui.handlers;

import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.core.store.OpenPlaybook;
import parley.publish.WhatChanged;
import parley.publish.pdf.PdfPublisher;
import parley.ui.dialogs.ExportDialog;
import parley.vcs.EntityChange;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import parley.vcs.Version;

/** File > Export PDF (Ctrl+E): the export dialog over the open playbook, as it is in the editor. */
public final class ExportHandler {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu").withZone(ZoneId.systemDefault());

	@CanExecute
	boolean canExecute(@Optional PlaybookSession session) {
		return session != null && session.current() != null;
	}

	@Execute
	void execute(PlaybookSession session, @Optional EditingSession editing,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		OpenPlaybook open = session.current();
		String versionName = "unversioned draft";
		List<ExportDialog.Since> versions = new ArrayList<>();
		if (Files.isDirectory(open.folder().resolve(".git"))) {
			try (PlaybookRepository repo = PlaybookRepository.open(open.folder())) {
				versionName = repo.versionName();
				for (Version version : repo.history()) {
					String first = version.message().lines().findFirst().orElse("");
					String name = version.releases().isEmpty() ? version.shortId() : String.join(", ", version.releases());
					versions.add(new ExportDialog.Since(name + " \u2014 " + first + " (" + DAY.format(version.time()) + ")",
							version.releases().isEmpty() ? version.id() : version.releases().get(0)));
					if (versions.size() == 50) {
						break;
					}
				}
			} catch (VcsException e) {
				MessageDialog.openWarning(shell, "Versions unavailable", e.getMessage()
						+ "\n\nThe export can still be made, without a \u201Cwhat changed\u201D section.");
			}
		}
		if (editing != null && editing.isDirty() && !versionName.endsWith("unsaved changes")) {
			versionName += " with unsaved changes";
		}
		ExportDialog dialog = new ExportDialog(shell, open.playbook(), open.folder(), new PdfPublisher(), versionName, versions,
				revision -> whatChanged(open, revision));
		dialog.open();
	}

	/** The "what changed" section: the semantic diff from {@code revision} to the folder as saved now. */
	static WhatChanged whatChanged(OpenPlaybook open, String revision) {
		try (PlaybookRepository repo = PlaybookRepository.open(open.folder())) {
			List<WhatChanged.Change> changes = new ArrayList<>();
			for (EntityChange change : repo.diff(revision, null)) {
				changes.add(new WhatChanged.Change(WhatChanged.Kind.valueOf(change.kind().name()), change.id(),
						change.type(), change.title(), change.fields() == null ? List.of()
								: change.fields().stream().map(EntityChange.FieldChange::label).toList()));
			}
			String since = revision.length() == 40 ? revision.substring(0, 8) : revision;
			return new WhatChanged(since, changes);
		} catch (VcsException e) {
			throw new IllegalStateException("Could not compare with " + revision + ": " + e.getMessage(), e);
		}
	}
}
