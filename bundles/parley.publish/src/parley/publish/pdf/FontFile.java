package parley.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A font's character map, read once per file and kept (fonts are read only when a document needs a
 * character the embedded fonts lack). Only fonts with TrueType outlines are usable: PDFBox embeds those as
 * subsets; fonts with PostScript (CFF) outlines or without a Unicode map read as absent.
 */
final class FontFile {

	private static final Map<Path, Optional<FontFile>> READ = new ConcurrentHashMap<>();

	private final CmapLookup cmap;

	private FontFile(CmapLookup cmap) {
		this.cmap = cmap;
	}

	boolean has(int codePoint) {
		return cmap.getGlyphId(codePoint) > 0;
	}

	/** The file's character map, or empty when it is not a usable TrueType font. */
	static Optional<FontFile> read(Path file) {
		return READ.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
			try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()))) {
				return of(font);
			} catch (IOException | RuntimeException e) {
				return Optional.empty();
			}
		});
	}

	/** Reads a font from a stream (an embedded font). */
	static FontFile read(InputStream in) throws IOException {
		try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
			return of(font).orElseThrow(() -> new IOException("not a TrueType font with a Unicode map"));
		}
	}

	private static Optional<FontFile> of(TrueTypeFont font) throws IOException {
		if (!font.getTableMap().containsKey("glyf")) {
			return Optional.empty();
		}
		CmapLookup cmap = font.getUnicodeCmapLookup(false);
		return cmap == null ? Optional.empty() : Optional.of(new FontFile(cmap));
	}
}
