package parley.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A {@link FaultChild} process seen from the test: started on a plain class path made of the bundles the
 * command line needs, its report lines collected as they come, killed with SIGKILL
 * ({@link Process#destroyForcibly()}) when the test says so.
 */
final class Child implements AutoCloseable {

	/** How long a child may take to report anything at all (start-up on a busy machine included). */
	static final Duration PATIENCE = Duration.ofSeconds(90);

	private static String classPath;

	private final String name;
	private final Process process;
	private final List<String> lines = new ArrayList<>();
	private final StringBuilder noise = new StringBuilder();
	private final Thread reader;

	private Child(String name, Process process) {
		this.name = name;
		this.process = process;
		this.reader = new Thread(this::read, "fault-child-reader " + name);
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts {@code FaultChild op folder home params...}. */
	static Child start(String op, Path folder, Path home, String... params) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// short operations: the quick compiler only, a small heap and collector (start-up is most of the cost)
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-cp", classPath(), FaultChild.class.getName(), op,
				folder.toString(), home.toString()));
		command.addAll(List.of(params));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		return new Child(op + " " + folder.getFileName(), process);
	}

	private void read() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				synchronized (lines) {
					if (line.startsWith("@ ")) {
						lines.add(line.substring(2));
					} else {
						noise.append(line).append('\n');
					}
					lines.notifyAll();
				}
			}
		} catch (IOException e) {
			// the process went away; what it said is kept
		}
		synchronized (lines) {
			lines.add(null); // end of output
			lines.notifyAll();
		}
	}

	/**
	 * Waits until the child has reported {@code n} lines matching {@code what}; returns the n-th. Fails with
	 * everything the child said when it ends first or the time is up.
	 */
	String await(Predicate<String> what, int n, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (lines) {
			while (true) {
				int seen = 0;
				for (String line : lines) {
					if (line == null) {
						fail(name + " ended before reporting what was awaited:\n" + transcript());
					}
					if (what.test(line) && ++seen == n) {
						return line;
					}
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					fail(name + " did not report in " + timeout.toSeconds() + " s:\n" + transcript());
				}
				try {
					lines.wait(Math.max(1, left / 1_000_000));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted");
				}
			}
		}
	}

	String await(String prefix, int n) {
		return await(l -> l.startsWith(prefix), n, PATIENCE);
	}

	/** SIGKILL, and waits for the process to be gone (and its output read). */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), name + " survived SIGKILL");
		reader.join(TimeUnit.SECONDS.toMillis(30));
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** Waits for the child to finish by itself; fails if it does not within the time given. */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			fail(name + " did not finish in " + timeout.toSeconds() + " s:\n" + transcript());
		}
		reader.join(TimeUnit.SECONDS.toMillis(30));
		return process.exitValue();
	}

	/** The report lines so far (without the end marker). */
	List<String> lines() {
		synchronized (lines) {
			List<String> copy = new ArrayList<>(lines);
			copy.removeIf(l -> l == null);
			return copy;
		}
	}

	/** The report lines starting with {@code prefix}, split into words after it. */
	List<String[]> reports(String prefix) {
		List<String[]> found = new ArrayList<>();
		for (String line : lines()) {
			if (line.startsWith(prefix + " ")) {
				found.add(line.substring(prefix.length() + 1).split(" ", 3));
			}
		}
		return found;
	}

	/** The messages of failed commands (stderr as the user saw it). */
	List<String> failures() {
		List<String> messages = new ArrayList<>();
		for (String[] f : reports("failed")) {
			messages.add(f.length > 2 ? FaultChild.unescape(f[2]) : "");
		}
		return messages;
	}

	String transcript() {
		synchronized (lines) {
			StringBuilder b = new StringBuilder();
			for (String line : lines) {
				if (line != null) {
					b.append("  @ ").append(line).append('\n');
				}
			}
			return b.append(noise).toString();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	/** The bundles the command line needs, as a plain class path (folders of bundles built in this reactor, jars). */
	static synchronized String classPath() throws IOException {
		if (classPath != null) {
			return classPath;
		}
		Set<Bundle> bundles = new LinkedHashSet<>();
		List<Bundle> todo = new ArrayList<>(List.of(Platform.getBundle("parley.cli"), Platform.getBundle("parley.reliability.tests")));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.remove(todo.size() - 1);
			if (bundle == null || bundle.getBundleId() == 0 || !bundles.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					todo.add(wire.getProvider().getBundle());
				}
			}
		}
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : bundles) {
			File location = FileLocator.getBundleFileLocation(bundle).orElse(null);
			if (location == null) {
				continue;
			}
			if (location.isDirectory()) {
				for (String output : List.of("target/classes", "bin")) {
					if (Files.isDirectory(location.toPath().resolve(output))) {
						entries.add(location.toPath().resolve(output).toString());
					}
				}
			}
			entries.add(location.toString());
		}
		// the framework itself (org.osgi.framework.FrameworkUtil answers "no bundle" on a plain class path)
		java.security.CodeSource framework = Bundle.class.getProtectionDomain().getCodeSource();
		if (framework != null && framework.getLocation() != null) {
			entries.add(Path.of(java.net.URI.create(framework.getLocation().toString())).toString());
		}
		classPath = String.join(File.pathSeparator, entries);
		String report = System.getProperty("parley.faults.report", "");
		if (!report.isBlank() && !report.equals("null")) {
			// for running a child by hand: java -cp "$(cat target/child-classpath.txt)" parley.reliability.tests.FaultChild ...
			Path file = Path.of(report).toAbsolutePath().resolveSibling("child-classpath.txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, classPath + "\n");
		}
		return classPath;
	}
}
