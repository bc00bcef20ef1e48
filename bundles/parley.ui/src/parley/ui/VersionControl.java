package parley.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;

import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSession;
import parley.core.store.StoreException;
import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.Version;
import parley.vcs.VcsException;
import parley.vcs.workflow.Authors;
import parley.vcs.workflow.SyncPlaybook;

/**
 * The workbench's side of versioning (in the application context): runs work on the playbook's
 * {@link PlaybookRepository} in background {@link Job}s (one at a time), decides who the author is, holds
 * the version (and entry) chosen in the History part for the version handlers, and tells listeners when
 * the versions changed. The versioning itself is {@code parley.vcs}'s.
 */
public final class VersionControl {

	/** The job family of versioning jobs (tests and shutdown wait for it). */
	public static final Object FAMILY = VersionControl.class;
	/** Preference node and keys of the author (written by the Preferences dialog). */
	public static final String PREFERENCES = "parley.ui";
	public static final String AUTHOR_NAME = "author.name";
	public static final String AUTHOR_EMAIL = "author.email";
	/** The remote a new shared playbook's address is saved as. */
	public static final String DEFAULT_REMOTE = SyncPlaybook.DEFAULT_REMOTE;

	/** Versioning jobs run one after the other: they share the playbook's repository and files. */
	private static final ISchedulingRule RULE = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	/** Told (on any thread) when versions were added, or the playbook was restored or synced. */
	public interface Listener {
		void versionsChanged();
	}

	/** Work on the repository, run in a job. */
	@FunctionalInterface
	public interface Work<T> {
		T run(PlaybookRepository repository, IProgressMonitor monitor) throws VcsException;
	}

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	/** jobs scheduled whose follow-up on the UI thread has not run yet (see {@link #isIdle()}) */
	private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();
	private volatile Version version;
	private volatile String entryId;
	private volatile String entryTitle;
	private volatile String lastRemote;

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Tells the listeners that the versions (or the playbook's files) changed. */
	public void versionsChanged() {
		for (Listener listener : listeners) {
			listener.versionsChanged();
		}
	}

	/** Chooses the version (and the entry, may be null) the version handlers act on. */
	public void select(Version version, String entryId, String entryTitle) {
		this.version = version;
		this.entryId = entryId;
		this.entryTitle = entryTitle;
	}

	/** The version chosen in the History part, or null. */
	public Version version() {
		return version;
	}

	/** The entry chosen in the History part (in the diff, or followed from the navigator), or null. */
	public String entryId() {
		return entryId;
	}

	public String entryTitle() {
		return entryTitle;
	}

	/** The remote last synced with (for the conflicts dialog), or the default. */
	public String lastRemote() {
		return lastRemote == null ? DEFAULT_REMOTE : lastRemote;
	}

	public void rememberRemote(String remote) {
		lastRemote = remote;
	}

	/**
	 * Who makes versions ({@link Authors}' rule): {@code $PARLEY_AUTHOR} ("Name &lt;email&gt;", as in the command
	 * line), else the author set in the preferences ({@value #PREFERENCES}: {@value #AUTHOR_NAME},
	 * {@value #AUTHOR_EMAIL}), else git's configuration or the login name.
	 *
	 * @throws VcsException when {@code $PARLEY_AUTHOR} is set but not written "Name &lt;email&gt;"
	 */
	public static Author author(PlaybookRepository repository) throws VcsException {
		return Authors.resolve(null, preferredAuthor(), repository);
	}

	/**
	 * Names the person editing ({@link EditingSession#setEditor}) after the author of versions, so that curation
	 * steps and the four-eyes rule know who acts: {@code $PARLEY_AUTHOR} or the preferences at once, else git's
	 * configuration (or the login name), read from the repository in a job. When none is found the editor stays
	 * unknown and the first curation step asks for a name.
	 */
	public void identify(EditingSession editing, Display display) {
		Author known = knownAuthor();
		if (known != null) {
			editing.setEditor(known.format());
			return;
		}
		run("Finding your name", editing.playbook().folder(), display, (repo, monitor) -> author(repo), author -> {
			if (editing.editor() == null && author != null) {
				editing.setEditor(author.format());
			}
		}, problem -> {
			// unknown: the first curation step asks
		});
	}

	/** The author given by {@code $PARLEY_AUTHOR} or the preferences, without reading a repository; or null. */
	static Author knownAuthor() {
		String environment = System.getenv(Authors.ENVIRONMENT);
		if (environment != null && !environment.isBlank()) {
			return Author.parse(environment).orElse(null);
		}
		return preferredAuthor();
	}

	/** The author set in the preferences, or null. */
	static Author preferredAuthor() {
		try {
			var node = InstanceScope.INSTANCE.getNode(PREFERENCES);
			return Authors.preferred(node.get(AUTHOR_NAME, ""), node.get(AUTHOR_EMAIL, ""));
		} catch (RuntimeException noInstanceArea) {
			return null; // no preferences here (e.g. no instance location): fall back to git's configuration
		}
	}

	/**
	 * Runs {@code work} on the repository of {@code folder} in a job with that name (shown in the status bar),
	 * then {@code done} with its result, or {@code failed} with the problem, on the UI thread.
	 *
	 * @return the scheduled job
	 */
	public <T> Job run(String name, Path folder, Display display, Work<T> work, Consumer<T> done,
			Consumer<String> failed) {
		pending.incrementAndGet();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(name, IProgressMonitor.UNKNOWN);
				T result;
				try (PlaybookRepository repository = PlaybookRepository.open(folder)) {
					result = work.run(repository, monitor);
				} catch (VcsException | RuntimeException e) {
					String message = e instanceof VcsException vcs ? VersionHints.message(vcs)
							: e.getMessage() == null ? e.toString() : e.getMessage();
					finish(display, () -> failed.accept(message));
					return Status.OK_STATUS; // reported to the user by 'failed'
				} finally {
					monitor.done();
				}
				finish(display, () -> done.accept(result));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(RULE);
		job.schedule();
		return job;
	}

	/** Runs a job's follow-up on the UI thread; the job counts as done once it has run. */
	private void finish(Display display, Runnable followUp) {
		if (display.isDisposed()) {
			pending.decrementAndGet();
			return;
		}
		display.asyncExec(() -> {
			try {
				followUp.run();
			} finally {
				pending.decrementAndGet();
			}
		});
	}

	/**
	 * Whether every versioning job scheduled so far has finished and its follow-up on the UI thread has run (a
	 * follow-up that schedules another job keeps it busy). Tests wait for this instead of pausing.
	 */
	public boolean isIdle() {
		return pending.get() == 0;
	}

	/**
	 * Reads the playbook again after versioning changed its files (restore, sync, merge): closes the entry
	 * editors (their entries belong to the model being replaced) and reopens the folder in the session, whose
	 * listeners (the life cycle) start a new editing session. Unsaved changes must have been saved or discarded
	 * before.
	 *
	 * @return the scheduled job
	 */
	public Job reload(PlaybookSession session, EntryOpener opener, Path folder, Display display) {
		if (opener != null) {
			opener.closeAll();
		}
		pending.incrementAndGet();
		Job job = new Job("Reloading the playbook") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					session.open(folder);
					versionsChanged();
					return Status.OK_STATUS;
				} catch (StoreException e) {
					return Status.error("Could not read the playbook again: " + e.getMessage(), e);
				} finally {
					// after what the listeners posted to the UI thread (a new editing session, a refreshed history)
					finish(display, () -> {
					});
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(RULE);
		job.schedule();
		return job;
	}
}
