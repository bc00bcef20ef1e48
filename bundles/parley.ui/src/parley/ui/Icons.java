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
 * One instance per part; {@link #dispose()} frees the images.
 */
public final class Icons {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
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
		Image image = new Image(display, 16, 16);
		GC gc = new GC(image);
		Font font = null;
		Color fill = new Color(tile);
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, 16, 16);
			gc.setBackground(fill);
			gc.fillRoundRectangle(1, 1, 14, 14, 5, 5);
			FontData data = display.getSystemFont().getFontData()[0];
			data.setHeight(7);
			data.setStyle(SWT.BOLD);
			font = new Font(display, data);
			gc.setFont(font);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			var extent = gc.textExtent(letter);
			gc.drawText(letter, (16 - extent.x) / 2, (16 - extent.y) / 2, true);
			if (status != null) {
				Color dot = new Color(switch (status) {
				case DRAFT -> new RGB(150, 150, 150);
				case IN_REVIEW -> new RGB(240, 173, 0);
				case APPROVED -> new RGB(39, 174, 96);
				case CHANGED -> new RGB(41, 128, 230);
				case RETIRED -> new RGB(200, 30, 30);
				});
				gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.fillOval(9, 9, 7, 7);
				gc.setBackground(dot);
				gc.fillOval(10, 10, 5, 5);
			}
		} finally {
			gc.dispose();
			if (font != null) {
				font.dispose();
			}
		}
		// Make the white corners transparent.
		ImageData data = image.getImageData();
		data.transparentPixel = data.palette.getPixel(new RGB(255, 255, 255));
		image.dispose();
		return new Image(display, data);
	}

	public void dispose() {
		cache.values().forEach(Image::dispose);
		cache.clear();
	}
}
