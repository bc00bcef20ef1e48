package parley.cli;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code parley.cli.app}: runs one {@code parley} command without a display and
 * returns its exit code (0 success, 1 failure or validation errors, 2 usage error). The {@code parley} launcher
 * runs commands on a plain class path instead ({@link Main}); this application serves {@code parley bench} (its
 * benchmarks are an OSGi service), the first run after an install (which also writes that class path) and
 * {@code PARLEY_OSGI=1}.
 */
public final class CliApplication implements IApplication {

	/** The system property that asks for the plain class path of {@link Main} to be written ({@link CliClassPath}). */
	static final String CLASS_PATH = "parley.cli.classPath";

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		String classPath = System.getProperty(CLASS_PATH);
		if (classPath != null) {
			try {
				CliClassPath.write(Path.of(classPath));
			} catch (java.io.IOException | RuntimeException e) {
				System.err.println("parley: could not list the command line's class path in " + classPath + ": " + e);
			}
		}
		int code = Main.run(args);
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
