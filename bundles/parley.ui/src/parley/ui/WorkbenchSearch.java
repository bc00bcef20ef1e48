package parley.ui;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;

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
 * brings up to date) the playbook's search index ({@link SearchServices}) in a background {@link Job}, so the window never waits;
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

	private final IEclipseContext context;
	private final UISynchronize sync;
	/** Bumped by every start and stop: a job that finishes for an older generation closes what it opened. */
	private int generation;
	private EditingSession editing;
	private LiveSearchService service;
	private LiveUpdates updater;
	private int edits;
	private final EditingSession.Listener listener = this::changed;

	public WorkbenchSearch(IEclipseContext context, UISynchronize sync) {
		this.context = context;
		this.sync = sync;
	}

	/** Closes any previous search and starts indexing the editing session's playbook in the background. */
	public void start(EditingSession session) {
		stop();
		int started = generation;
		editing = session;
		edits = 0;
		session.addListener(listener);
		OpenPlaybook open = session.playbook();
		String title = open.playbook().getTitle();
		new SearchJob("Indexing '" + title + "' for search") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Opening the search index of " + open.folder(), IProgressMonitor.UNKNOWN);
				// What the service tells (building N entries, rebuilding a damaged index) is the job's progress too.
				java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
				java.util.function.Consumer<String> notices = message -> {
					if (running.get()) {
						monitor.subTask(message);
					}
					notice(message);
				};
				LiveSearchService opened = null;
				SearchException failure = null;
				// The model may be edited meanwhile (on the UI thread); a read that trips over an edit is retried.
				for (int attempt = 0; attempt < 3 && opened == null && failure == null; attempt++) {
					try {
						opened = SearchServices.open(open, notices);
					} catch (SearchException e) {
						failure = e;
					} catch (RuntimeException concurrentEdit) {
						monitor.subTask("The playbook changed while indexing; indexing again");
					}
				}
				running.set(false);
				monitor.done();
				if (opened == null) {
					String message = failure != null ? failure.getMessage() : "the playbook kept changing while it was indexed";
					notice("Search is not available: " + message);
					return Status.error("Could not open the search index: " + message, failure);
				}
				LiveSearchService ready = opened;
				sync.asyncExec(() -> ready(started, ready));
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	/** On the UI thread: follows edits from now on and publishes the service, unless a newer start or a stop came. */
	private void ready(int started, LiveSearchService opened) {
		if (started != generation) {
			opened.close();
			return;
		}
		service = opened;
		updater = opened.follow(editing);
		if (edits > 0) {
			// Edits made while the index was being built may be missing from it: index every entry as it is now.
			opened.update(new PlaybookQueries(editing.playbook().playbook()).entries(), List.of());
		}
		context.set(SearchService.class, opened);
	}

	/** After a save (or an undo back to the saved state) the index matches the files: commit it as such. */
	private void changed(EditingSession session) {
		edits++;
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
		java.nio.file.Path folder = editing.playbook().folder();
		new SearchJob("Rebuilding the search index") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Indexing every entry of " + folder, IProgressMonitor.UNKNOWN);
				try {
					current.reindex();
					notice("Search index rebuilt: " + current.indexedEntries() + " entries.");
				} catch (SearchException | RuntimeException e) {
					notice("Could not rebuild the search index: " + e.getMessage());
				} finally {
					monitor.done();
				}
				sync.asyncExec(done);
				return Status.OK_STATUS;
			}
		}.schedule();
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
}
