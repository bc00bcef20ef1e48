package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/**
 * Kills a saving process (SIGKILL, no shutdown hooks) at arbitrary moments and checks that the playbook
 * always loads, with every file from one and the same save: never a mix of two saves, never a torn file.
 */
class TestAtomicSaveUnderKill {

	@TempDir
	Path tmp;

	@Test
	void killedSavesLeaveOneConsistentVersion() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.synthetic(dir, 6000, 42);
		Random random = new Random(7);
		int lastSeen = 0;
		for (int round = 0; round < 6; round++) {
			Process child = new ProcessBuilder(javaBinary(), "-cp", classPath(), SaveLoop.class.getName(), dir.toString())
					.redirectErrorStream(true).start();
			int saved = 0;
			try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
				String line;
				while ((line = out.readLine()) != null) {
					assertTrue(line.startsWith("saved "), "child failed: " + line);
					saved = Integer.parseInt(line.substring(6));
					if (saved >= 2) {
						break;
					}
				}
				Thread.sleep(random.nextInt(120)); // land somewhere inside a later save
				child.destroyForcibly();
				assertTrue(child.waitFor(30, TimeUnit.SECONDS));
			}
			assertTrue(saved >= 2, "the child saved before being killed");

			OpenPlaybook open = new XmiPlaybookStore().open(dir);
			Set<String> generations = new HashSet<>();
			for (Technique t : open.playbook().getTechniques()) {
				generations.add(t.getSummary());
			}
			for (Phrase p : open.playbook().getPhrases()) {
				generations.add(p.getUsage());
			}
			assertEquals(1, generations.size(), "all files come from one save: " + generations);
			int generation = Integer.parseInt(generations.iterator().next().substring("generation ".length()));
			assertTrue(generation >= saved, "a save reported as done is never lost (" + generation + " < " + saved + ")");
			lastSeen = generation;
		}
		assertTrue(lastSeen > 0);
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** A plain class path (no OSGi) made of the bundles the child needs. */
	private static String classPath() throws Exception {
		List<String> entries = new ArrayList<>();
		for (String id : List.of("parley.core", "parley.core.tests", "parley.model", "org.eclipse.emf.common",
				"org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi")) {
			Bundle bundle = Platform.getBundle(id);
			File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
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
