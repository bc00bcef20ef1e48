package parley.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeBlock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which characters of a document the embedded fonts lack, and which installed fonts supply them. The
 * embedded DejaVu Sans character map is read once per process; a document whose characters it all has never
 * looks further (the common case costs one map lookup per distinct character). Otherwise installed fonts are
 * looked for through a {@link FontSource}, one query per character not yet covered, and what is found is
 * remembered per source for the rest of the process. A character that no font has is lost: the caller prints
 * a replacement and warns.
 */
final class Fallbacks {

	/** The family name of the n-th fallback font (1-based). */
	static final String FAMILY = "Parley Fallback ";
	/** At most this many source queries per document; characters left over count as lost. */
	static final int QUERIES = 32;

	/** A font found for characters the embedded ones lack, registered under {@code family}. */
	record Font(Path file, String family) {
	}

	/** The fallback fonts a document needs, and the characters (code points) no font has. */
	record Result(List<Font> fonts, SortedSet<Integer> lost) {
		static final Result NONE = new Result(List.of(), Collections.emptySortedSet());
	}

	private static final Map<FontSource, Map<Integer, Optional<Path>>> FOUND = Collections
			.synchronizedMap(new WeakHashMap<>());

	private Fallbacks() {
	}

	/** Whether DejaVu Sans (the last embedded family every font list falls back to) has the character. */
	static boolean embedded(int codePoint) {
		return Embedded.SANS.has(codePoint);
	}

	/**
	 * Whether DejaVu Serif has the character. A document whose characters it all has (most documents) needs no
	 * font fallbacks at all, and its stylesheet is left as it is.
	 */
	static boolean embeddedSerif(int codePoint) {
		return Embedded.SERIF.has(codePoint);
	}

	/** Whether a character is drawn with a glyph at all (not white space, a control or an invisible format mark). */
	static boolean needsGlyph(int codePoint) {
		return !(Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || ignorable(codePoint));
	}

	/**
	 * Invisible characters (joiners, variation selectors, direction marks, byte order mark): dropped rather
	 * than replaced when no font has them, and never reported.
	 */
	static boolean ignorable(int codePoint) {
		return Character.getType(codePoint) == Character.FORMAT || codePoint >= 0xFE00 && codePoint <= 0xFE0F
				|| codePoint >= 0xE0100 && codePoint <= 0xE01EF;
	}

	/** Finds fonts for the characters the embedded fonts lack ({@code missing}, from {@link #embedded}). */
	static Result resolve(Set<Integer> missing, FontSource source) {
		if (missing.isEmpty()) {
			return Result.NONE;
		}
		Map<Integer, Optional<Path>> found = FOUND.computeIfAbsent(source, s -> new ConcurrentHashMap<>());
		List<Path> chosen = new ArrayList<>();
		SortedSet<Integer> lost = new TreeSet<>();
		Set<UnicodeBlock> hopeless = new HashSet<>();
		int queries = 0;
		for (int codePoint : new TreeSet<>(missing)) {
			if (chosen.stream().anyMatch(file -> FontFile.read(file).map(f -> f.has(codePoint)).orElse(false))) {
				continue;
			}
			UnicodeBlock block = UnicodeBlock.of(codePoint);
			Optional<Path> font = found.get(codePoint);
			if (font == null) {
				// a block where one character found no font will find none for its neighbours either
				if (queries >= QUERIES || block == null || hopeless.contains(block)) {
					lost.add(codePoint);
					continue;
				}
				queries++;
				font = lookup(source, codePoint);
				found.put(codePoint, font);
			}
			if (font.isPresent()) {
				chosen.add(font.get());
			} else {
				lost.add(codePoint);
				if (block != null) {
					hopeless.add(block);
				}
			}
		}
		List<Font> fonts = new ArrayList<>();
		for (Path file : chosen) {
			fonts.add(new Font(file, FAMILY + (fonts.size() + 1)));
		}
		return new Result(List.copyOf(fonts), Collections.unmodifiableSortedSet(lost));
	}

	private static Optional<Path> lookup(FontSource source, int codePoint) {
		List<Path> candidates;
		try {
			candidates = source.candidates(codePoint);
		} catch (RuntimeException e) {
			return Optional.empty(); // a broken source finds nothing; the export goes on
		}
		for (Path candidate : candidates) {
			if (FontFile.read(candidate).map(f -> f.has(codePoint)).orElse(false)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The embedded DejaVu Sans and Serif character maps, read on first use. */
	private static final class Embedded {
		static final FontFile SANS = read(Fonts.SANS_REGULAR_FILE);
		static final FontFile SERIF = read(Fonts.SERIF_REGULAR_FILE);

		private static FontFile read(String file) {
			try (InputStream in = Fonts.open(file)) {
				return FontFile.read(in);
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read the embedded font " + file, e);
			}
		}
	}
}
