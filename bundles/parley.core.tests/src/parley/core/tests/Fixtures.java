package parley.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import parley.core.store.OpenPlaybook;

/**
 * Snapshots of folder contents and entity counts for the core tests; the playbooks themselves come from
 * {@link parley.testsupport.Playbooks}.
 */
final class Fixtures {
	private Fixtures() {
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
}
