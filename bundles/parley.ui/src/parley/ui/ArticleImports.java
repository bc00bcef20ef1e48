package parley.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import parley.core.edit.EditingSession;
import parley.core.inbox.InboxStore;
import parley.core.store.StoreException;
import parley.importer.Article;
import parley.importer.ArticleException;
import parley.importer.ArticleImport;
import parley.importer.ArticleReaders;
import parley.model.playbook.Inbox;

/**
 * File > Import > Article: the document is read in a background job (no model there); back on the UI thread the
 * source's details are asked for when the document lacks some, then {@link ArticleImport} adds the source as one
 * undoable command and files the candidates, and the inbox file is written at once (it is local state, not part
 * of the playbook's save: a candidate whose source was not saved is withdrawn, {@code CandidateState.WITHDRAWN}).
 * The same workflow as {@code parley import article}.
 */
public final class ArticleImports {

	private ArticleImports() {
	}

	/** The labels of the source's details, in {@link Article.Metadata}'s order. */
	public static final String[] FIELDS = { "Title", "Author", "Publisher", "Published (date)", "Address (URL)" };

	private static final String TITLE = "Import article";
	private static final AtomicInteger PENDING = new AtomicInteger();

	/** Whether no import is reading or waiting to finish on the UI thread (tests wait for this). */
	public static boolean isIdle() {
		return PENDING.get() == 0;
	}

	/**
	 * Imports {@code file} into the editing session's playbook and inbox; {@code done} gets the result on the UI
	 * thread (not called when the import fails or is cancelled: the user is told why, and nothing changed).
	 *
	 * @return the job reading the document
	 */
	public static Job importArticle(Path file, EditingSession editing, Prompts prompts, Display display,
			Consumer<ArticleImport.Result> done) {
		Path input = file.toAbsolutePath().normalize();
		PENDING.incrementAndGet();
		Job job = new Job("Reading " + input.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Reading " + input, IProgressMonitor.UNKNOWN);
				Runnable followUp;
				try {
					Article article = ArticleReaders.read(input, input.toString());
					followUp = () -> file(article, editing, prompts, done);
				} catch (ArticleException | RuntimeException e) {
					followUp = () -> prompts.error(TITLE, "Nothing was imported: " + e.getMessage());
				} finally {
					monitor.done();
				}
				if (display.isDisposed()) {
					PENDING.decrementAndGet();
				} else {
					Runnable then = followUp;
					display.asyncExec(() -> {
						try {
							then.run();
						} finally {
							PENDING.decrementAndGet();
						}
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** On the UI thread: asks what the document lacks, imports, writes the inbox. */
	static void file(Article article, EditingSession editing, Prompts prompts, Consumer<ArticleImport.Result> done) {
		Article.Metadata given = Article.Metadata.NONE;
		Article.Metadata own = article.metadata();
		if (blank(own.title()) || blank(own.author()) || blank(own.published())) {
			String[] answer = prompts.ask(TITLE, "Who wrote " + Path.of(article.file()).getFileName()
					+ ", and where was it published? The document does not say it all; what you give is kept on its"
					+ " source, which each accepted entry cites.", FIELDS, new String[] { orEmpty(own.title()),
							orEmpty(own.author()), orEmpty(own.publisher()), orEmpty(own.published()), orEmpty(own.url()) });
			if (answer == null) {
				prompts.inform(TITLE, "Nothing was imported.");
				return;
			}
			given = new Article.Metadata(value(answer, 0), value(answer, 1), value(answer, 2), value(answer, 3),
					value(answer, 4));
		}
		Path folder = editing.playbook().folder();
		Inbox inbox;
		try {
			inbox = InboxStore.load(folder);
		} catch (StoreException e) {
			prompts.error(TITLE, "Nothing was imported: " + e.getMessage());
			return;
		}
		ArticleImport.Result result = new ArticleImport(editing, Clock.systemUTC()).run(article, given, inbox);
		try {
			InboxStore.record(folder, result.candidates());
		} catch (StoreException e) {
			prompts.error(TITLE, "The source is in the playbook (Edit > Undo takes it out), but its candidates could"
					+ " not be filed: " + e.getMessage());
			return;
		}
		done.accept(result);
	}

	private static String value(String[] answer, int i) {
		return i < answer.length && !blank(answer[i]) ? answer[i].strip() : null;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s;
	}
}
