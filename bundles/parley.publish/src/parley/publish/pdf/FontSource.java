package parley.publish.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * Where fonts for characters the embedded fonts lack are looked for: the fonts installed on this computer.
 * A source only proposes files; {@link Fallbacks} reads each proposal's character map before using it. A
 * source never throws: a lookup that fails finds nothing.
 */
public interface FontSource {

	/** No fonts beyond the embedded ones. */
	FontSource NONE = codePoint -> List.of();

	/** Font files that may have a glyph for {@code codePoint}, in a stable order; empty when none is known. */
	List<Path> candidates(int codePoint);

	/**
	 * The installed fonts: asked through fontconfig ({@code fc-list}) where it exists, else found by scanning
	 * the usual font folders. One source per process, so what it found is remembered between exports.
	 */
	static FontSource system() {
		return SystemFonts.SOURCE;
	}

	/** The TrueType fonts (.ttf, .otf) in these folders and their subfolders. */
	static FontSource folders(List<Path> roots) {
		return new FontFolders(roots);
	}
}
