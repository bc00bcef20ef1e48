package parley.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import parley.core.sample.SyntheticPlaybook;
import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;

/** Playbooks for tests: copies of the starter, generated playbooks, and snapshots of folder contents. */
final class Fixtures {
	private Fixtures() {
	}

	static OpenPlaybook starter(Path dir) throws StoreException {
		StarterPlaybook.copyTo(dir);
		return new XmiPlaybookStore().open(dir);
	}

	static OpenPlaybook generated(Path dir, int entities) throws StoreException {
		return new XmiPlaybookStore().create(dir, SyntheticPlaybook.generate(entities, 42));
	}

	/** Every versioned file (not .parley/) of a playbook folder with its content. */
	static Map<String, String> snapshot(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				String relative = dir.relativize(file).toString();
				if (Files.isRegularFile(file) && !relative.startsWith(".parley") && !relative.startsWith(".git/")) {
					files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
				}
			}
		}
		return files;
	}

	static int count(OpenPlaybook open) {
		var p = open.playbook();
		return p.getTechniques().size() + p.getPhrases().size() + p.getScenarios().size() + p.getSources().size()
				+ p.getTags().size() + p.getAudiences().size();
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (Files.isSymbolicLink(dir) || !Files.exists(dir)) {
			Files.deleteIfExists(dir);
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
				Files.delete(p);
			}
		}
	}

	static void copyRecursively(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
	}
}
