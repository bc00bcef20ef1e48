package parley.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every export embeds: DejaVu Sans and DejaVu Serif (free licence, Latin, Greek, Cyrillic and
 * more), shipped as a dependency (the wrapped {@code jasperreports-fonts} jar), never a system font. They are
 * subset, so a document carries only the glyphs it uses. "serif" and "sans-serif" map to them too: PDF/UA
 * needs every font embedded, including the engine's fallback. For characters they lack, {@link DocumentText}
 * appends fallback families to the stylesheet's font lists, and installed fonts ({@link Fallbacks}) are
 * registered with {@link #addFallback}.
 */
final class Fonts {

	static final String SANS = "DejaVu Sans";
	static final String SERIF = "DejaVu Serif";
	/**
	 * DejaVu Sans upright only, the next family after DejaVu Sans: its oblique lacks Arabic, which then comes
	 * from here instead of being lost.
	 */
	static final String SANS_UPRIGHT = "Parley Sans Upright";
	static final String SANS_REGULAR_FILE = "DejaVuSans.ttf";
	static final String SERIF_REGULAR_FILE = "DejaVuSerif.ttf";
	private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
	private static final String FONT_BUNDLE = "net.sf.jasperreports.fonts";

	private Fonts() {
	}

	static void register(PdfRendererBuilder builder) {
		for (String family : new String[] { SANS, "sans-serif" }) {
			add(builder, "DejaVuSans.ttf", family, 400, FontStyle.NORMAL);
			add(builder, "DejaVuSans-Bold.ttf", family, 700, FontStyle.NORMAL);
			add(builder, "DejaVuSans-Oblique.ttf", family, 400, FontStyle.ITALIC);
			add(builder, "DejaVuSans-BoldOblique.ttf", family, 700, FontStyle.ITALIC);
		}
		add(builder, SANS_REGULAR_FILE, SANS_UPRIGHT, 400, FontStyle.NORMAL);
		for (String family : new String[] { SERIF, "serif" }) {
			add(builder, "DejaVuSerif.ttf", family, 400, FontStyle.NORMAL);
			add(builder, "DejaVuSerif-Bold.ttf", family, 700, FontStyle.NORMAL);
			add(builder, "DejaVuSerif-Italic.ttf", family, 400, FontStyle.ITALIC);
		}
	}

	/** Registers a fallback font found on the system under its own family name (any weight and style). */
	static void addFallback(PdfRendererBuilder builder, Path file, String family) {
		builder.useFont(() -> {
			try {
				return Files.newInputStream(file);
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read the font " + file, e);
			}
		}, family, 400, FontStyle.NORMAL, true);
	}

	/** Reads one of the embedded font files. */
	static InputStream open(String file) throws IOException {
		return locate(FOLDER + file).openStream();
	}

	private static void add(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
		URL url = locate(FOLDER + file);
		builder.useFont(() -> {
			try {
				return url.openStream();
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read the font " + url, e);
			}
		}, family, weight, style, true);
	}

	/**
	 * Finds a font file: in OSGi, as an entry of the font bundle (a resource-only package need not be
	 * exported); on a plain class path (benchmarks, tools), as a class path resource.
	 */
	private static URL locate(String path) {
		Bundle self = FrameworkUtil.getBundle(Fonts.class);
		BundleWiring wiring = self == null ? null : self.adapt(BundleWiring.class);
		if (wiring != null) {
			// the font bundle is wired through Require-Bundle; this works before parley.publish is started
			for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
				Bundle provider = wire.getProvider().getBundle();
				if (FONT_BUNDLE.equals(provider.getSymbolicName())) {
					URL entry = provider.getEntry(path);
					if (entry != null) {
						return entry;
					}
				}
			}
		}
		URL resource = Fonts.class.getResource(path);
		if (resource == null) {
			throw new IllegalStateException("The font " + path + " is missing: the bundle " + FONT_BUNDLE
					+ " must be installed with parley.publish");
		}
		return resource;
	}
}
