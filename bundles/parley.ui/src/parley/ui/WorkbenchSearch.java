package parley.ui;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;

import parley.core.edit.BackgroundRead;
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookQueries;
import parley.core.store.OpenPlaybook;
import parley.search.LiveSearchService;
import parley.search.LiveUpdates;
import parley.search.SearchException;
import parley.search.SearchService;
import parley.search.SearchServices;

/**
 * The workbench's search service over the open playbook. {@link #start(EditingSession)} opens (builds or
 * brings up to date) the playbook's search index ({@link SearchServices}) in a background {@link Job} that reads the
 * model as a {@link BackgroundRead}, so the window never waits;
 * when it is ready its {@link LiveUpdates} keep it in step with every command (one batch each, on the UI
 * thread; the index never fails an edit, and catches up if another process held it) and the {@link SearchService}
 * joins the application context (parts inject it with {@code @Optional}). After a save the index is
 * committed as matching the saved files. Another playbook, or the end of the application, closes both.
 * <p>
 * Messages a user may care about (an index rebuilt, a temporary index, a failure) go into the context under
 * {@link #NOTICE}. All methods are called on the UI thread, where the model is edited.
 */
public final class WorkbenchSearch {

	/** Context key of the latest search notice (a sentence), for the search part to show. */
	public static final String NOTICE = "parley.ui.search.notice";

	/** The family of every search job (indexing, committing, rebuilding), for {@code IJobManager.join}. */
	public static final Object FAMILY = WorkbenchSearch.class;

	/** How often a read of the model that trips over a command is made again before giving up. */
	private static final int ATTEMPTS = 3;
	private static final String KEPT_CHANGING = "the playbook kept changing while it was indexed";

	private final IEclipseContext context;
	private final UISynchronize sync;
	/** Bumped by every start and stop: a job that finishes for an older generation closes what it opened. */
	private int generation;
	private EditingSession editing;
	private LiveSearchService service;
	private LiveUpdates updater;
	private final EditingSession.Listener listener = this::changed;

	public WorkbenchSearch(IEclipseContext context, UISynchronize sync) {
		this.context = context;
		this.sync = sync;
	}

	/** Closes any previous search and starts indexing the editing session's playbook in the background. */
	public void start(EditingSession session) {
		stop();
		editing = session;
		session.addListener(listener);
		open(generation, session, 1);
	}

	/**
	 * Opens the playbook's index in a job with progress, as a {@link BackgroundRead} of the model (its threading
	 * rule): the index is built from a model no command changes meanwhile, or brought up to date with it after.
	 */
	private void open(int started, EditingSession session, int attempt) {
		OpenPlaybook open = session.playbook();
		ReadJob job = new ReadJob("Indexing '" + open.playbook().getTitle() + "' for search",
				"Opening the search index of " + open.folder());
		BackgroundRead.run(session, job, sync::asyncExec, playbook -> {
			try {
				return new Opened(SearchServices.open(open, job::notice), null);
			} catch (SearchException e) {
				notice("Search is not available: " + e.getMessage());
				job.failed("Could not open the search index: " + e.getMessage(), e);
				return new Opened(null, e);
			} catch (RuntimeException concurrentEdit) {
				if (attempt < ATTEMPTS) {
					job.notice("The playbook changed while indexing; indexing again");
				} else {
					job.failed("Could not open the search index: " + KEPT_CHANGING, null);
				}
				throw concurrentEdit; // the read is stale: read again
			}
		}, opened -> ready(started, opened, false), opened -> {
			if (opened != null) {
				ready(started, opened, true); // built while commands ran: brought up to date below
			} else if (started == generation && attempt < ATTEMPTS) {
				open(started, session, attempt + 1);
			} else if (started == generation) {
				notice("Search is not available: " + KEPT_CHANGING);
			}
		});
	}

	/**
	 * On the UI thread: follows edits from now on and publishes the service, unless a newer start or a stop came
	 * (then the index is closed). An index built while commands ran may miss their edits: every entry is indexed
	 * again as it is now.
	 */
	private void ready(int started, Opened opened, boolean stale) {
		if (opened.service() == null) {
			return; // could not open: said so already
		}
		if (started != generation) {
			opened.service().close();
			return;
		}
		service = opened.service();
		updater = service.follow(editing);
		if (stale) {
			service.update(new PlaybookQueries(editing.playbook().playbook()).entries(), List.of());
		}
		context.set(SearchService.class, service);
	}

