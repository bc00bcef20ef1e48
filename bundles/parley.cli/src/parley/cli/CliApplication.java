package parley.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code parley.cli.app}: runs one {@code parley} command without a display and
 * returns its exit code (0 success, 1 failure or validation errors, 2 usage error).
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		Path cwd = Path.of(System.getProperty("parley.cwd", System.getProperty("user.dir")));
		int code = new ParleyCli(out, err, System.getenv(), cwd).run(args == null ? new String[0] : args);
		out.flush();
		err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
