package parley.ui.parts.binding;

import org.eclipse.swt.widgets.Display;

/**
 * Typed edits wait for a pause before they are written: a binding that is typed into becomes the pending
 * one, and is committed when typing pauses for the delay, when another binding is typed into, or when the
 * form asks ({@link #commit()}: focus left the field, Enter, undo, save).
 */
public final class TypingPause {

	private final Display display;
	private final int delayMs;
	private final Runnable started;
	private final Runnable timer;
	private Binding pending;

	/**
	 * @param started told when an edit starts waiting (the editor marks itself dirty, so closing it asks)
	 * @param elapsed run when the pause has passed (the editor commits)
	 */
	public TypingPause(Display display, int delayMs, Runnable started, Runnable elapsed) {
		this.display = display;
		this.delayMs = delayMs;
		this.started = started;
		this.timer = elapsed;
	}

	/** {@code binding} was typed into: it waits (a different waiting one is committed first). */
	public void typed(Binding binding, Runnable commitOther) {
		if (pending != null && pending != binding) {
			commitOther.run();
		}
		pending = binding;
		started.run();
		display.timerExec(delayMs, timer);
	}

	/** Commits the waiting edit, if any; returns whether one was committed. */
	public boolean commit() {
		Binding b = pending;
		pending = null;
		if (b != null && !b.control().isDisposed()) {
			b.commit();
			return true;
		}
		return false;
	}

	/** Whether an edit waits for the pause. */
	public boolean isWaiting() {
		return pending != null;
	}

	/** Forgets a waiting edit and stops the timer (the editor is closing). */
	public void cancel() {
		if (!display.isDisposed()) {
			display.timerExec(-1, timer);
		}
		pending = null;
	}
}
