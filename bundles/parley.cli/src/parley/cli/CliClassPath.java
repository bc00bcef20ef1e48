package parley.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Writes the plain class path {@link Main} runs on, worked out once by the OSGi framework that resolved the
 * product: every bundle {@code parley.cli} is wired to, directly or not, plus the logging providers that are
 * found through {@code ServiceLoader} rather than wired (slf4j's, log4j's), each as the path of its jar, one a
 * line, {@code parley.cli} first. The launcher asks for it with {@code -Dparley.cli.classPath=FILE} on the first
 * run after the product or the Java changed ({@code CliApplication}). A bundle that is a folder rather than a jar
 * is listed as the folder.
 */
final class CliClassPath {

	/** Bundles found through ServiceLoader on a plain class path, which no wire leads to. */
	private static final List<String> PROVIDERS = List.of("slf4j.nop", "org.apache.logging.log4j.to.slf4j");

	private CliClassPath() {
	}

	/** Writes the class path to {@code file} (atomically); false when not running in OSGi. */
	static boolean write(Path file) throws IOException {
		Bundle self = FrameworkUtil.getBundle(CliClassPath.class);
		if (self == null || self.getBundleContext() == null) {
			return false;
		}
		BundleContext context = self.getBundleContext();
		Deque<Bundle> todo = new ArrayDeque<>();
		todo.add(self);
		for (Bundle bundle : context.getBundles()) {
			if (PROVIDERS.contains(bundle.getSymbolicName())) {
				todo.add(bundle);
			}
		}
		Set<Bundle> closure = new LinkedHashSet<>();
		while (!todo.isEmpty()) {
			Bundle bundle = todo.poll();
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (!closure.add(bundle) || wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) { // packages, bundles, hosts of fragments
				todo.add(wire.getProvider().getBundle());
			}
			for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) { // its fragments
				todo.add(wire.getRequirer().getBundle());
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add(location(self).orElseThrow(() -> new IOException("parley.cli has no file")));
		Set<String> seen = new java.util.HashSet<>(lines);
		for (Bundle bundle : closure) {
			location(bundle).filter(seen::add).ifPresent(lines::add);
		}
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
		Files.write(temp, lines, StandardCharsets.UTF_8);
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return true;
	}

	/** The jar (or folder) a bundle was installed from; the system bundle's is the framework's jar. */
	private static Optional<String> location(Bundle bundle) {
		File file = bundle.getBundleId() == 0 ? frameworkJar() : bundle.adapt(File.class);
		if (file == null) {
			String location = bundle.getLocation();
			int at = location.indexOf("file:");
			file = at < 0 ? null : new File(location.substring(at + "file:".length()));
		}
		return file != null && file.exists() ? Optional.of(file.getAbsolutePath()) : Optional.empty();
	}

	private static File frameworkJar() {
		var source = Bundle.class.getProtectionDomain().getCodeSource();
		try {
			return source == null ? null : new File(source.getLocation().toURI());
		} catch (java.net.URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}
}
