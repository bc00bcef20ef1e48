package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.publish.Layout;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.Sheet;
import parley.publish.WhatChanged;
import parley.publish.pdf.Edition;
import parley.publish.pdf.ManualDocument;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/**
 * Pocket cards for the floor (issue 16), read back with PDFBox: every step and signal is on its card or counted in a
 * pointer to the scenario's page in the manual, phrases are never cut, a long title leaves the page counter alone,
 * and four cards fit on an A4 sheet with crop marks that are artifacts.
 */
class TestCards {

	static final LocalDate DATE = LocalDate.of(2026, 11, 25);
	static final Selection EVERY = Selection.ALL.withUnapproved(true);
	private static final float MM = 72 / 25.4f;

	@TempDir
	static Path dir;
	static Playbook starter;
	static Playbook long9;
	static Path starterCards;
	static Path starterManual;
	static Path longCards;
	static Path longManual;
	static Path sheet;
	static Path duplex;
	static PublishResult starterResult;

	@BeforeAll
	static void publish() throws Exception {
		starter = Playbooks.starter(dir.resolve("starter")).playbook();
		starterCards = dir.resolve("cards.pdf");
		starterManual = dir.resolve("manual.pdf");
		starterResult = publish(starter, options(Layout.CARDS), starterCards);
		publish(starter, options(Layout.MANUAL), starterManual);
		sheet = dir.resolve("sheet.pdf");
		publish(starter, options(Layout.CARDS).withSheet(Sheet.A4_4UP), sheet);
		duplex = dir.resolve("duplex.pdf");
		publish(starter, options(Layout.CARDS).withSheet(Sheet.A4_4UP_DUPLEX), duplex);

		long9 = Playbooks.starter(dir.resolve("long")).playbook();
		lengthen(long9);
		longCards = dir.resolve("long-cards.pdf");
		longManual = dir.resolve("long-manual.pdf");
		publish(long9, options(Layout.CARDS), longCards);
		publish(long9, options(Layout.MANUAL), longManual);
	}

	/**
	 * The first scenario gets 9 steps of 200 characters and 6 long signals, the phrases its steps use get long
	 * wording, and the second scenario a title of 150 characters.
	 */
	static void lengthen(Playbook playbook) {
		Scenario scenario = playbook.getScenarios().get(0);
		List<Phrase> phrases = new ArrayList<>();
		scenario.getSteps().forEach(step -> phrases.addAll(step.getPhrases()));
		for (int i = 0; i < 4; i++) {
			Step step = PlaybookFactory.eINSTANCE.createStep();
			step.setInstruction("");
			scenario.getSteps().add(step);
		}
		for (int i = 0; i < scenario.getSteps().size(); i++) {
			String text = "Step " + (i + 1) + ": " + "keep your voice low and steady, name what you heard, and say what you will do next ".repeat(3);
			scenario.getSteps().get(i).setInstruction(text.substring(0, 200).strip());
		}
		scenario.getSignals().clear();
		for (int i = 0; i < 6; i++) {
			scenario.getSignals().add("Signal " + (i + 1) + ": the customer repeats the complaint louder and refers to earlier"
					+ " contacts that went nowhere, with growing impatience");
		}
		for (Phrase phrase : phrases) {
			phrase.setText("I can hear how much this has cost you, and I am not going to pass you on again: I will stay on"
					+ " this with you until we have a plan that works for you, and I will tell you exactly what happens"
					+ " next and when " + phrase.getId().substring(0, 4) + ".");
		}
		playbook.getScenarios().get(1).setTitle(("A customer who calls for the fifth time about the same delayed refund"
				+ " and asks to speak to someone senior right now ").repeat(2).substring(0, 150).strip());
	}

	static PublishOptions options(Layout layout) {
		return new PublishOptions(layout, EVERY, null, null, "v2.1", DATE, null);
	}

	static PublishResult publish(Playbook playbook, PublishOptions options, Path out) throws Exception {
		return new PdfPublisher().publish(playbook, options, out, new NullProgressMonitor());
	}

