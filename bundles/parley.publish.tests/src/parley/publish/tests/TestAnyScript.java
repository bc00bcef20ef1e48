package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.publish.Layout;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.UnprintableTextException;
import parley.publish.pdf.FontSource;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/**
 * Issue 16: text in any script. A scenario of the starter holds Chinese, Arabic, Hebrew, Greek and an emoji,
 * in a serif heading and in body text. Each either prints (the PDF's text layer has it, right-to-left words in
 * logical order) or the export warns naming the entry, the field and the characters; never a silent "#".
 */
class TestAnyScript {

	static final String CHINESE = "\u8BF7\u7A0D\u7B49"; // 请稍等
	static final String ARABIC = "\u0634\u0643\u0631\u0627 \u0644\u0635\u0628\u0631\u0643"; // شكرا لصبرك
	static final String HEBREW = "\u05EA\u05D5\u05D3\u05D4 \u05E2\u05DC \u05D4\u05E1\u05D1\u05DC\u05E0\u05D5\u05EA"; // תודה על הסבלנות
	static final String GREEK = "\u0395\u03C5\u03C7\u03B1\u03C1\u03B9\u03C3\u03C4\u03CE"; // Ευχαριστώ
	static final String EMOJI = "\uD83D\uDE0A"; // 😊
	static final String TITLE = "Thanks in any script " + GREEK + " " + ARABIC;
	static final String SITUATION = "Chinese: " + CHINESE + ". Arabic: " + ARABIC + ". Hebrew: " + HEBREW
			+ ". Greek: " + GREEK + ". Emoji: " + EMOJI + ".";

	@TempDir
	static Path dir;
	static Playbook playbook;
	static Path manual;
	static PublishResult manualResult;
	static Path cards;
	static PublishResult cardsResult;

	@BeforeAll
	static void publish() throws Exception {
		playbook = Playbooks.starter(dir.resolve("starter")).playbook();
		Scenario scenario = playbook.getScenarios().get(0);
		scenario.setTitle(TITLE);
		scenario.setSituation(SITUATION);
		scenario.setOutcome(HEBREW);
		scenario.getSignals().add(0, CHINESE);
		scenario.getSignals().add(0, GREEK);
		Step step = PlaybookFactory.eINSTANCE.createStep();
		step.setInstruction(ARABIC + " " + EMOJI);
		scenario.getSteps().add(0, step);
		manual = dir.resolve("manual.pdf");
		cards = dir.resolve("cards.pdf");
		manualResult = new PdfPublisher().publish(playbook, TestPdfPublisher.options(Layout.MANUAL), manual,
				new NullProgressMonitor());
		cardsResult = new PdfPublisher().publish(playbook, TestPdfPublisher.options(Layout.CARDS), cards,
				new NullProgressMonitor());
	}

