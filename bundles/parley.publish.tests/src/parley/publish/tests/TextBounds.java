package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Checks that glyphs lie inside the page's printable area: long words must wrap, not run off the page. */
final class TextBounds extends PDFTextStripper {

	private final List<TextPosition> glyphs = new ArrayList<>();

	private TextBounds() {
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) throws IOException {
		glyphs.addAll(positions);
		super.writeString(text, positions);
	}

	/** Asserts that every glyph on the pages containing {@code text} is within the page's width. */
	static void assertInside(PDDocument document, String text) throws IOException {
		for (int i = 1; i <= document.getNumberOfPages(); i++) {
			TextBounds stripper = new TextBounds();
			stripper.setStartPage(i);
			stripper.setEndPage(i);
			String page = stripper.getText(document);
			if (!page.replaceAll("\\s", "").contains(text)) {
				continue;
			}
			float width = document.getPage(i - 1).getMediaBox().getWidth();
			for (TextPosition glyph : stripper.glyphs) {
				assertTrue(glyph.getXDirAdj() >= 0 && glyph.getXDirAdj() + glyph.getWidthDirAdj() <= width - 20,
						"'" + glyph.getUnicode() + "' at x=" + glyph.getXDirAdj() + " runs off page " + i);
			}
			return;
		}
		throw new AssertionError("'" + text + "' is on no page");
	}
}