	@Test
	void everyStepAndSignalOfTheStarterIsOnItsCardOrPointedTo() throws Exception {
		Edition edition = Edition.select(starter, EVERY);
		try (Pdf pdf = new Pdf(starterCards); Pdf manual = new Pdf(starterManual)) {
			assertEquals(edition.scenarios().size(), pdf.pageCount(), "one card per page");
			Map<String, Integer> pages = scenarioPages(manual);
			for (int i = 0; i < pdf.pageCount(); i++) {
				assertNothingDroppedSilently(edition.scenarios().get(i), pdf.page(i + 1), pages);
			}
		}
	}

	@Test
	void longScenariosStayOnOneCardAndPointToTheRest() throws Exception {
		Edition edition = Edition.select(long9, EVERY);
		try (Pdf pdf = new Pdf(longCards); Pdf manual = new Pdf(longManual)) {
			assertEquals(edition.scenarios().size(), pdf.pageCount(), "each card exactly one page");
			Map<String, Integer> pages = scenarioPages(manual);
			for (int i = 0; i < pdf.pageCount(); i++) {
				assertNothingDroppedSilently(edition.scenarios().get(i), pdf.page(i + 1), pages);
			}
			String first = pdf.page(edition.scenarios().indexOf(long9.getScenarios().get(0)) + 1);
			assertTrue(Pattern.compile("\\+\\d+ more steps(, full text)? — manual p\\. \\d+").matcher(first).find(), first);
			assertTrue(first.contains("“I can hear how much this has cost you"), "a long phrase is shown whole: " + first);
			// the long title's card: the counter stays on one line, and the footer's title is shortened
			int n = pdf.pageCount();
			for (int page = 1; page <= n; page++) {
				String counter = page + " / " + n;
				assertTrue(pdf.lines().stream().anyMatch(l -> l.endsWith(counter)), "counter " + counter);
			}
			String second = pdf.page(edition.scenarios().indexOf(long9.getScenarios().get(1)) + 1);
			assertTrue(second.contains(long9.getScenarios().get(1).getTitle().substring(0, 60)), second);
		}
	}

	@Test
	void theCardsCountOnlyWhatIsOnThem() {
		Edition edition = starterEdition();
		assertEquals(edition.scenarios().size(), starterResult.entries(), "cards, not every entry of the edition");
		assertTrue(starterResult.unapproved() <= edition.scenarios().size(), "cards with a DRAFT mark");
	}

	@Test
	void fourCardsOnEachA4SheetWithCropMarks() throws Exception {
		Edition edition = starterEdition();
		try (Pdf pdf = new Pdf(sheet); Pdf manual = new Pdf(starterManual)) {
			int cards = edition.scenarios().size();
			assertEquals((cards + 3) / 4, pdf.pageCount());
			PDRectangle box = pdf.document.getPage(0).getMediaBox();
			assertEquals(210 * MM, box.getWidth(), 1.0);
			assertEquals(297 * MM, box.getHeight(), 1.0);
			Map<String, Integer> pages = scenarioPages(manual);
			for (int i = 0; i < cards; i++) {
				// card i's quarter: 98 x 138 mm from (7, 10.5) mm
				float x = (7 + (i % 2) * 98) * MM;
				float y = (10.5f + (i / 2 % 2) * 138) * MM;
				String text = pdf.region(i / 4 + 1, x, y, 98 * MM, 138 * MM);
				Scenario scenario = edition.scenarios().get(i);
				assertTrue(text.contains(scenario.getTitle()), "card " + (i + 1) + ": " + text);
				assertTrue(text.contains((i + 1) + " / " + cards), "card number " + (i + 1) + ": " + text);
				assertNothingDroppedSilently(scenario, text, pages);
			}
			List<Pdf.Segment> marks = pdf.segments(1);
			float top = 297 * MM;
			for (double cut : new double[] { 7, 105, 203 }) {
				float cx = (float) (cut * MM);
				assertTrue(marks.stream().anyMatch(s -> s.artifact() && near(s.x1(), cx) && near(s.x2(), cx)
						&& Math.min(s.y1(), s.y2()) > top - 10.5f * MM), "mark above the cut at x = " + cut + " mm");
				assertTrue(marks.stream().anyMatch(s -> s.artifact() && near(s.x1(), cx) && near(s.x2(), cx)
						&& Math.max(s.y1(), s.y2()) < 10.5f * MM), "mark below the cut at x = " + cut + " mm");
			}
			for (double cut : new double[] { 10.5, 148.5, 286.5 }) {
				float cy = (float) (top - cut * MM);
				assertTrue(marks.stream().anyMatch(s -> s.artifact() && near(s.y1(), cy) && near(s.y2(), cy)
						&& Math.max(s.x1(), s.x2()) < 7 * MM), "mark left of the cut at y = " + cut + " mm");
				assertTrue(marks.stream().anyMatch(s -> s.artifact() && near(s.y1(), cy) && near(s.y2(), cy)
						&& Math.min(s.x1(), s.x2()) > 203 * MM), "mark right of the cut at y = " + cut + " mm");
			}
			assertFalse(pdf.taggedText(1).isEmpty());
			assertTrue(pdf.document.getDocumentCatalog().getMarkInfo().isMarked());
		}
	}

