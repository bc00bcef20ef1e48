package parley.ui.parts;

import java.nio.file.Path;
import java.util.concurrent.Executor;

import org.eclipse.swt.widgets.Display;

import parley.core.edit.BackgroundRead;
import parley.core.edit.EditingSession;
import parley.search.SearchException;
import parley.search.check.ReplyChecker;

/**
 * The {@link ReplyChecker} of the editing session's playbook, for the Reply check and Practice parts: built on a
 * worker in a {@link BackgroundRead} (the session's read section; a build that overlapped a command is made again)
 * when a session is set, and again {@value #DELAY_MS} ms after the playbook last changed (listening to the session,
 * as the Problems part does), so a burst of edits builds it once. {@code built} runs on the UI thread after each
 * build. All methods run on the UI thread.
 */
final class CheckerBuilder {

	static final int DELAY_MS = 400;

	private final Display display;
	private final Executor worker;
	private final Runnable built;
	private final EditingSession.Listener listener = s -> schedule();
	private final Runnable rebuild = this::buildNow;
	private EditingSession editing;
	private volatile ReplyChecker checker;
	private volatile String problem;
	private boolean building;
	private boolean disposed;

	CheckerBuilder(Display display, Executor worker, Runnable built) {
		this.display = display;
		this.worker = worker;
		this.built = built;
	}

	/** Follows another session (or none): the checker is built again from its playbook. */
	void setSession(EditingSession session) {
		if (editing != null) {
			editing.removeListener(listener);
		}
		editing = session;
		checker = null;
		if (session != null) {
			session.addListener(listener);
			buildNow();
		} else {
			building = false;
		}
	}

	private void schedule() {
		if (!disposed && !display.isDisposed()) {
			building = true;
			display.timerExec(DELAY_MS, rebuild);
		}
	}

	private void buildNow() {
		if (disposed || editing == null) {
			building = false;
			return;
		}
		EditingSession session = editing;
		Path folder = session.playbook().folder();
		building = true;
		BackgroundRead.run(session, worker, display::asyncExec, playbook -> {
			try {
				return ReplyChecker.of(playbook, folder);
			} catch (SearchException e) {
				problem = e.getMessage();
				return null;
			}
		}, made -> {
			if (disposed || editing != session) {
				return;
			}
			building = false;
			if (made != null) {
				problem = null;
				checker = made;
			}
			built.run();
		}, stale -> {
			if (!disposed && editing == session) {
				schedule();
			}
		});
	}

	/** The checker, or null before the first build. */
	ReplyChecker checker() {
		return checker;
	}

	/** Why the last build failed (the synonym list could not be read), or null. */
	String problem() {
		return problem;
	}

	EditingSession session() {
		return editing;
	}

	/** Whether a build is scheduled or under way. */
	boolean isBuilding() {
		return building;
	}

	void dispose() {
		disposed = true;
		if (editing != null) {
			editing.removeListener(listener);
		}
		if (!display.isDisposed()) {
			display.timerExec(-1, rebuild);
		}
	}
}
