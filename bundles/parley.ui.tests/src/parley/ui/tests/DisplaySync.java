package parley.ui.tests;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;

/** The workbench's UISynchronize for tests without a workbench: runs on the display's thread. */
final class DisplaySync extends UISynchronize {

	private final Display display;

	DisplaySync(Display display) {
		this.display = display;
	}

	@Override
	public void syncExec(Runnable runnable) {
		display.syncExec(runnable);
	}

	@Override
	public void asyncExec(Runnable runnable) {
		display.asyncExec(runnable);
	}

	@Override
	public boolean isUIThread(Thread thread) {
		return display.getThread() == thread;
	}

	@Override
	protected void showBusyWhile(Runnable runnable) {
		runnable.run();
	}

	@Override
	protected boolean dispatchEvents() {
		return display.readAndDispatch();
	}
}
