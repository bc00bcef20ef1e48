package parley.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import parley.importer.Article.Block;
import parley.importer.Article.Block.Kind;

/**
 * Reads Word documents (.docx) with Apache POI. Metadata from the core properties (title, creator, created) and
 * the extended properties (company, as the publisher); blocks from the paragraphs by their style: Title and
 * Heading 1-6 are headings, numbered or bulleted paragraphs list items (nesting from their list level), Quote
 * styles quotations, the rest paragraphs; table cells are read as paragraphs. {@link DocxLimits} checks the
 * archive first (zip bombs); POI refuses DTDs, so external entities are never resolved.
 */
final class DocxArticles {

	private static final Pattern HEADING = Pattern.compile("heading ?([1-9])");

	static {
		// POI logs through log4j-api; the product has no log4j provider, so log4j-api would print a warning and
		// POI's errors (with stack traces) to stderr. A refusal already says what went wrong: keep them quiet
		// unless the user asked otherwise.
		quietUnlessSet("log4j2.statusLoggerLevel", "OFF");
		quietUnlessSet("log4j2.simplelogLevel", "OFF");
		// POI's own zip bomb guards, as strict as DocxLimits (they are global: only the importer uses POI)
		ZipSecureFile.setMinInflateRatio(1.0 / DocxLimits.MAX_RATIO);
		ZipSecureFile.setMaxEntrySize(DocxLimits.MAX_TOTAL_BYTES);
		ZipSecureFile.setMaxFileCount(DocxLimits.MAX_ENTRIES);
	}

	private DocxArticles() {
	}

	private static void quietUnlessSet(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	static Article read(String name, byte[] bytes) throws ArticleException {
		DocxLimits.check(name, bytes);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<Block> blocks = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					paragraph(document, paragraph, blocks);
				} else if (element instanceof XWPFTable table) {
					table(table, blocks);
				}
			}
			return new Article(name, metadata(document, blocks), blocks);
		} catch (IOException | RuntimeException e) {
			// POI reports a broken package, an unreadable part, a DTD or a zip bomb with these
			throw new ArticleException(name, "cannot be read as a Word document (" + Texts.collapse(String.valueOf(
					e.getMessage())) + "). Open it in Word or LibreOffice and save it again as .docx.", e);
		}
	}

	private static Article.Metadata metadata(XWPFDocument document, List<Block> blocks) {
		POIXMLProperties properties = document.getProperties();
		POIXMLProperties.CoreProperties core = properties.getCoreProperties();
		String title = Texts.nonBlank(core.getTitle());
		if (title == null) {
			title = blocks.stream().filter(b -> b.kind() == Kind.HEADING && b.level() == 1).map(Block::text)
					.findFirst().orElse(null);
		}
		String publisher = properties.getExtendedProperties() == null ? null
				: Texts.nonBlank(properties.getExtendedProperties().getCompany());
		return new Article.Metadata(title, Texts.nonBlank(core.getCreator()), publisher,
				Texts.utcDate(core.getCreated()), null);
	}

	private static void paragraph(XWPFDocument document, XWPFParagraph paragraph, List<Block> blocks) {
		String text = Texts.collapse(paragraph.getText());
		if (text == null || text.isEmpty()) {
			return;
		}
		String style = styleKey(document, paragraph.getStyleID());
		Matcher heading = HEADING.matcher(style);
		if (style.equals("title")) {
			blocks.add(Block.heading(1, text));
		} else if (heading.matches()) {
			blocks.add(Block.heading(Math.min(6, heading.group(1).charAt(0) - '0'), text));
		} else if (paragraph.getNumID() != null) {
			int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
			blocks.add(Block.item(Math.max(1, Math.min(9, level + 1)), text));
		} else if (style.startsWith("list")) {
			blocks.add(Block.item(1, text));
		} else if (style.equals("quote") || style.equals("intense quote") || style.equals("intensequote")) {
			blocks.add(new Block(Kind.QUOTE, 0, text));
		} else {
			blocks.add(Block.paragraph(text));
		}
	}

	/** The style's name (else its id), lower case: Word files name styles "heading 1" with ids like "Heading1". */
	private static String styleKey(XWPFDocument document, String id) {
		if (id == null) {
			return "";
		}
		XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
		String name = style == null || style.getName() == null ? id : style.getName();
		String key = name.strip().toLowerCase(Locale.ROOT);
		return HEADING.matcher(key).matches() || key.equals("title") || key.startsWith("list") || key.contains("quote")
				? key : id.strip().toLowerCase(Locale.ROOT);
	}

	private static void table(XWPFTable table, List<Block> blocks) {
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				String text = Texts.collapse(cell.getText());
				if (text != null && !text.isEmpty()) {
					blocks.add(Block.paragraph(text));
				}
			}
		}
	}
}
