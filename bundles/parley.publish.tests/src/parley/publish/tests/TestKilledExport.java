package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.publish.PublishResult;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/**
 * An export killed in the middle of writing (SIGKILL: no shutdown hook, no clean-up) leaves its part file;
 * the next export to the same file removes it and writes a complete PDF (issue 11, item 6).
 */
class TestKilledExport {

	@TempDir
	Path tmp;

	@Test
	void theNextExportRemovesWhatAKilledExportLeft() throws Exception {
		Path folder = tmp.resolve("starter");
		Playbooks.starterCopy(folder);
		Path out = tmp.resolve("out/manual.pdf");
		Files.createDirectories(out.getParent());
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classPath(), ExportUntilKilled.class.getName(), folder.toString(), out.toString())
				.redirectErrorStream(true).start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null && !line.startsWith("Writing page 3")) {
				lines.add(line);
			}
			assertTrue(line != null, "the child reached the pages: " + lines);
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		} finally {
			child.destroyForcibly();
		}
		List<Path> left = TestPdfPublisher.filesIn(out.getParent());
		assertEquals(1, left.size(), "the killed export left its part file: " + left);
		assertTrue(left.get(0).getFileName().toString().startsWith(".manual.pdf."), left.toString());
		assertFalse(Files.exists(out));

		Playbook playbook = new XmiPlaybookStore().open(folder).playbook();
		PublishResult result = new PdfPublisher().publish(playbook, TestSafeWriting.manual(), out, new NullProgressMonitor());
		assertEquals(List.of(out), TestPdfPublisher.filesIn(out.getParent()), "no leftover remains");
		TestSafeWriting.assertComplete(out, result);
	}

	/**
	 * A plain class path (no OSGi) of this bundle and every bundle it is wired to, directly or not: what the
	 * publisher needs outside the framework (the fonts are then read as class path resources).
	 */
	private static String classPath() throws Exception {
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>();
		todo.add(FrameworkUtil.getBundle(TestKilledExport.class));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.poll();
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (!bundles.add(bundle) || wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				todo.add(wire.getProvider().getBundle());
			}
			for (BundleWire fragment : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
				todo.add(fragment.getRequirer().getBundle());
			}
		}
		List<String> entries = new ArrayList<>();
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
		return String.join(File.pathSeparator, entries);
	}
}
