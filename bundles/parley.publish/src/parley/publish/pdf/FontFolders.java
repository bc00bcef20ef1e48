package parley.publish.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds fonts by scanning folders for TrueType files (.ttf, .otf; collections and Type 1 fonts are not used)
 * and reading their character maps. Used where fontconfig is not installed, and by tests with folders of
 * their own. The folders are scanned once per source.
 */
final class FontFolders implements FontSource {

	private static final int DEPTH = 8;

	private final List<Path> roots;
	private List<Path> files;

	FontFolders(List<Path> roots) {
		this.roots = List.copyOf(roots);
	}

	@Override
	public synchronized List<Path> candidates(int codePoint) {
		if (files == null) {
			files = scan();
		}
		return files.stream().filter(file -> FontFile.read(file).map(f -> f.has(codePoint)).orElse(false)).toList();
	}

	private List<Path> scan() {
		List<Path> found = new ArrayList<>();
		for (Path root : roots) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(root, DEPTH)) {
				walk.filter(Files::isRegularFile).filter(FontFolders::trueType).forEach(found::add);
			} catch (IOException | RuntimeException e) {
				// an unreadable folder contributes nothing
			}
		}
		found.sort(null);
		return found;
	}

	private static boolean trueType(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".ttf") || name.endsWith(".otf");
	}
}
