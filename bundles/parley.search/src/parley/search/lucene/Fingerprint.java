package parley.search.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import parley.core.store.PlaybookLayout;

/**
 * Identifies the saved state of a playbook folder by the names, sizes and modification times of its files.
 * The index records the fingerprint it was built from; a different one means the files changed since.
 */
final class Fingerprint {
	private Fingerprint() {
	}

	static String of(Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(folder.resolve(PlaybookLayout.ROOT_FILE));
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			Path dir = folder.resolve(kind.folder());
			if (Files.isDirectory(dir)) {
				try (Stream<Path> list = Files.list(dir)) {
					list.filter(p -> p.getFileName().toString().endsWith(".xmi")).forEach(files::add);
				}
			}
		}
		files.sort(null);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				if (!Files.exists(file)) {
					continue;
				}
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				String line = folder.relativize(file) + "\t" + attributes.size() + "\t"
						+ attributes.lastModifiedTime().toInstant() + "\n";
				digest.update(line.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}
}
