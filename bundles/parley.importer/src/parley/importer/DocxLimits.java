package parley.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Zip bomb limits of a .docx (a zip archive), checked by inflating it once, counting, before POI opens it: at
 * most {@link #MAX_ENTRIES} entries, {@link #MAX_TOTAL_BYTES} uncompressed in all, and no more than
 * {@link #MAX_RATIO} times the file's size once past the first megabyte.
 */
final class DocxLimits {

	static final int MAX_ENTRIES = 1_000;
	static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
	static final int MAX_RATIO = 100;
	private static final long RATIO_GRACE_BYTES = 1024 * 1024;

	private DocxLimits() {
	}

	static void check(String name, byte[] bytes) throws ArticleException {
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					throw refused(name, "has more than " + MAX_ENTRIES + " parts");
				}
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					total += n;
					if (total > MAX_TOTAL_BYTES) {
						throw refused(name, "unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
					}
					if (total > RATIO_GRACE_BYTES && total > (long) MAX_RATIO * bytes.length) {
						throw refused(name, "unpacks to more than " + MAX_RATIO + " times its size");
					}
				}
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new ArticleException(name, "is not a readable .docx (a Word document is a zip archive: "
					+ e.getMessage() + "). Open it in Word or LibreOffice and save it again as .docx.", e);
		}
		if (entries == 0) {
			throw new ArticleException(name, "is not a .docx (not a zip archive). Save it from Word or LibreOffice as"
					+ " a Word document (.docx).");
		}
	}

	private static ArticleException refused(String name, String what) {
		return new ArticleException(name, "was refused: it " + what + ", like a zip bomb. If it is a real document, "
				+ "remove large embedded images or files and save it again.");
	}
}