	/** After a save (or an undo back to the saved state) the index matches the files: commit it as such. */
	private void changed(EditingSession session) {
		LiveSearchService current = service;
		if (updater != null) {
			updater.flush(); // this command's edits are in the index before it is committed below
		}
		if (current != null && !session.isDirty()) {
			new SearchJob("Saving the search index") {
				@Override
				protected IStatus run(IProgressMonitor monitor) {
					try {
						current.playbookSaved();
					} catch (SearchException | RuntimeException e) {
						notice(e.getMessage());
					}
					return Status.OK_STATUS;
				}
			}.schedule();
		}
	}

	/** Rebuilds the index from the playbook in a background job; {@code done} runs on the UI thread after. */
	public void rebuild(Runnable done) {
		LiveSearchService current = service;
		if (current == null || editing == null) {
			return;
		}
		rebuild(generation, editing, current, done, 1);
	}

	/**
	 * Rebuilds the index as a {@link BackgroundRead} in a job with progress. A rebuild a command overlapped is
	 * brought up to date on the UI thread (every entry indexed as it is now); one that tripped over a command is
	 * made again.
	 */
	private void rebuild(int started, EditingSession session, LiveSearchService current, Runnable done, int attempt) {
		ReadJob job = new ReadJob("Rebuilding the search index", "Indexing every entry of " + session.playbook().folder());
		BackgroundRead.run(session, job, sync::asyncExec, playbook -> {
			try {
				current.reindex();
				return "Search index rebuilt: " + current.indexedEntries() + " entries.";
			} catch (SearchException e) {
				return "Could not rebuild the search index: " + e.getMessage();
			}
		}, message -> {
			notice(message);
			done.run();
		}, message -> {
			if (started != generation) {
				done.run(); // stopped meanwhile: the index is closed
			} else if (message != null) {
				current.update(new PlaybookQueries(session.playbook().playbook()).entries(), List.of());
				notice(message);
				done.run();
			} else if (attempt < ATTEMPTS) {
				rebuild(started, session, current, done, attempt + 1);
			} else {
				notice("Could not rebuild the search index: " + KEPT_CHANGING);
				done.run();
			}
		});
	}

	/** The search service in use, or null while indexing or when none is open. */
	public SearchService service() {
		return service;
	}

	/** Removes the search service from the context, stops following edits and closes the index. */
	public void stop() {
		generation++;
		context.remove(SearchService.class);
		if (editing != null) {
			editing.removeListener(listener);
			editing = null;
		}
		if (updater != null) {
			updater.close();
			updater = null;
		}
		if (service != null) {
			service.close();
			service = null;
		}
	}

	private void notice(String message) {
		sync.asyncExec(() -> context.set(NOTICE, message));
	}

	/** A search job: named for the progress display, in {@link #FAMILY}. */
	private abstract static class SearchJob extends Job {
		SearchJob(String name) {
			super(name);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}

	/** What opening the index gave: the service, or the failure (said already). */
	private record Opened(LiveSearchService service, SearchException failure) {
	}

	/**
	 * A search job that is the worker of a {@link BackgroundRead}: the read runs in the job, with its progress;
	 * what the service tells while it runs (building N entries, rebuilding a damaged index) is progress too.
	 */
	private final class ReadJob extends SearchJob implements java.util.concurrent.Executor {
		private final String task;
		private volatile Runnable read;
		private volatile IProgressMonitor monitor;
		private volatile IStatus status = Status.OK_STATUS;

		ReadJob(String name, String task) {
			super(name);
			this.task = task;
		}

		@Override
		public void execute(Runnable command) {
			read = command;
			schedule();
		}

		@Override
		protected IStatus run(IProgressMonitor progress) {
			progress.beginTask(task, IProgressMonitor.UNKNOWN);
			monitor = progress;
			try {
				read.run();
			} finally {
				monitor = null;
				progress.done();
			}
			return status;
		}

		/** Shows a message of the service as the job's progress (while it runs) and as the search notice. */
		void notice(String message) {
			IProgressMonitor progress = monitor;
			if (progress != null) {
				progress.subTask(message);
			}
			WorkbenchSearch.this.notice(message);
		}

		void failed(String message, Throwable cause) {
			status = Status.error(message, cause);
		}
	}
}