	/**
	 * Double-sided: a page of fronts (notice, do), then a page of their backs (say, not), each back in the other
	 * column so that long-edge duplex puts it behind its front.
	 */
	@Test
	void doubleSidedSheetsPutEachBackBehindItsFront() throws Exception {
		Edition edition = starterEdition();
		try (Pdf pdf = new Pdf(duplex); Pdf manual = new Pdf(starterManual)) {
			int cards = edition.scenarios().size();
			assertEquals(2 * ((cards + 3) / 4), pdf.pageCount());
			Map<String, Integer> pages = scenarioPages(manual);
			for (int i = 0; i < cards; i++) {
				int row = i / 2 % 2;
				int column = i % 2;
				float y = (10.5f + row * 138) * MM;
				String front = pdf.region(i / 4 * 2 + 1, (7 + column * 98) * MM, y, 98 * MM, 138 * MM);
				String back = pdf.region(i / 4 * 2 + 2, (7 + (1 - column) * 98) * MM, y, 98 * MM, 138 * MM);
				Scenario scenario = edition.scenarios().get(i);
				assertTrue(front.contains(scenario.getTitle()) && front.contains("DO"), "front " + (i + 1) + ": " + front);
				assertFalse(front.contains("SAY"), "front " + (i + 1) + ": " + front);
				assertTrue(back.contains(scenario.getTitle()) && back.contains((i + 1) + " / " + cards),
						"back " + (i + 1) + " behind its front: " + back);
				assertFalse(back.contains("NOTICE") || back.contains("DO "), "back " + (i + 1) + ": " + back);
				assertNothingDroppedSilently(scenario, front + " " + back, pages);
			}
			assertFalse(pdf.segments(2).stream().filter(Pdf.Segment::artifact).toList().isEmpty(), "marks on the backs");
		}
	}

	@Test
	void theSheetsAndLongCardsPassPdfUa1() throws Exception {
		PdfUa.Report report = PdfUa.check(sheet, duplex, longCards);
		assertEquals(0, report.exitCode(), report.output());
		assertTrue(report.output().contains("PASS " + sheet) && report.output().contains("PASS " + duplex)
				&& report.output().contains("PASS " + longCards), report.output());
	}

	/** "--since is ignored for cards without a word": a card with no phrase at all is marked when it changed. */
	@Test
	void sinceMarksAChangedCardThatHasNoPhrase() throws Exception {
		Playbook playbook = Playbooks.starter(dir.resolve("since")).playbook();
		Scenario bare = playbook.getScenarios().get(2);
		bare.getSteps().forEach(step -> step.getPhrases().clear());
		WhatChanged changes = new WhatChanged("v1.0", List.of(new WhatChanged.Change(WhatChanged.Kind.CHANGED,
				bare.getId(), "scenario", bare.getTitle(), List.of("signals"))));
		Path out = dir.resolve("since-cards.pdf");
		publish(playbook, options(Layout.CARDS).withWhatChanged(changes), out);
		Edition edition = Edition.select(playbook, EVERY);
		try (Pdf pdf = new Pdf(out)) {
			for (int i = 0; i < pdf.pageCount(); i++) {
				Scenario scenario = edition.scenarios().get(i);
				String card = pdf.page(i + 1);
				assertTrue(card.contains(scenario.getTitle()), card);
				if (scenario == bare) {
					assertTrue(card.contains("CHANGED since v1.0"), card);
					assertFalse(card.contains("SAY"), "no phrase on this card: " + card);
				} else {
					assertFalse(card.contains("CHANGED since"), "only the changed scenario's card: " + card);
				}
			}
		}
	}

