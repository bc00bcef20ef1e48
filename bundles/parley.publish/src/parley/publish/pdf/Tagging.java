package parley.publish.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * Finishes the structure tree the engine wrote before the PDF is saved, where HTML has no element for what the
 * PDF means: the contents list becomes a table of contents ({@code TOC}, one {@code TOCI} per entry, its link in a
 * {@code Reference}), and table parts the engine writes although the table has none (an empty {@code TFoot} on
 * every table) are dropped, so assistive technology does not announce them.
 */
final class Tagging {

	/** The contents list's title attribute, which the engine writes as the list's alternate description. */
	static final String CONTENTS = ManualDocument.CONTENTS;

	private Tagging() {
	}

	static void finish(PDDocument document) {
		PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
		if (root != null) {
			walk(root);
		}
	}

	private static void walk(PDStructureNode node) {
		for (Object kid : new ArrayList<>(node.getKids())) {
			if (!(kid instanceof PDStructureElement element)) {
				continue;
			}
			String type = element.getStructureType();
			if (StandardStructureTypes.L.equals(type) && CONTENTS.equals(element.getAlternateDescription())) {
				contents(element);
			} else if (isTablePart(type) && element.getKids().isEmpty()) {
				node.removeKid(element);
				continue;
			}
			walk(element);
		}
	}

	private static boolean isTablePart(String type) {
		return StandardStructureTypes.T_HEAD.equals(type) || StandardStructureTypes.T_BODY.equals(type)
				|| StandardStructureTypes.T_FOOT.equals(type);
	}

	private static void contents(PDStructureElement list) {
		list.setStructureType(StandardStructureTypes.TOC);
		list.setAlternateDescription(null);
		for (PDStructureElement item : elements(list)) {
			if (StandardStructureTypes.LI.equals(item.getStructureType())) {
				item.setStructureType(StandardStructureTypes.TOCI);
				for (PDStructureElement part : elements(item)) {
					if (StandardStructureTypes.L_BODY.equals(part.getStructureType())) {
						part.setStructureType(StandardStructureTypes.REFERENCE);
					}
				}
			}
		}
	}

	private static List<PDStructureElement> elements(PDStructureNode node) {
		List<PDStructureElement> elements = new ArrayList<>();
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				elements.add(element);
			}
		}
		return elements;
	}
}
