package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * OSGi integration: the {@code parley.cli.app} application is found in the extension registry, created
 * the way Equinox creates it, and run with command-line arguments, without a display.
 */
class TestCliApplication {

	@TempDir
	Path tmp;

	@Test
	void applicationIsRegisteredAndRunsCommandsHeadless() throws Exception {
		IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
				"parley.cli.app");
		assertNotNull(extension, "parley.cli.app is registered");
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		IApplication application = (IApplication) run.createExecutableExtension("class");

		Path pb = tmp.resolve("pb");
		assertEquals(0, start(application, "init", pb.toString()).exitCode());
		Result stats = start(application, "stats", "--playbook", pb.toString());
		assertEquals(0, stats.exitCode());
		assertTrue(stats.out().contains("techniques"), stats.out());
		assertEquals(2, start(application, "no-such-command").exitCode());
	}

	private record Result(int exitCode, String out) {
	}

	private static Result start(IApplication application, String... args) throws Exception {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			Object code = application.start(new Context(args));
			return new Result((Integer) code, buffer.toString(StandardCharsets.UTF_8));
		} finally {
			System.setOut(original);
		}
	}

	/** The part of IApplicationContext the application uses: its arguments. */
	private record Context(String[] args) implements IApplicationContext {
		@Override
		public Map<?, ?> getArguments() {
			return Map.of(IApplicationContext.APPLICATION_ARGS, args);
		}

		@Override
		public void applicationRunning() {
		}

		@Override
		public String getBrandingApplication() {
			return "parley.cli.app";
		}

		@Override
		public String getBrandingName() {
			return "Parley";
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return null;
		}

		@Override
		public String getBrandingProperty(String key) {
			return null;
		}

		@Override
		public Bundle getBrandingBundle() {
			return null;
		}

		@Override
		public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
		}
	}
}
