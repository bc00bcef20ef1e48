package parley.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import parley.core.curation.CurationState;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookPackage;

/**
 * Small type icons drawn in code (a coloured tile with a letter) with a curation-state dot in the corner
 * ({@link CurationState}): grey draft, amber in review, green approved, blue changed since approval, red retired.
 * The tile's edges are partly transparent (an alpha channel), the inside opaque, so the letter stays crisp on a
 * light or a dark background. One instance per part; {@link #dispose()} frees the images.
 */
public final class Icons {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	private static final int SIZE = 16;
	/** The letter's size: a bold capital about nine pixels high at 96 dpi, whole pixels wide in its stems. */
	private static final int LETTER_POINTS = 9;
	private final Display display;
	private final Map<String, Image> cache = new HashMap<>();

	public Icons(Display display) {
		this.display = display;
	}

	/** The icon of an element: its type, an avoid-phrase marked apart, the entry's curation state as a dot. */
	public Image of(EObject element) {
		CurationState status = element instanceof Entry entry ? CurationState.of(entry) : null;
		boolean avoid = element instanceof Phrase phrase && phrase.getKind() == PhraseKind.AVOID;
		return image(element.eClass(), avoid, status);
	}

	/** The plain icon of a type (for folders). */
	public Image of(EClass type) {
		return image(type, false, null);
	}

	private Image image(EClass type, boolean avoid, CurationState status) {
		String key = type.getName() + avoid + status;
		return cache.computeIfAbsent(key, k -> draw(type, avoid, status));
	}

	private Image draw(EClass type, boolean avoid, CurationState status) {
		RGB tile;
		String letter;
		if (type == P.getScenario()) {
			tile = new RGB(47, 110, 186);
			letter = "S";
		} else if (type == P.getTechnique()) {
			tile = new RGB(46, 139, 87);
			letter = "T";
		} else if (type == P.getPhrase()) {
			tile = avoid ? new RGB(192, 57, 43) : new RGB(125, 60, 152);
			letter = avoid ? "A" : "P";
		} else if (type == P.getSource()) {
			tile = new RGB(146, 104, 41);
			letter = "R";
		} else if (type == P.getTag()) {
			tile = new RGB(96, 108, 118);
			letter = "#";
		} else if (type == P.getStep()) {
			tile = new RGB(120, 144, 170);
			letter = "›";
		} else {
			tile = new RGB(120, 120, 120);
			letter = type.getName().substring(0, 1);
		}
		FontData fontData = display.getSystemFont().getFontData()[0];
		fontData.setHeight(LETTER_POINTS);
		fontData.setStyle(SWT.BOLD);
		Font font = new Font(display, fontData);
		ImageData data;
		try {
			// the letter's ink, not its line box, is centred on the tile: a line box has room for accents above and
			// descenders below, which would set a capital high
			ImageData ink = paint(gc -> {
				gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
				gc.fillRectangle(0, 0, SIZE, SIZE);
				gc.setFont(font);
				gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.drawText(letter, 0, 0, true);
			});
			int[] box = inkBox(ink);
			// with a state dot in the corner, the letter moves up and left, clear of it
			int shift = status != null ? 1 : 0;
			int x = Math.round((SIZE - (box[2] - box[0] + 1)) / 2f) - box[0] - shift;
			int y = Math.round((SIZE - (box[3] - box[1] + 1)) / 2f) - box[1] - shift;
			data = paint(gc -> {
				gc.setBackground(new Color(tile));
				gc.fillRectangle(0, 0, SIZE, SIZE);
				gc.setFont(font);
				gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.drawText(letter, x, y, true);
				if (status != null) {
					gc.setBackground(new Color(dot(status)));
					gc.fillOval(10, 10, 5, 5);
				}
			});
		} finally {
			font.dispose();
		}
		// The shape: a rounded tile, with the dot set off from it by a transparent ring. Drawn white on black, its
		// brightness is the icon's opacity, so the edges are smooth on any background and nothing inside the tile
		// (the letter's white included) ever shows the background through.
		ImageData shape = paint(gc -> {
			gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
			gc.fillRectangle(0, 0, SIZE, SIZE);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRoundRectangle(1, 1, 14, 14, 5, 5);
			if (status != null) {
				gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
				gc.fillOval(9, 9, 7, 7);
				gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.fillOval(10, 10, 5, 5);
			}
		});
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				data.setAlpha(x, y, shape.palette.getRGB(shape.getPixel(x, y)).red);
			}
		}
		return new Image(display, data);
	}

	/** The smallest box {left, top, right, bottom} around the lit pixels (whole square when there are none). */
	private static int[] inkBox(ImageData ink) {
		int left = SIZE, top = SIZE, right = -1, bottom = -1;
		for (int y = 0; y < ink.height; y++) {
			for (int x = 0; x < ink.width; x++) {
				if (ink.palette.getRGB(ink.getPixel(x, y)).red > 96) {
					left = Math.min(left, x);
					top = Math.min(top, y);
					right = Math.max(right, x);
					bottom = Math.max(bottom, y);
				}
			}
		}
		return right < 0 ? new int[] { 0, 0, SIZE - 1, SIZE - 1 } : new int[] { left, top, right, bottom };
	}

	private static RGB dot(CurationState status) {
		return switch (status) {
		case DRAFT -> new RGB(150, 150, 150);
		case IN_REVIEW -> new RGB(240, 173, 0);
		case APPROVED -> new RGB(39, 174, 96);
		case CHANGED -> new RGB(41, 128, 230);
		case RETIRED -> new RGB(200, 30, 30);
		};
	}

	/** Paints a {@value #SIZE}-pixel square, antialiased, and returns its pixels. */
	private ImageData paint(java.util.function.Consumer<GC> painter) {
		Image image = new Image(display, SIZE, SIZE);
		try {
			GC gc = new GC(image);
			try {
				gc.setAntialias(SWT.ON);
				gc.setTextAntialias(SWT.ON);
				painter.accept(gc);
			} finally {
				gc.dispose();
			}
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	public void dispose() {
		cache.values().forEach(Image::dispose);
		cache.clear();
	}
}