	@Test
	void everyScriptPrintsOrIsWarnedAbout() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			String all = pdf.all();
			// DejaVu Sans has Greek, Arabic and Hebrew: they print in any case, right-to-left words in logical order
			for (String covered : List.of(GREEK, ARABIC, HEBREW)) {
				assertTrue(all.contains(covered), "the manual lacks " + covered + ": " + around(all, "Chinese:"));
			}
			assertTrue(all.contains(TITLE), "the serif heading falls back to fonts with Arabic: " + around(all, "Thanks"));
			// Chinese and the emoji print where an installed (or the embedded) font has them, else they are warned about
			printedOrWarned(all, manualResult, CHINESE, "situation");
			printedOrWarned(all, manualResult, EMOJI, "situation");
			String situation = around(all, "Chinese:");
			assertFalse(situation.contains("#"), "no silent #: " + situation);
		}
		try (Pdf pdf = new Pdf(cards)) {
			String all = pdf.all();
			assertTrue(all.contains(TITLE), "the card's serif title: " + around(all, "Thanks"));
			assertTrue(all.contains(ARABIC), "the card's first step: " + around(all, "DO"));
			// PDFBox reverses a line whose first letter is Arabic as a whole, which splits the emoji's surrogate
			// pair: look for the emoji among the glyphs as drawn
			printedOrWarned(drawn(pdf), cardsResult, EMOJI, "steps[1].instruction");
			assertFalse(around(all, "DO").contains("#"), around(all, "DO"));
		}
	}

	/** The text of every glyph in the order the pages draw them (each glyph's own Unicode mapping). */
	static String drawn(Pdf pdf) throws IOException {
		StringBuilder sequence = new StringBuilder();
		org.apache.pdfbox.text.PDFTextStripper inOrder = new org.apache.pdfbox.text.PDFTextStripper() {
			@Override
			protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
				sequence.append(text.getUnicode());
			}
		};
		inOrder.getText(pdf.document);
		return sequence.toString();
	}

	private static void printedOrWarned(String text, PublishResult result, String characters, String field) {
		if (text.contains(characters)) {
			return;
		}
		for (int cp : characters.codePoints().toArray()) {
			String named = new String(Character.toChars(cp)) + String.format(Locale.ROOT, " U+%04X", cp);
			assertTrue(result.warnings().stream().anyMatch(w -> w.contains("\"" + TITLE + "\"") && w.contains(field)
					&& w.contains(named)), named + " neither printed nor warned about: " + result.warnings());
		}
		assertTrue(text.contains("\uFFFD"), "a character no font has prints as U+FFFD");
	}

	@Test
	void warningsNameOnlyWhatDidNotPrint() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			String all = pdf.all();
			for (String warning : manualResult.warnings()) {
				assertTrue(warning.contains("no font has"), warning);
				for (String covered : List.of(GREEK, ARABIC, HEBREW)) {
					assertFalse(warning.contains(covered.substring(0, 1) + " U+"), "printed, yet warned: " + warning);
				}
			}
			if (all.contains(CHINESE) && all.contains(EMOJI)) {
				assertEquals(List.of(), manualResult.warnings());
			}
		}
	}

	@Test
	void withoutInstalledFontsChineseIsWarnedPerFieldAndStrictWritesNothing() throws Exception {
		Path out = dir.resolve("no-system-fonts.pdf");
		PublishResult result = new PdfPublisher(FontSource.NONE).publish(playbook,
				TestPdfPublisher.options(Layout.MANUAL), out, new NullProgressMonitor());
		String chinese = "\u8BF7 U+8BF7, \u7A0D U+7A0D, \u7B49 U+7B49";
		assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("scenario \"" + TITLE + "\", situation: ")
				&& w.contains(chinese)), result.warnings().toString());
		assertTrue(result.warnings().stream().noneMatch(w -> w.contains("outcome")), "Hebrew prints: " + result.warnings());
		try (Pdf pdf = new Pdf(out)) {
			assertTrue(pdf.all().contains("Chinese: \uFFFD\uFFFD\uFFFD."), around(pdf.all(), "Chinese:"));
		}

		Path strict = dir.resolve("strict.pdf");
		var e = org.junit.jupiter.api.Assertions.assertThrows(UnprintableTextException.class,
				() -> new PdfPublisher(FontSource.NONE).publish(playbook,
						TestPdfPublisher.options(Layout.MANUAL).withStrict(true), strict, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains(chinese) && e.getMessage().contains(TITLE), e.getMessage());
		assertEquals(result.warnings(), e.problems());
		assertFalse(Files.exists(strict));
		assertEquals(List.of(), TestPdfPublisher.filesIn(dir).stream()
				.filter(f -> f.getFileName().toString().contains("strict")).toList(), "nothing written");
	}

	@Test
	void rightToLeftWordsAreDrawnRightToLeft() throws Exception {
		// glyphs in the order the page draws them: a right-to-left word is drawn last letter first
		String word = HEBREW.substring(0, 4); // תודה
		String drawn = new StringBuilder(word).reverse().toString();
		try (Pdf pdf = new Pdf(manual)) {
			List<org.apache.pdfbox.text.TextPosition> glyphs = new ArrayList<>();
			org.apache.pdfbox.text.PDFTextStripper inOrder = new org.apache.pdfbox.text.PDFTextStripper() {
				@Override
				protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
					glyphs.add(text);
				}
			};
			inOrder.getText(pdf.document);
			StringBuilder sequence = new StringBuilder();
			glyphs.forEach(g -> sequence.append(g.getUnicode().length() == 1 ? g.getUnicode() : "?"));
			int at = sequence.indexOf(drawn);
			assertTrue(at >= 0, "the Hebrew word is drawn as " + drawn + " from left to right");
			assertTrue(glyphs.get(at).getX() < glyphs.get(at + 3).getX(), "drawn leftwards from the first letter");
		}
	}

	@Test
	void textInAnotherScriptIsMarkedWithItsLanguage() throws Exception {
		// the outcome is all Hebrew, the first step Arabic (and an emoji), two signals Greek and Chinese: each such
		// element's structure element carries /Lang; the document is English
		try (Pdf pdf = new Pdf(manual)) {
			List<String> languages = new ArrayList<>();
			var root = pdf.document.getDocumentCatalog().getStructureTreeRoot();
			collectLanguages(root, languages);
			assertEquals("en", languages.get(0), "the document's language: " + languages);
			for (String expected : List.of("he", "ar", "el")) {
				assertTrue(languages.contains(expected), expected + " in " + languages);
			}
			// Chinese is marked where a font has it; else it prints as U+FFFD, in no script
			Set<String> expected = pdf.all().contains(CHINESE) ? Set.of("en", "he", "ar", "el", "zh")
					: Set.of("en", "he", "ar", "el");
			assertEquals(expected, Set.copyOf(languages), "only these (the mixed title and situation are not marked)");
		}
	}

	private static void collectLanguages(PDStructureNode node, List<String> languages) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if (element.getLanguage() != null) {
					languages.add(element.getLanguage());
				}
				collectLanguages(element, languages);
			}
		}
	}

	@Test
	void theExportPassesPdfUa1() throws Exception {
		PdfUa.Report report = PdfUa.check(manual, cards);
		assertEquals(0, report.exitCode(), report.output());
	}

	@Test
	void fontsAreFoundInFoldersByTheirCharacterMaps() throws Exception {
		Path fonts = Files.createDirectories(dir.resolve("fonts/truetype/sub"));
		Path dejavu = fonts.resolve("Copy.ttf");
		try (InputStream in = embeddedSans().openStream()) {
			Files.copy(in, dejavu);
		}
		Files.writeString(fonts.resolve("Broken.ttf"), "not a font");
		Files.writeString(fonts.resolve("readme.txt"), "\u05D0");
		FontSource source = FontSource.folders(List.of(dir.resolve("fonts"), dir.resolve("no-such-folder")));
		assertEquals(List.of(dejavu), source.candidates(0x05D0), "Hebrew alef");
		assertEquals(List.of(), source.candidates(0x8BF7), "no Chinese");
	}

	@Test
	void installedFontsAreAskedForOnlyWhatTheEmbeddedOnesLack() throws Exception {
		List<Integer> asked = java.util.Collections.synchronizedList(new ArrayList<>());
		Path junk = Files.writeString(dir.resolve("junk.ttf"), "not a font");
		FontSource fake = codePoint -> {
			asked.add(codePoint);
			return List.of(dir.resolve("no-such-font.ttf"), junk); // nothing usable
		};
		// the starter's text is all in the embedded fonts: no lookup
		Playbook starter = Playbooks.starter(dir.resolve("plain")).playbook();
		PublishResult plain = new PdfPublisher(fake).publish(starter, TestPdfPublisher.options(Layout.MANUAL),
				dir.resolve("plain.pdf"), new NullProgressMonitor());
		assertEquals(List.of(), asked);
		assertEquals(List.of(), plain.warnings());

		// Chinese: asked once for the first character; its neighbours in the block are not asked again
		PublishResult result = new PdfPublisher(fake).publish(playbook, TestPdfPublisher.options(Layout.MANUAL),
				dir.resolve("fake.pdf"), new NullProgressMonitor());
		assertEquals(1, asked.stream().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
				.count(), asked.toString());
		assertFalse(asked.contains((int) GREEK.charAt(0)) || asked.contains((int) HEBREW.charAt(0)), asked.toString());
		assertTrue(result.warnings().stream().anyMatch(w -> w.contains("\u8BF7 U+8BF7")), result.warnings().toString());

		// a source that fails finds nothing, and the export goes on
		FontSource broken = codePoint -> {
			throw new IllegalStateException("fontconfig crashed");
		};
		PublishResult despite = new PdfPublisher(broken).publish(playbook, TestPdfPublisher.options(Layout.MANUAL),
				dir.resolve("broken.pdf"), new NullProgressMonitor());
		assertEquals(result.warnings(), despite.warnings());
		assertTrue(Files.size(dir.resolve("broken.pdf")) > 0);
	}

	/** DejaVu Sans from the font bundle parley.publish requires. */
	private static java.net.URL embeddedSans() {
		var wiring = org.osgi.framework.FrameworkUtil.getBundle(PdfPublisher.class)
				.adapt(org.osgi.framework.wiring.BundleWiring.class);
		for (var wire : wiring.getRequiredWires(org.osgi.framework.namespace.BundleNamespace.BUNDLE_NAMESPACE)) {
			var entry = wire.getProvider().getBundle().getEntry("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
			if (entry != null) {
				return entry;
			}
		}
		throw new AssertionError("the font bundle is not wired to parley.publish");
	}

	/** The text around {@code marker}, for messages. */
	static String around(String text, String marker) {
		int at = Math.max(0, text.indexOf(marker));
		return text.substring(at, Math.min(text.length(), at + 120));
	}
}
