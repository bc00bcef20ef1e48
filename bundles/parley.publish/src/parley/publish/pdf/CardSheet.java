package parley.publish.pdf;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * The A4 sheet of four pocket cards ({@code cards-4up.css} lays the cards out with these sizes): two by two cards of
 * {@value #CARD_WIDTH} x {@value #CARD_HEIGHT} mm, butted and centred on the page, so two cuts across and three
 * down (the outer ones trim the margin) separate them. Crop marks, short lines in the margin in line with every
 * cut, are added to each finished page as artifacts of type Page (printer's marks, not content: a screen reader
 * skips them and the structure tree does not hold them).
 */
final class CardSheet {

	static final double PAGE_WIDTH = 210;
	static final double PAGE_HEIGHT = 297;
	static final double CARD_WIDTH = 98;
	static final double CARD_HEIGHT = 138;
	/** Left and top trim of the grid, in mm from the page's left and top edges. */
	static final double LEFT = (PAGE_WIDTH - 2 * CARD_WIDTH) / 2;
	static final double TOP = (PAGE_HEIGHT - 2 * CARD_HEIGHT) / 2;
	/** The card's space below its text: bottom padding with the footer line (cards-4up.css). */
	static final double BOTTOM_RESERVE = 9;
	/** A card's text area in mm (cards-4up.css: the card less its padding and footer). */
	static final double TEXT_WIDTH = CARD_WIDTH - 5 - 5;
	static final double TEXT_HEIGHT = CARD_HEIGHT - 5 - BOTTOM_RESERVE;
	/** A mark stops this far from the trim, so a cut a little off does not leave it on the card. */
	static final double MARK_GAP = 2;
	static final double MARK_LENGTH = 4;
	static final float MARK_WIDTH = 0.3f;

	private CardSheet() {
	}

	/** Draws the crop marks on every page of a finished sheet document. */
	static void drawCropMarks(PDDocument document) throws IOException {
		for (PDPage page : document.getPages()) {
			try (PDPageContentStream stream = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				COSDictionary properties = new COSDictionary();
				properties.setName(COSName.TYPE, "Page"); // a printer's mark
				stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
				stream.setStrokingColor(0f, 0f, 0f);
				stream.setLineWidth(MARK_WIDTH);
				for (int i = 0; i <= 2; i++) {
					double x = LEFT + i * CARD_WIDTH;
					line(stream, x, TOP - MARK_GAP - MARK_LENGTH, x, TOP - MARK_GAP); // above the grid
					double bottom = TOP + 2 * CARD_HEIGHT;
					line(stream, x, bottom + MARK_GAP, x, bottom + MARK_GAP + MARK_LENGTH); // below it
					double y = TOP + i * CARD_HEIGHT;
					line(stream, LEFT - MARK_GAP - MARK_LENGTH, y, LEFT - MARK_GAP, y); // left of it
					double right = LEFT + 2 * CARD_WIDTH;
					line(stream, right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y); // right of it
				}
				stream.stroke();
				stream.endMarkedContent();
			}
		}
	}

	/** A line between two points given in mm from the page's top left corner. */
	private static void line(PDPageContentStream stream, double x1, double y1, double x2, double y2) throws IOException {
		stream.moveTo(pt(x1), pt(PAGE_HEIGHT - y1));
		stream.lineTo(pt(x2), pt(PAGE_HEIGHT - y2));
	}

	/** Millimetres in points. */
	static float pt(double mm) {
		return (float) (mm / 25.4 * 72);
	}
}
