package parley.ui;

import java.lang.management.ManagementFactory;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Start-up markers for the benchmark ({@code releng/scripts/bench-startup.sh}): with the system property
 * {@code parley.trace.startup=true}, prints "parley-startup: EVENT after N ms" to stderr, counting from the
 * JVM's start: when the main window is first painted, and when the playbook is loaded.
 */
public final class StartupTrace {

	private static final boolean ENABLED = Boolean.getBoolean("parley.trace.startup");
	private static boolean painted;

	private StartupTrace() {
	}

	public static void mark(String event) {
		if (ENABLED) {
			long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.err.println("parley-startup: " + event + " after " + ms + " ms");
		}
	}

	/** Marks the first paint of any widget of the main window (a display filter sees every paint). */
	static void windowPainted(MApplication application, UISynchronize sync) {
		if (!ENABLED) {
			return;
		}
		sync.asyncExec(() -> {
			Display display = Display.getCurrent();
			Listener[] filter = new Listener[1];
			filter[0] = event -> {
				if (!painted && event.widget instanceof Control control && !control.isDisposed()
						&& isMainWindow(application, control.getShell())) {
					painted = true;
					mark("window painted");
					display.asyncExec(() -> display.removeFilter(SWT.Paint, filter[0]));
				}
			};
			display.addFilter(SWT.Paint, filter[0]);
		});
	}

	private static boolean isMainWindow(MApplication application, Shell shell) {
		for (MWindow window : application.getChildren()) {
			if (window.getWidget() == shell) {
				return true;
			}
		}
		return false;
	}
}
