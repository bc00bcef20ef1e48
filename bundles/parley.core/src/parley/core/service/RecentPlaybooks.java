package parley.core.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import parley.core.store.AtomicFiles;
import parley.core.store.PlaybookStore;

/**
 * The playbook folders a user opened, most recent first, kept in {@code recent.txt} in the user's Parley
 * folder (one absolute path per line). Folders that are no longer playbooks are left out when listed.
 */
public final class RecentPlaybooks {

	/** How many folders are remembered. */
	public static final int MAX = 10;

	private final Path file;

	public RecentPlaybooks(PlaybookLocations locations) {
		this(locations.dataHome().resolve("recent.txt"));
	}

	public RecentPlaybooks(Path file) {
		this.file = file;
	}

	/** The remembered folders that still hold a playbook, most recent first. */
	public List<Path> list() {
		List<Path> result = new ArrayList<>();
		for (Path folder : read()) {
			if (PlaybookStore.isPlaybook(folder)) {
				result.add(folder);
			}
		}
		return result;
	}

	/** Puts {@code folder} first; the oldest beyond {@link #MAX} are forgotten. Failing to write is not fatal. */
	public void add(Path folder) {
		Path normal = folder.toAbsolutePath().normalize();
		List<Path> folders = new ArrayList<>(read());
		folders.remove(normal);
		folders.add(0, normal);
		while (folders.size() > MAX) {
			folders.remove(folders.size() - 1);
		}
		try {
			Files.createDirectories(file.getParent());
			Path temp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.write(temp, folders.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
			AtomicFiles.replace(temp, file);
		} catch (IOException e) {
			// The list is a convenience; opening the playbook itself succeeded.
		}
	}

	private List<Path> read() {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		try {
			List<Path> folders = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					folders.add(Path.of(line.strip()));
				}
			}
			return folders;
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
