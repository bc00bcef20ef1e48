package parley.publish.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A published PDF read back with PDFBox: text per page (whitespace collapsed) and the outline. */
final class Pdf implements AutoCloseable {

	/** An outline item: its title, 1-based target page and children. */
	record Mark(String title, int page, List<Mark> children) {
	}

	final PDDocument document;
	private final List<String> pages = new ArrayList<>();
	private final List<String> lines = new ArrayList<>();

	Pdf(Path file) throws IOException {
		document = Loader.loadPDF(file.toFile());
		PDFTextStripper stripper = new PDFTextStripper();
		for (int i = 1; i <= document.getNumberOfPages(); i++) {
			stripper.setStartPage(i);
			stripper.setEndPage(i);
			String text = stripper.getText(document);
			pages.add(normalise(text));
			text.lines().map(l -> l.replace('\u00A0', ' ').strip()).forEach(lines::add);
		}
	}

	/** Whether a 1-based page fills anything with this colour (components 0-1, as the content stream sets it). */
	boolean fills(int number, float red, float green, float blue) throws IOException {
		org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(
				document.getPage(number - 1));
		List<Object> operands = new ArrayList<>();
		for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
			if (token instanceof org.apache.pdfbox.contentstream.operator.Operator operator) {
				if (operator.getName().equals("rg") && operands.size() == 3
						&& close(operands.get(0), red) && close(operands.get(1), green) && close(operands.get(2), blue)) {
					return true;
				}
				operands.clear();
			} else {
				operands.add(token);
			}
		}
		return false;
	}

	private static boolean close(Object operand, float value) {
		return operand instanceof org.apache.pdfbox.cos.COSNumber n && Math.abs(n.floatValue() - value) < 0.004f;
	}

	/** Every line of text as laid out, page after page (no space collapsed within a line). */
	List<String> lines() {
		return lines;
	}

	static String normalise(String text) {
		return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
	}

	int pageCount() {
		return document.getNumberOfPages();
	}

	/** Text of a 1-based page. */
	String page(int number) {
		return pages.get(number - 1);
	}

	String all() {
		return String.join(" ", pages);
	}

	/** 1-based numbers of the pages whose text contains {@code text} (whitespace-insensitive). */
	List<Integer> pagesWith(String text) {
		String wanted = normalise(text);
		List<Integer> result = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains(wanted)) {
				result.add(i + 1);
			}
		}
		return result;
	}

	/**
	 * The text of a 1-based page that is tagged content (marked content with an MCID, so the structure tree
	 * refers to it), whitespace collapsed; artifacts (running headers, footers) are left out.
	 */
	String taggedText(int number) throws IOException {
		PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
		extractor.processPage(document.getPage(number - 1));
		StringBuilder text = new StringBuilder();
		for (PDMarkedContent content : extractor.getMarkedContents()) {
			tagged(content, false, text);
		}
		return normalise(text.toString());
	}

	private static void tagged(PDMarkedContent content, boolean inTagged, StringBuilder text) {
		boolean tagged = !"Artifact".equals(content.getTag()) && (inTagged || content.getMCID() >= 0);
		for (Object part : content.getContents()) {
			if (part instanceof TextPosition position && tagged) {
				text.append(position.getUnicode());
			} else if (part instanceof PDMarkedContent inner) {
				text.append(' ');
				tagged(inner, tagged, text);
			}
		}
		text.append(' ');
	}

	/**
	 * The text in a rectangle of a 1-based page, whitespace collapsed; x and y in points from the page's top left
	 * corner.
	 */
	String region(int number, float x, float y, float width, float height) throws IOException {
		org.apache.pdfbox.text.PDFTextStripperByArea stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
		stripper.addRegion("r", new java.awt.geom.Rectangle2D.Float(x, y, width, height));
		stripper.extractRegions(document.getPage(number - 1));
		return normalise(stripper.getTextForRegion("r"));
	}

	/** A straight line the page's content draws, in points (PDF user space), and whether it is an artifact. */
	record Segment(float x1, float y1, float x2, float y2, boolean artifact) {
	}

	/** The lines (path segments from "m" then "l") a 1-based page's content draws. */
	List<Segment> segments(int number) throws IOException {
		List<Segment> segments = new ArrayList<>();
		org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(
				document.getPage(number - 1));
		List<Object> operands = new ArrayList<>();
		java.util.Deque<Boolean> artifact = new java.util.ArrayDeque<>();
		float[] from = null;
		for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
			if (!(token instanceof org.apache.pdfbox.contentstream.operator.Operator op)) {
				operands.add(token);
				continue;
			}
			boolean inArtifact = artifact.contains(true);
			switch (op.getName()) {
			case "BDC", "BMC" -> artifact.push(!operands.isEmpty() && operands.get(0) instanceof org.apache.pdfbox.cos.COSName n
					&& n.getName().equals("Artifact"));
			case "EMC" -> {
				if (!artifact.isEmpty()) {
					artifact.pop();
				}
			}
			case "m" -> from = numbers(operands);
			case "l" -> {
				float[] to = numbers(operands);
				if (from != null && to != null) {
					segments.add(new Segment(from[0], from[1], to[0], to[1], inArtifact));
				}
				from = to;
			}
			default -> {
			}
			}
			operands.clear();
		}
		return segments;
	}

	private static float[] numbers(List<Object> operands) {
		if (operands.size() < 2 || !(operands.get(0) instanceof org.apache.pdfbox.cos.COSNumber a)
				|| !(operands.get(1) instanceof org.apache.pdfbox.cos.COSNumber b)) {
			return null;
		}
		return new float[] { a.floatValue(), b.floatValue() };
	}

	List<Mark> outline() throws IOException {
		var outline = document.getDocumentCatalog().getDocumentOutline();
		return outline == null ? List.of() : marks(outline);
	}

	private List<Mark> marks(PDOutlineNode node) throws IOException {
		List<Mark> result = new ArrayList<>();
		for (PDOutlineItem item : node.children()) {
			PDPage target = item.findDestinationPage(document);
			int page = target == null ? -1 : document.getPages().indexOf(target) + 1;
			result.add(new Mark(item.getTitle(), page, marks(item)));
		}
		return result;
	}

	@Override
	public void close() throws IOException {
		document.close();
	}
}
