package parley.publish.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Readies a built document's text for any script, before layout: finds fallback fonts for characters the
 * embedded fonts lack and appends them to every font list of the stylesheet (serif text falls back to DejaVu
 * Sans first, which has Arabic and Hebrew), replaces characters no font has by U+FFFD (never a silent "#";
 * the caller warns) and marks text in another script with its language ({@link Languages}). Running it
 * again on the same document changes nothing more.
 */
final class DocumentText {

	static final char REPLACEMENT = '\uFFFD';

	private DocumentText() {
	}

	/** Readies a document, looking for fallback fonts in {@code source}; returns the fonts and what is lost. */
	static Fallbacks.Result prepare(Document document, FontSource source) {
		return prepare(document, source, null);
	}

	/**
	 * Readies a revision of a document {@link #prepare prepared} before with the same fallback fonts (the
	 * stylesheet must name the fonts the engine has), so that the fallback families mean the same fonts.
	 */
	static void prepareRevision(Document document, Fallbacks.Result first) {
		prepare(document, FontSource.NONE, first);
	}

	private static Fallbacks.Result prepare(Document document, FontSource source, Fallbacks.Result known) {
		List<Text> texts = new ArrayList<>();
		Element body = child(document.getDocumentElement(), "body");
		if (body != null) {
			collect(body, texts);
		}
		Set<Integer> missing = new TreeSet<>(); // visible characters DejaVu lacks
		Set<Integer> invisible = new TreeSet<>(); // joiners, variation selectors and such that DejaVu lacks
		boolean beyondSerif = false;
		for (Text text : texts) {
			String data = text.getData();
			for (int i = 0; i < data.length();) {
				int cp = data.codePointAt(i);
				i += Character.charCount(cp);
				if (cp < 0x80 || Fallbacks.embeddedSerif(cp)) {
					continue;
				}
				beyondSerif = true;
				if (!Fallbacks.embedded(cp)) {
					if (Fallbacks.needsGlyph(cp)) {
						missing.add(cp);
					} else if (Fallbacks.ignorable(cp)) {
						invisible.add(cp);
					}
				}
			}
		}
		Fallbacks.Result result = known != null ? known : Fallbacks.resolve(missing, source);
		// what no font has: visible characters print as U+FFFD, invisible ones are dropped (never a "#")
		Set<Integer> unprintable = new TreeSet<>(result.lost());
		Set<Integer> uncovered = new TreeSet<>(invisible);
		if (known != null) {
			uncovered.addAll(missing); // a revision has the first layout's characters: none is new, but be sure
		}
		for (int cp : uncovered) {
			if (result.fonts().stream().noneMatch(f -> FontFile.read(f.file()).map(ff -> ff.has(cp)).orElse(false))) {
				unprintable.add(cp);
			}
		}
		if (!unprintable.isEmpty()) {
			for (Text text : texts) {
				String data = text.getData();
				if (data.codePoints().anyMatch(unprintable::contains)) {
					StringBuilder replaced = new StringBuilder(data.length());
					data.codePoints().forEach(cp -> {
						if (!unprintable.contains(cp)) {
							replaced.appendCodePoint(cp);
						} else if (!Fallbacks.ignorable(cp)) {
							replaced.append(REPLACEMENT);
						}
					});
					text.setData(replaced.toString());
				}
			}
		}
		Element head = child(document.getDocumentElement(), "head");
		Element style = head == null ? null : child(head, "style");
		if (style != null && beyondSerif) { // else every character is in every embedded family
			style.setTextContent(families(style.getTextContent(), result.fonts()));
		}
		Languages.mark(texts);
		return result;
	}

	/**
	 * The stylesheet with every embedded family followed by its fallbacks: DejaVu Serif by DejaVu Sans, DejaVu
	 * Sans by its upright face (its oblique lacks Arabic) and then the fallback fonts.
	 */
	static String families(String css, List<Fallbacks.Font> fonts) {
		if (css.contains(Fonts.SANS_UPRIGHT)) {
			return css; // done before
		}
		StringBuilder sans = new StringBuilder(quoted(Fonts.SANS)).append(", ").append(quoted(Fonts.SANS_UPRIGHT));
		for (Fallbacks.Font font : fonts) {
			sans.append(", ").append(quoted(font.family()));
		}
		String serifMark = "\u0000serif\u0000";
		return css.replace(quoted(Fonts.SERIF), serifMark).replace(quoted(Fonts.SANS), sans)
				.replace(serifMark, quoted(Fonts.SERIF) + ", " + sans);
	}

	private static String quoted(String family) {
		return '"' + family + '"';
	}

	private static void collect(Node node, List<Text> texts) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Text text) {
				texts.add(text);
			} else if (child.getNodeType() == Node.ELEMENT_NODE) {
				collect(child, texts);
			}
		}
	}

	private static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}
}
