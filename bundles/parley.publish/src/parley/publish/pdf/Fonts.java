package parley.publish.pdf;

import java.io.InputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every export embeds: DejaVu Sans and DejaVu Serif (free licence, Latin, Greek, Cyrillic and
 * more), shipped as a dependency (the wrapped {@code jasperreports-fonts} jar), never a system font. They are
 * subset, so a document carries only the glyphs it uses. "serif" and "sans-serif" map to them too: PDF/UA
 * needs every font embedded, including the engine's fallback.
 */
final class Fonts {

	static final String SANS = "DejaVu Sans";
	static final String SERIF = "DejaVu Serif";
	private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

	private Fonts() {
	}

	static void register(PdfRendererBuilder builder) {
		for (String family : new String[] { SANS, "sans-serif" }) {
			add(builder, "DejaVuSans.ttf", family, 400, FontStyle.NORMAL);
			add(builder, "DejaVuSans-Bold.ttf", family, 700, FontStyle.NORMAL);
			add(builder, "DejaVuSans-Oblique.ttf", family, 400, FontStyle.ITALIC);
			add(builder, "DejaVuSans-BoldOblique.ttf", family, 700, FontStyle.ITALIC);
		}
		for (String family : new String[] { SERIF, "serif" }) {
			add(builder, "DejaVuSerif.ttf", family, 400, FontStyle.NORMAL);
			add(builder, "DejaVuSerif-Bold.ttf", family, 700, FontStyle.NORMAL);
			add(builder, "DejaVuSerif-Italic.ttf", family, 400, FontStyle.ITALIC);
		}
	}

	private static void add(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
		String path = FOLDER + file;
		if (Fonts.class.getResource(path) == null) {
			throw new IllegalStateException("Font " + file + " is missing: the bundle net.sf.jasperreports.fonts"
					+ " must be installed with parley.publish");
		}
		builder.useFont(() -> {
			InputStream in = Fonts.class.getResourceAsStream(path);
			if (in == null) {
				throw new IllegalStateException("Font " + path + " disappeared");
			}
			return in;
		}, family, weight, style, true);
	}
}