	private static boolean near(float a, float b) {
		return Math.abs(a - b) < 0.5f;
	}

	private static Edition starterEdition() {
		try {
			return Edition.select(starter, EVERY);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Each scenario's page in the manual, from the manual's outline. */
	static Map<String, Integer> scenarioPages(Pdf manual) throws Exception {
		Map<String, Integer> pages = new HashMap<>();
		Pdf.Mark scenarios = manual.outline().stream().filter(m -> m.title().equals(ManualDocument.SCENARIOS))
				.findFirst().orElseThrow();
		scenarios.children().forEach(m -> pages.put(m.title(), m.page()));
		return pages;
	}

	/**
	 * Every step and signal of the scenario is on the card (whitespace collapsed), or shortened at a word boundary
	 * and the list points to the manual ("full text"), or counted in the list's "+N more" pointer with the scenario's
	 * page in the manual; phrases are never cut without their closing quote.
	 */
	static void assertNothingDroppedSilently(Scenario scenario, String card, Map<String, Integer> manualPages) {
		Integer page = manualPages.get(scenario.getTitle());
		assertNotNull(page, scenario.getTitle() + " is in the manual");
		assertList(scenario, card, page, scenario.getSteps().stream().map(Step::getInstruction).toList(), "step", "steps");
		assertList(scenario, card, page, scenario.getSignals(), "signal", "signals");
		int depth = 0;
		for (int i = 0; i < card.length(); i++) {
			char c = card.charAt(i);
			if (c == '\u201C') {
				depth++;
			} else if (c == '\u201D') {
				depth = Math.max(0, depth - 1);
			} else if (c == '\u2026' && depth > 0) {
				assertTrue(i + 1 < card.length() && card.charAt(i + 1) == '\u201D',
						"an ellipsis inside a quotation keeps the closing quote: " + card.substring(Math.max(0, i - 60), i + 1));
			}
		}
	}

	private static void assertList(Scenario scenario, String card, int page, List<String> items, String one, String many) {
		int missing = 0;
		int shortened = 0;
		for (String item : items) {
			String text = Pdf.normalise(item);
			if (text.isEmpty() || card.contains(text)) {
				continue;
			}
			if (shortenedOn(card, text)) {
				shortened++;
			} else {
				missing++;
			}
		}
		String where = " — manual p. " + page;
		String label = scenario.getTitle() + ", " + many + ": " + card;
		if (missing > 0) {
			String count = (missing < items.size() ? "+" + missing + " more " : missing + " ") + (missing == 1 ? one : many);
			assertTrue(card.contains(count + (shortened > 0 ? ", full text" : "") + where), "expected '" + count + "' in " + label);
		} else {
			Matcher m = Pattern.compile("\\d+ (more )?(" + one + "|" + many + ")\\b[^—]*—").matcher(card);
			assertFalse(m.find(), "no pointer when nothing is left out: " + label);
			if (shortened > 0) {
				assertTrue(card.contains("Full text" + where), "a shortened " + one + " points to the manual: " + label);
			}
		}
	}

	/** Whether the card holds a word-boundary prefix of the text followed by an ellipsis. */
	private static boolean shortenedOn(String card, String text) {
		String[] words = text.split(" ");
		for (int k = words.length - 1; k >= 3; k--) {
			String prefix = String.join(" ", java.util.Arrays.copyOf(words, k)).replaceAll("[,;:\\-–—]+$", "");
			if (card.contains(prefix + "\u2026")) {
				return true;
			}
		}
		return false;
	}
}
