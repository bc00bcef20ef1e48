package parley.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.core.edit.EditingSession;
import parley.ui.JobProgress;

/**
 * The status bar (a tool control in the window's bottom trim): saved or not, what undo would undo, and the
 * background jobs that are running (name, current task and a progress bar; any scheduled non-system
 * {@link org.eclipse.core.runtime.jobs.Job} appears, see {@link JobProgress}).
 */
public final class StatusLine {

	/** Progress reports are shown at most this often. */
	static final int REFRESH_MS = 100;

	private Label label;
	private Label jobLabel;
	private ProgressBar bar;
	private ProgressBar busy;
	private EditingSession editing;
	private final EditingSession.Listener listener = s -> update();
	private final JobProgress progress = JobProgress.get();
	private volatile boolean refreshPending;
	private final Runnable jobListener = this::jobsChanged;

	@PostConstruct
	void createControls(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 2).applyTo(box);
		// the state takes the room left; the running job's name shows only while there is one (they never overlap)
		label = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).minSize(120, SWT.DEFAULT).applyTo(label);
		jobLabel = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(jobLabel);
		bar = new ProgressBar(box, SWT.SMOOTH | SWT.HORIZONTAL);
		bar.setMaximum(100);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(120, 12).applyTo(bar);
		busy = new ProgressBar(box, SWT.INDETERMINATE | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(120, 12).applyTo(busy);
		update();
		progress.addListener(jobListener);
		showJobs();
	}

	/** Called on any thread; the status bar refreshes on the UI thread, at most every {@value #REFRESH_MS} ms. */
	private void jobsChanged() {
		if (refreshPending || label == null) {
			return;
		}
		refreshPending = true;
		Display display = label.getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!display.isDisposed()) {
				display.timerExec(REFRESH_MS, () -> {
					refreshPending = false;
					showJobs();
				});
			}
		});
	}

	private void showJobs() {
		if (jobLabel == null || jobLabel.isDisposed()) {
			return;
		}
		java.util.List<JobProgress.Task> tasks = progress.tasks();
		String text = "";
		int percent = -1;
		if (!tasks.isEmpty()) {
			JobProgress.Task first = tasks.get(0);
			percent = first.percent();
			text = first.name() + (percent >= 0 ? " " + percent + "%" : "")
					+ (tasks.size() > 1 ? "  (+" + (tasks.size() - 1) + " more)" : "");
		}
		jobLabel.setText(text);
		jobLabel.setToolTipText(tasks.stream().map(JobProgress.Task::name).reduce((a, b) -> a + "\n" + b).orElse(null));
		jobLabel.setVisible(!text.isEmpty());
		((org.eclipse.swt.layout.GridData) jobLabel.getLayoutData()).exclude = text.isEmpty();
		show(bar, !tasks.isEmpty() && percent >= 0);
		show(busy, !tasks.isEmpty() && percent < 0);
		if (percent >= 0) {
			bar.setSelection(percent);
		}
		jobLabel.requestLayout(); // up to the trim bar: the status bar grows with the job's name instead of cutting it
	}

	private static void show(ProgressBar control, boolean visible) {
		control.setVisible(visible);
		((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
	}

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		if (this.editing != null) {
			this.editing.removeListener(listener);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(listener);
		}
		update();
	}

	private void update() {
		if (label == null || label.isDisposed()) {
			return;
		}
		String text = text(editing);
		label.setText(text);
		String full = editing == null || editing.undoLabel() == null ? null : "Undo: " + editing.undoLabel();
		label.setToolTipText(full != null && !text.endsWith(editing.undoLabel()) ? full : null);
		label.requestLayout();
	}

	static String text(EditingSession editing) {
		if (editing == null) {
			return "Loading the playbook…";
		}
		String state = editing.isDirty() ? "Unsaved changes (Ctrl+S saves)" : "All changes saved";
		return editing.undoLabel() == null ? state : state + "   ·   Undo: " + shortened(editing.undoLabel());
	}

	/** The status bar's room: a command's name longer than this is cut at a word ("…"); its tooltip has it whole. */
	static final int UNDO_CHARS = 60;

	static String shortened(String text) {
		if (text.length() <= UNDO_CHARS) {
			return text;
		}
		int cut = text.lastIndexOf(' ', UNDO_CHARS - 1);
		return text.substring(0, cut > UNDO_CHARS / 2 ? cut : UNDO_CHARS - 1).stripTrailing() + "\u2026";
	}

	/** The status text's tooltip: the whole command name when the text shows it cut; else null. */
	public String toolTip() {
		return label.getToolTipText();
	}

	public String text() {
		return label.getText();
	}

	/** What the status bar says about running jobs (empty when none runs). */
	/** Whether the running job's text has all the room it needs (it is not cut off); for tests. */
	public boolean jobShownWhole() {
		return !jobLabel.getVisible() || jobLabel.getSize().x >= jobLabel.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
	}

	public String jobText() {
		return jobLabel.getText();
	}

	/** The progress shown, in percent; -1 when no bar is shown or the job did not say how much work it has. */
	public int jobPercent() {
		return bar.getVisible() ? bar.getSelection() : -1;
	}

	@PreDestroy
	void dispose() {
		progress.removeListener(jobListener);
		if (editing != null) {
			editing.removeListener(listener);
		}
	}
}
