package parley.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * What the background {@link Job}s of the application are doing, for the status bar. Installed once as the
 * job manager's {@link ProgressProvider}, so any part or handler that schedules a (non-system) Job appears
 * with its name and progress without knowing about the status bar. Listeners are called on the thread that
 * reported the progress; they marshal to the UI thread themselves.
 */
public final class JobProgress extends ProgressProvider {

	/**
	 * A running job as the status bar shows it.
	 *
	 * @param name    the job's name, with its current task or subtask when it reported one
	 * @param total   total units of work, or {@link IProgressMonitor#UNKNOWN}
	 * @param worked  units done so far
	 */
	public record Task(Job job, String name, int total, double worked) {

		/** Percent done, or -1 when the job did not say how much work it has. */
		public int percent() {
			return total <= 0 ? -1 : (int) Math.min(100, Math.round(worked * 100 / total));
		}
	}

	private static JobProgress installed;

	private final Map<Job, State> states = new LinkedHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private JobProgress() {
	}

	/** The application's instance, set up as the job manager's progress provider on first use. */
	public static synchronized JobProgress get() {
		if (installed == null) {
			installed = new JobProgress();
			Job.getJobManager().setProgressProvider(installed);
			Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void running(IJobChangeEvent event) {
					installed.started(event.getJob());
				}

				@Override
				public void done(IJobChangeEvent event) {
					installed.finished(event.getJob());
				}
			});
		}
		return installed;
	}

	/** Called (on any thread) whenever a job starts, reports progress or ends. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** The running user-visible jobs, oldest first. */
	public List<Task> tasks() {
		List<Task> tasks = new ArrayList<>();
		synchronized (states) {
			for (Map.Entry<Job, State> e : states.entrySet()) {
				State s = e.getValue();
				if (s.running) {
					tasks.add(new Task(e.getKey(), s.label(e.getKey()), s.total, s.worked));
				}
			}
		}
		return tasks;
	}

	@Override
	public IProgressMonitor createMonitor(Job job) {
		if (job.isSystem()) {
			return null;
		}
		state(job);
		return new Monitor(job);
	}

	private State state(Job job) {
		synchronized (states) {
			return states.computeIfAbsent(job, j -> new State());
		}
	}

	private void started(Job job) {
		if (job.isSystem()) {
			return;
		}
		state(job).running = true;
		fire();
	}

	private void finished(Job job) {
		boolean was;
		synchronized (states) {
			was = states.remove(job) != null;
		}
		if (was) {
			fire();
		}
	}

	private void fire() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	private static final class State {
		volatile boolean running;
		volatile String task;
		volatile String subTask;
		volatile int total = IProgressMonitor.UNKNOWN;
		volatile double worked;

		String label(Job job) {
			String detail = subTask != null && !subTask.isBlank() ? subTask : task;
			return detail == null || detail.isBlank() || detail.equals(job.getName()) ? job.getName()
					: job.getName() + ": " + detail;
		}
	}

	/**
	 * Records what the job reports and tells the listeners. The state is looked up on each report, so a
	 * monitor that outlives one run of its job (rescheduled jobs) reports into the current run.
	 */
	private final class Monitor implements IProgressMonitor {
		private final Job job;
		private volatile boolean canceled;

		Monitor(Job job) {
			this.job = job;
		}

		private State state() {
			synchronized (states) {
				State state = states.get(job);
				return state != null ? state : new State(); // after the job ended: reports go nowhere
			}
		}

		@Override
		public void beginTask(String name, int totalWork) {
			State state = state();
			state.task = name;
			state.total = totalWork;
			state.worked = 0;
			changed(state);
		}

		@Override
		public void done() {
			finished(job);
		}

		@Override
		public void internalWorked(double work) {
			State state = state();
			state.worked += work;
			changed(state);
		}

		@Override
		public boolean isCanceled() {
			return canceled;
		}

		@Override
		public void setCanceled(boolean value) {
			canceled = value;
		}

		@Override
		public void setTaskName(String name) {
			State state = state();
			state.task = name;
			changed(state);
		}

		@Override
		public void subTask(String name) {
			State state = state();
			state.subTask = name;
			changed(state);
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		private void changed(State state) {
			if (state.running) {
				fire();
			}
		}
	}
}
