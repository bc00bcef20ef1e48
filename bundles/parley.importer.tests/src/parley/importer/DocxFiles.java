package parley.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds .docx files part by part with java.util.zip, the way Word lays them out (tests only). */
final class DocxFiles {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
			<Default Extension="xml" ContentType="application/xml"/>
			<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
			<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
			<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
			</Types>""";
	private static final String RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
			<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
			<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
			</Relationships>""";

	private DocxFiles() {
	}

	/** The core properties part with these values. */
	static String core(String title, String creator, String created) {
		return """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
				xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
				<dc:title>%s</dc:title><dc:creator>%s</dc:creator>\
				<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>"""
				.formatted(title, creator, created);
	}

	/** The extended properties part naming the company. */
	static String app(String company) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
				+ "<Company>" + company + "</Company></Properties>";
	}

	/** A document part whose body is {@code body} (w: paragraphs). */
	static String document(String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
				+ "\"><w:body>" + body + "</w:body></w:document>";
	}

	/** A paragraph with a style id (or none) and one run of text. */
	static String p(String style, String text) {
		String props = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
		return "<w:p>" + props + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
	}

	/** A list paragraph at list level {@code ilvl} (0 is the outermost). */
	static String item(int ilvl, String text) {
		return "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"" + ilvl
				+ "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
	}

	/** A .docx of the three parts. */
	static byte[] docx(String document, String core, String app) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
		parts.put("_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
		parts.put("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
		parts.put("docProps/core.xml", core.getBytes(StandardCharsets.UTF_8));
		parts.put("docProps/app.xml", app.getBytes(StandardCharsets.UTF_8));
		return zip(parts);
	}

	static byte[] zip(Map<String, byte[]> parts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
