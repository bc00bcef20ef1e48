package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.playbook.Playbook;
import parley.publish.Layout;
import parley.publish.PublishOptions;
import parley.publish.Selection;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/**
 * What a screen reader meets in the manual (issue 16): the contents as a table of contents with one link per
 * entry, the cover title as the first heading, no empty table parts.
 */
class TestTagging {

	@TempDir
	static Path dir;
	static Playbook playbook;
	static Path manual;

	@BeforeAll
	static void publish() throws Exception {
		playbook = Playbooks.starter(dir.resolve("starter")).playbook();
		manual = dir.resolve("manual.pdf");
		new PdfPublisher().publish(playbook, new PublishOptions(Layout.MANUAL, Selection.ALL.withUnapproved(true), null,
				null, "v2.0", LocalDate.of(2026, 11, 25), null), manual, new NullProgressMonitor());
	}

	@Test
	void theContentsAreATableOfContentsWithOneLinkPerEntry() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			List<PDStructureElement> all = elements(pdf);
			List<PDStructureElement> tocs = all.stream().filter(e -> e.getStructureType().equals("TOC")).toList();
			assertEquals(1, tocs.size(), "one table of contents");
			List<PDStructureElement> items = children(tocs.get(0));
			// every section and every scenario and technique, as the outline lists them (its first mark is the contents)
			List<Pdf.Mark> outline = pdf.outline();
			int expected = outline.size() - 1 + outline.stream().filter(m -> m.title().equals("Scenarios")
					|| m.title().equals("Techniques")).mapToInt(m -> m.children().size()).sum();
			assertEquals(expected, items.size());
			for (PDStructureElement item : items) {
				assertEquals("TOCI", item.getStructureType());
				long links = descendants(item).stream().filter(e -> e.getStructureType().equals("Link")).count();
				assertEquals(1, links, "one link per contents entry, not the title and its page read as two");
			}
			int annotations = 0;
			for (int page = 2; page <= 3; page++) {
				for (PDAnnotation annotation : pdf.document.getPage(page - 1).getAnnotations()) {
					if (annotation instanceof PDAnnotationLink) {
						annotations++;
					}
				}
			}
			assertEquals(expected, annotations, "link annotations on the contents pages");
			assertTrue(all.stream().noneMatch(e -> e.getStructureType().equals("L") && "Contents".equals(
					e.getAlternateDescription())), "the list is not left as a plain list");
		}
	}

	@Test
	void theCoverTitleIsTheFirstHeading() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			PDStructureElement first = elements(pdf).stream().filter(e -> e.getStructureType().matches("H[1-6]"))
					.findFirst().orElseThrow();
			assertEquals("H1", first.getStructureType());
			assertTrue(pdf.taggedText(1).contains(playbook.getTitle()), pdf.taggedText(1));
		}
	}

	@Test
	void noTableHasAnEmptyPart() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			List<PDStructureElement> parts = elements(pdf).stream()
					.filter(e -> e.getStructureType().matches("THead|TBody|TFoot")).toList();
			assertTrue(parts.size() > 10, "the manual has tables");
			for (PDStructureElement part : parts) {
				assertTrue(!part.getKids().isEmpty(), "an empty " + part.getStructureType());
			}
		}
	}

	private static List<PDStructureElement> elements(Pdf pdf) {
		return descendants(pdf.document.getDocumentCatalog().getStructureTreeRoot());
	}

	private static List<PDStructureElement> descendants(PDStructureNode node) {
		List<PDStructureElement> result = new ArrayList<>();
		for (PDStructureElement child : children(node)) {
			result.add(child);
			result.addAll(descendants(child));
		}
		return result;
	}

	private static List<PDStructureElement> children(PDStructureNode node) {
		List<PDStructureElement> result = new ArrayList<>();
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				result.add(element);
			}
		}
		return result;
	}
}
