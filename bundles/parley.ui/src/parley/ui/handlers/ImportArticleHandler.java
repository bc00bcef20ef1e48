package parley.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.importer.ArticleImport;
import parley.ui.ArticleImports;
import parley.ui.Prompts;
import parley.ui.parts.InboxPart;

/**
 * File > Import > Article…: asks for a document (Markdown, HTML, text, Word), then {@link ArticleImports} reads it
 * in the background, asks for the source details it lacks, adds the source (undoable) and files the candidates;
 * the Inbox part then shows them, with a summary of what was found.
 */
public final class ImportArticleHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession editing) {
		return editing != null;
	}

	/** @return the job reading the document, or null when the user cancelled */
	@Execute
	Job execute(EditingSession editing, @Optional EPartService parts, @Optional Prompts prompts,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Prompts ask = Handlers.prompts(prompts, shell);
		String chosen = ask.choosePath("Import an article (Markdown, HTML, text or Word)", false, false, null);
		if (chosen == null) {
			return null;
		}
		Handlers.commitPendingEdits(part);
		return ArticleImports.importArticle(Path.of(chosen), editing, ask, Handlers.display(shell), result -> {
			InboxPart inbox = parts == null ? null : ShowInboxHandler.activate(parts);
			if (inbox != null) {
				inbox.reload();
			}
			ask.inform("Import article", summary(result));
		});
	}

	static String summary(ArticleImport.Result result) {
		StringBuilder text = new StringBuilder();
		text.append(result.newSource() ? "New source '" : "Existing source '").append(result.source().getTitle())
				.append("' (Edit > Undo takes the import back).\n");
		long techniques = result.candidates().stream()
				.filter(c -> c.getKind() == parley.model.playbook.CandidateKind.TECHNIQUE).count();
		text.append(result.candidates().size()).append(" candidates wait in the inbox: ").append(techniques)
				.append(" techniques, ").append(result.candidates().size() - techniques).append(" phrases.");
		if (result.skipped() > 0) {
			text.append(' ').append(result.skipped()).append(" were in the inbox already.");
		}
		for (String note : result.notes()) {
			text.append("\n").append(note);
		}
		return text.toString();
	}
}
