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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
 * is listed as the folder. Signed jars are listed as unsigned copies ({@link #unsigned}).
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
		Path jars = unsignedFolder(file);
		for (int i = 0; i < lines.size(); i++) {
			lines.set(i, unsigned(Path.of(lines.get(i)), jars).toString());
		}
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
		Files.write(temp, lines, StandardCharsets.UTF_8);
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return true;
	}

	/**
	 * Where the unsigned copies of the class path {@code file} go: a folder beside it, named after it up to its
	 * first dot ({@code KEY.classpath.123.tmp} and {@code KEY.classpath} share {@code KEY.jars}).
	 */
	static Path unsignedFolder(Path file) {
		String name = file.getFileName().toString();
		int dot = name.indexOf('.');
		return file.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".jars");
	}

	/**
	 * {@code jar} itself, or for a signed jar a copy without its signature files in {@code folder}. On a plain
	 * class path the JDK checks a signed jar's signatures when it first loads a class from it (about 0.3 s for
	 * the Eclipse jars a command touches) and leaves its classes out of the AOT cache; the framework does not
	 * check them, so the copy changes nothing else.
	 */
	static Path unsigned(Path jar, Path folder) throws IOException {
		if (!Files.isRegularFile(jar) || !isSigned(jar)) {
			return jar;
		}
		Files.createDirectories(folder);
		Path copy = folder.resolve(jar.getFileName().toString());
		Path temp = Files.createTempFile(folder, copy.getFileName().toString(), ".part");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (isSignatureFile(entry.getName())) {
					continue;
				}
				ZipEntry copied = new ZipEntry(entry.getName());
				if (entry.getLastModifiedTime() != null) {
					copied.setLastModifiedTime(entry.getLastModifiedTime());
				}
				out.putNextEntry(copied);
				in.transferTo(out);
				out.closeEntry();
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return copy;
	}

	private static boolean isSigned(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(e -> isSignatureFile(e.getName()));
		}
	}

	/** META-INF/*.SF, *.RSA, *.DSA, *.EC: what makes a jar signed. */
	private static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(java.util.Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
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
