package parley.publish.pdf;

import java.lang.Character.UnicodeScript;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Marks text in a script that is clearly not English with its language, so that screen readers switch voice
 * (openhtmltopdf writes an element's {@code lang} as {@code /Lang} of its structure element): a guess from the
 * script alone (Han is Chinese unless kana make it Japanese, Cyrillic is Russian, and so on). An element whose
 * whole text is in one such script gets the {@code lang} attribute; punctuation, digits and emoji belong to no
 * script and do not count. Text that mixes English with another script keeps the document's language (see
 * the note in {@code mark(Text)}).
 */
final class Languages {

	private Languages() {
	}

	/** The language a script is taken for, or null for Latin and the scripts shared by all (common, inherited). */
	static String of(UnicodeScript script, boolean kana) {
		return switch (script) {
		case HAN -> kana ? "ja" : "zh";
		case HIRAGANA, KATAKANA -> "ja";
		case HANGUL -> "ko";
		case ARABIC -> "ar";
		case HEBREW -> "he";
		case GREEK -> "el";
		case CYRILLIC -> "ru";
		case THAI -> "th";
		case DEVANAGARI -> "hi";
		case ARMENIAN -> "hy";
		case GEORGIAN -> "ka";
		default -> null;
		};
	}

	static void mark(List<Text> texts) {
		for (Text text : texts) {
			if (text.getData().codePoints().anyMatch(cp -> cp >= 0x0370)) {
				mark(text);
			}
		}
	}

	private static void mark(Text text) {
		if (!(text.getParentNode() instanceof Element parent) || parent.getChildNodes().getLength() != 1
				|| "html".equals(parent.getLocalName()) || "body".equals(parent.getLocalName())) {
			// Only an element whose whole text is in one script is marked. Mixed text keeps the document's
			// language: openhtmltopdf 1.1.65 tags a <span lang> within bare text, but then draws a line's bare text
			// before the span, so the PDF's text reads out of order; with every run in a span it keeps the order
			// but makes no structure elements for the spans (so no /Lang either).
			return;
		}
		String data = text.getData();
		boolean kana = data.codePoints().anyMatch(cp -> {
			UnicodeScript s = UnicodeScript.of(cp);
			return s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA;
		});
		String found = null;
		for (int i = 0; i < data.length();) {
			int cp = data.codePointAt(i);
			i += Character.charCount(cp);
			UnicodeScript script = UnicodeScript.of(cp);
			if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN) {
				continue; // punctuation, digits, spaces, emoji, combining marks
			}
			String language = of(script, kana);
			if (language == null || found != null && !found.equals(language)) {
				return; // Latin (the document's language), or two other scripts
			}
			found = language;
		}
		if (found != null && !found.equals(inherited(parent))) {
			parent.setAttribute("lang", found);
		}
	}

	/** The language an element is in, from its own or its nearest ancestor's {@code lang}. */
	private static String inherited(Element element) {
		for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
			if (e.hasAttribute("lang")) {
				return e.getAttribute("lang");
			}
		}
		return null;
	}
}
