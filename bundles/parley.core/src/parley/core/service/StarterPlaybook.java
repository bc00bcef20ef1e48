package parley.core.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import parley.core.store.NotAPlaybookException;
import parley.core.store.PlaybookStore;
import parley.core.store.StoreException;

/**
 * The starter playbook shipped inside {@code parley.core} (folder {@code starter/}, listed in
 * {@code starter/files.txt}). Users always get a copy; the shipped files are never opened for writing.
 */
public final class StarterPlaybook {

	private static final String BASE = "/starter/";

	private StarterPlaybook() {
	}

	/** The files of the starter playbook, relative to its folder. */
	public static List<String> files() throws IOException {
		try (InputStream in = open("files.txt")) {
			List<String> files = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					files.add(line.strip());
				}
			}
			return files;
		}
	}

	/** The text of one file of the starter playbook (UTF-8). */
	public static String read(String file) throws IOException {
		try (InputStream in = open(file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Writes a copy of the starter playbook into {@code folder}, which must not hold a playbook yet. */
	public static void copyTo(Path folder) throws StoreException {
		if (PlaybookStore.isPlaybook(folder)) {
			throw new StoreException(folder + " already holds a playbook; choose an empty folder.");
		}
		Path staging = null;
		try {
			Files.createDirectories(folder.toAbsolutePath().getParent());
			// Copy into a sibling staging folder, then move it into place, so a half-copied starter is never seen.
			staging = Files.createTempDirectory(folder.toAbsolutePath().getParent(), ".parley-starter-");
			for (String file : files()) {
				Path target = staging.resolve(file);
				Files.createDirectories(target.getParent());
				try (InputStream in = open(file)) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Files.writeString(staging.resolve(".gitignore"), ".parley/\n");
			if (Files.isDirectory(folder)) {
				List<String> taken = new ArrayList<>();
				try (var entries = Files.list(staging)) {
					for (Path entry : (Iterable<Path>) entries::iterator) {
						if (Files.exists(folder.resolve(entry.getFileName().toString()), LinkOption.NOFOLLOW_LINKS)) {
							taken.add(entry.getFileName().toString());
						}
					}
				}
				if (!taken.isEmpty()) { // checked before anything moves, so a refused copy leaves the folder as it was
					Collections.sort(taken);
					if (!NotAPlaybookException.entryFolders(folder).isEmpty()) {
						throw new NotAPlaybookException(folder); // a playbook that lost its playbook.xmi
					}
					throw new StoreException(folder + " already has " + String.join(", ", taken) + "; choose an empty folder.");
				}
				try (var entries = Files.list(staging)) {
					for (Path entry : (Iterable<Path>) entries::iterator) {
						Files.move(entry, folder.resolve(entry.getFileName().toString()));
					}
				}
				Files.delete(staging);
			} else {
				Files.move(staging, folder);
			}
			staging = null;
		} catch (IOException e) {
			throw new StoreException("Could not copy the starter playbook to " + folder + ": " + e.getMessage()
					+ ". Choose a folder you can write to.", e);
		} finally {
			if (staging != null) {
				deleteQuietly(staging);
			}
		}
	}

	/** The file of the starter's search synonyms, also given to new empty playbooks. */
	public static final String SYNONYMS = "synonyms.txt";

	/** Writes the starter's synonym list into a playbook folder that has none. */
	public static void copySynonymsTo(Path folder) throws StoreException {
		Path target = folder.resolve(SYNONYMS);
		if (Files.exists(target)) {
			return;
		}
		try (InputStream in = open(SYNONYMS)) {
			Files.copy(in, target);
		} catch (IOException e) {
			throw new StoreException("Could not write " + target + ": " + e.getMessage(), e);
		}
	}

	private static InputStream open(String file) throws IOException {
		InputStream in = StarterPlaybook.class.getResourceAsStream(BASE + file);
		if (in == null) {
			throw new IOException("the starter file " + file + " is missing from the parley.core bundle");
		}
		return in;
	}

	private static void deleteQuietly(Path dir) {
		try (var walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// best effort
		}
	}
}
