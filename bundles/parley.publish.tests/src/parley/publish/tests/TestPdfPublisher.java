package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.service.EntryType;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.publish.Layout;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.WhatChanged;
import parley.publish.pdf.Edition;
import parley.publish.pdf.ManualDocument;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/** The manual and the pocket cards of the starter playbook, read back with PDFBox. */
class TestPdfPublisher {

	static final LocalDate DATE = LocalDate.of(2026, 11, 25);
	/** Every entry of the starter, approved or not (unapproved ones marked DRAFT): these tests are about layout. */
	static final Selection EVERY = Selection.ALL.withUnapproved(true);

	@TempDir
	static Path dir;
	static Playbook playbook;
	static Path manual;
	static Path cards;
	static PublishResult manualResult;

	@BeforeAll
	static void publishStarter() throws Exception {
		Path folder = dir.resolve("starter");
		playbook = Playbooks.starter(folder).playbook();
		manual = dir.resolve("manual.pdf");
		cards = dir.resolve("cards.pdf");
		manualResult = publish(options(Layout.MANUAL), manual);
		publish(options(Layout.CARDS), cards);
	}

	static PublishOptions options(Layout layout) {
		return new PublishOptions(layout, EVERY, null, null, "v2.1", DATE, null);
	}

	static PublishResult publish(PublishOptions options, Path out) throws Exception {
		return new PdfPublisher().publish(playbook, options, out, new NullProgressMonitor());
	}

	@Test
	void manualOutlineMirrorsTheSectionsAndEveryEntry() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			assertEquals(manualResult.pages(), pdf.pageCount());
			List<Pdf.Mark> outline = pdf.outline();
			assertEquals(List.of(ManualDocument.CONTENTS, ManualDocument.SCENARIOS, ManualDocument.TECHNIQUES,
					ManualDocument.PHRASE_INDEX, ManualDocument.SOURCES), outline.stream().map(Pdf.Mark::title).toList());
			for (Pdf.Mark section : outline) {
				// the bookmark leads to the page where the section's heading and running header are
				String page = pdf.page(section.page());
				assertTrue(page.startsWith(section.title().toUpperCase()) || page.contains(section.title()),
						section.title() + " is not on page " + section.page() + ": " + page.substring(0, 80));
			}
			Set<String> scenarioMarks = new HashSet<>();
			outline.get(1).children().forEach(m -> scenarioMarks.add(m.title()));
			Set<String> scenarioTitles = new HashSet<>();
			playbook.getScenarios().forEach(s -> scenarioTitles.add(s.getTitle()));
			assertEquals(scenarioTitles, scenarioMarks);
			assertEquals(playbook.getTechniques().size(), outline.get(2).children().size());
		}
	}

	@Test
	void contentsAndCrossReferencesGiveTheRightPages() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			Map<String, Integer> bookmarked = new HashMap<>();
			for (Pdf.Mark section : pdf.outline()) {
				bookmarked.put(section.title(), section.page());
				section.children().forEach(m -> bookmarked.put(m.title(), m.page()));
			}
			// Contents: "Title ....... 12" on pages 2-3
			String contents = pdf.page(2) + " " + pdf.page(3);
			int checked = 0;
			for (Technique technique : playbook.getTechniques()) {
				Matcher m = Pattern.compile(Pattern.quote(technique.getTitle()) + " \\.[ .]*(\\d+)").matcher(contents);
				assertTrue(m.find(), "contents list " + technique.getTitle());
				int page = Integer.parseInt(m.group(1));
				assertEquals(bookmarked.get(technique.getTitle()), page, "contents page of " + technique.getTitle());
				assertTrue(pdf.page(page).contains(technique.getTitle()));
				checked++;
			}
			assertEquals(playbook.getTechniques().size(), checked);
			// Cross references in scenario steps: "Technique title (p. N)"
			int references = 0;
			for (Technique technique : playbook.getTechniques()) {
				Matcher m = Pattern.compile(Pattern.quote(technique.getTitle()) + " \\(p\\. (\\d+)\\)").matcher(pdf.all());
				while (m.find()) {
					assertEquals(bookmarked.get(technique.getTitle()), Integer.parseInt(m.group(1)),
							"cross reference to " + technique.getTitle());
					references++;
				}
			}
			assertTrue(references > 20, "only " + references + " cross references found");
		}
	}

	@Test
	void sayThisSitsOnThePageOfTheAvoidPhraseItReplaces() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			Edition edition = Edition.select(playbook, EVERY);
			int pairs = 0;
			for (Scenario scenario : edition.scenarios()) {
				assertFalse(pdf.pagesWith(scenario.getTitle()).isEmpty(), scenario.getTitle());
				for (Edition.Pair pair : edition.sayInsteadOf(scenario)) {
					for (Phrase avoid : pair.insteadOf()) {
						List<Integer> sayPages = pdf.pagesWith(pair.say().getText());
						List<Integer> avoidPages = pdf.pagesWith(avoid.getText());
						sayPages.retainAll(avoidPages);
						assertFalse(sayPages.isEmpty(), "'" + pair.say().getText() + "' and '" + avoid.getText()
								+ "' never share a page");
						pairs++;
					}
				}
			}
			assertTrue(pairs > 10, "only " + pairs + " say/instead pairs");
			assertTrue(pdf.all().contains("SAY THIS") || pdf.all().contains("Say this"));
		}
	}

	/**
	 * A page reference is never broken across lines ("(p." / "32)", issue 16). That it names the target's page is
	 * checked by the tests of the steps' and phrases' references.
	 */
	@Test
	void pageReferencesAreNeverBrokenAcrossLines() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			long references = pdf.lines().stream().filter(l -> l.matches(".*\\(p\\. \\d+\\).*")).count();
			assertTrue(references > 20, "the manual has page references: " + references);
			for (String line : pdf.lines()) {
				assertFalse(line.matches(".*\\(p\\.( \\d+)?") || line.matches("\\d+\\).*"),
						"a page reference broken at a line's end or start: " + line);
			}
		}
	}

	/** A review date is never broken across lines ("Reviewed 25" / "November 2026", issue 16). */
	@Test
	void reviewDatesAreNeverBrokenAcrossLines() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			List<String> reviewed = pdf.lines().stream().filter(l -> l.contains("Reviewed ")).toList();
			assertTrue(reviewed.size() > 10, "the manual shows review dates: " + reviewed.size());
			for (String line : reviewed) {
				assertTrue(line.matches(".*Reviewed \\d{1,2} [A-Z][a-z]+ \\d{4}.*"), "a date broken at the line's end: " + line);
			}
		}
	}

	@Test
	void runningHeaderAndFooterNameSectionPageAndVersion() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			int last = pdf.pageCount();
			String page = pdf.page(last);
			assertTrue(page.contains("Page " + last + " of " + last), page);
			assertTrue(page.contains("v2.1"), page);
			assertTrue(page.startsWith("SOURCES"), "running header names the section: " + page.substring(0, 40));
			assertTrue(pdf.page(1).contains("Version: v2.1") && pdf.page(1).contains("25 November 2026"));
		}
	}

	@Test
	void fontsAreEmbeddedDejaVuAndTheDocumentIsTaggedWithMetadata() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			PDDocument doc = pdf.document;
			Set<String> fonts = new HashSet<>();
			for (PDPage page : doc.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
					assertTrue(font instanceof PDType0Font, font.getName() + " is not a Unicode (Type 0) font");
					fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
				}
			}
			assertTrue(fonts.stream().allMatch(f -> f.startsWith("DejaVu")), fonts.toString());
			PDDocumentCatalog catalog = doc.getDocumentCatalog();
			assertNotNull(catalog.getMarkInfo());
			assertTrue(catalog.getMarkInfo().isMarked(), "not tagged");
			assertNotNull(catalog.getStructureTreeRoot(), "no structure tree");
			assertEquals("en", catalog.getLanguage());
			assertTrue(catalog.getViewerPreferences().displayDocTitle());
			var info = doc.getDocumentInformation();
			assertEquals(playbook.getTitle(), info.getTitle());
			assertEquals(playbook.getOrganisation(), info.getAuthor());
			assertTrue(info.getSubject().contains("manual") && info.getSubject().contains("v2.1"), info.getSubject());
			assertEquals("v2.1", info.getCustomMetadataValue("Version"));
			XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
			assertEquals(playbook.getTitle(), xmp.getDublinCoreSchema().getTitle());
		}
	}

	@Test
	void cardsPutOneScenarioOnEachA6Page() throws Exception {
		try (Pdf pdf = new Pdf(cards)) {
			Edition edition = Edition.select(playbook, EVERY);
			assertEquals(edition.scenarios().size(), pdf.pageCount());
			for (int i = 0; i < pdf.pageCount(); i++) {
				Scenario scenario = edition.scenarios().get(i);
				assertTrue(pdf.page(i + 1).contains(scenario.getTitle()), "card " + (i + 1));
				var box = pdf.document.getPage(i).getMediaBox();
				assertEquals(105 / 25.4 * 72, box.getWidth(), 1.0);
				assertEquals(148 / 25.4 * 72, box.getHeight(), 1.0);
			}
			assertEquals(edition.scenarios().stream().map(Scenario::getTitle).toList(),
					pdf.outline().stream().map(Pdf.Mark::title).toList());
			assertTrue(pdf.all().contains("NOTICE") && pdf.all().contains("SAY"), pdf.page(1));
			assertTrue(pdf.document.getDocumentCatalog().getMarkInfo().isMarked());
		}
	}

	@Test
	void cardsStayOnOnePageEvenForLongScenarios() throws Exception {
		Scenario scenario = playbook.getScenarios().get(0);
		String long70 = "Keep going with a very long instruction that explains far more than fits on a line ";
		List<String> oldSignals = new ArrayList<>(scenario.getSignals());
		try {
			for (int i = 0; i < 8; i++) {
				scenario.getSignals().add(long70.repeat(3));
			}
			Path out = dir.resolve("long-cards.pdf");
			publish(options(Layout.CARDS), out);
			try (Pdf pdf = new Pdf(out)) {
				assertEquals(playbook.getScenarios().size(), pdf.pageCount());
			}
			// a generated playbook whose first layout runs some cards onto a second page
			Playbook generated = parley.core.sample.SyntheticPlaybook.generate(800, 42);
			Path many = dir.resolve("generated-cards.pdf");
			PublishResult result = new PdfPublisher().publish(generated, options(Layout.CARDS), many, new NullProgressMonitor());
			assertEquals(generated.getScenarios().size(), result.pages());
		} finally {
			scenario.getSignals().clear();
			scenario.getSignals().addAll(oldSignals);
		}
	}

	@Test
	void filtersLeaveOutEverythingElse() throws Exception {
		Set<Status> approved = Set.of(Status.APPROVED);
		Selection selection = new Selection(Set.of(), Set.of(), approved, Set.of(), Set.of(), List.of());
		Path out = dir.resolve("approved.pdf");
		publish(options(Layout.MANUAL).withSelection(selection), out);
		Set<String> expected = new HashSet<>();
		Set<String> excluded = new HashSet<>();
		for (Entry entry : List.<Entry>copyOf(playbook.getScenarios())) {
			(entry.getStatus() == Status.APPROVED ? expected : excluded).add(entry.getTitle());
		}
		for (Entry entry : List.<Entry>copyOf(playbook.getTechniques())) {
			(entry.getStatus() == Status.APPROVED ? expected : excluded).add(entry.getTitle());
		}
		assertFalse(expected.isEmpty());
		assertFalse(excluded.isEmpty(), "the starter playbook should have entries that are not approved");
		try (Pdf pdf = new Pdf(out)) {
			Set<String> marked = new HashSet<>();
			pdf.outline().forEach(s -> s.children().forEach(m -> marked.add(m.title())));
			assertEquals(expected, marked);
			assertTrue(pdf.page(1).contains("Selection \u2014 status: approved"), pdf.page(1));
		}

		String tag = playbook.getTechniques().get(0).getTags().get(0).getName();
		Selection onlyTechniques = new Selection(Set.of(EntryType.TECHNIQUE), Set.of(tag.toUpperCase()), Set.of(),
				Set.of(), Set.of(), List.of(), true);
		Path tagged = dir.resolve("tagged.pdf");
		publish(options(Layout.MANUAL).withSelection(onlyTechniques), tagged);
		try (Pdf pdf = new Pdf(tagged)) {
			List<Pdf.Mark> outline = pdf.outline();
			assertEquals(List.of(ManualDocument.CONTENTS, ManualDocument.TECHNIQUES),
					outline.stream().map(Pdf.Mark::title).toList());
			Set<String> wanted = new HashSet<>();
			for (Technique t : playbook.getTechniques()) {
				if (t.getTags().stream().anyMatch(x -> x.getName().equals(tag))) {
					wanted.add(t.getTitle());
				}
			}
			Set<String> marked = new HashSet<>();
			outline.get(1).children().forEach(m -> marked.add(m.title()));
			assertEquals(wanted, marked);
			for (Scenario scenario : playbook.getScenarios()) {
				assertTrue(pdf.pagesWith(scenario.getTitle() + " (p.").isEmpty(), "scenario page ref " + scenario.getTitle());
			}
		}

		List<String> two = List.of(playbook.getScenarios().get(0).getTitle(), playbook.getScenarios().get(1).getId());
		Path someCards = dir.resolve("two-cards.pdf");
		publish(options(Layout.CARDS).withSelection(new Selection(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), two, true)),
				someCards);
		try (Pdf pdf = new Pdf(someCards)) {
			assertEquals(2, pdf.pageCount());
		}
	}

	@Test
	void nonLatinTitleAndLongWordsRender() throws Exception {
		Technique technique = playbook.getTechniques().get(0);
		String word = "Kundenzufriedenheitsverbesserungsmaßnahmenkatalogverantwortl"; // 60 characters
		assertEquals(60, word.length());
		String oldSummary = technique.getSummary();
		try {
			technique.setSummary("Try this: " + word + " and carry on.");
			String title = "Руководство по деэскалации — Οδηγός — Ünïcödé “quotes”";
			Path out = dir.resolve("unicode.pdf");
			publish(options(Layout.MANUAL).withTitle(title), out);
			try (Pdf pdf = new Pdf(out)) {
				assertTrue(pdf.page(1).contains(title), pdf.page(1));
				assertEquals(title, pdf.document.getDocumentInformation().getTitle());
				assertTrue(pdf.all().replace(" ", "").contains(word), "the long word is missing");
				List<Integer> pages = pdf.pagesWith(technique.getTitle());
				assertFalse(pages.isEmpty());
				TextBounds.assertInside(pdf.document, word.substring(0, 20));
			}
		} finally {
			technique.setSummary(oldSummary);
		}
	}

	@Test
	void whatChangedListsChangesWithPageNumbers() throws Exception {
		Technique technique = playbook.getTechniques().get(1);
		Phrase phrase = playbook.getPhrases().get(0);
		WhatChanged changes = new WhatChanged("v1.0", List.of(
				new WhatChanged.Change(WhatChanged.Kind.ADDED, technique.getId(), "technique", technique.getTitle(), List.of()),
				new WhatChanged.Change(WhatChanged.Kind.CHANGED, phrase.getId(), "phrase", phrase.getTitle(),
						List.of("wording")),
				new WhatChanged.Change(WhatChanged.Kind.REMOVED, "gone", "scenario", "A scenario we dropped", List.of())));
		Path out = dir.resolve("changes.pdf");
		publish(options(Layout.MANUAL).withWhatChanged(changes), out);
		try (Pdf pdf = new Pdf(out)) {
			List<Pdf.Mark> outline = pdf.outline();
			assertEquals("What changed since v1.0", outline.get(1).title());
			String page = pdf.page(outline.get(1).page());
			assertTrue(page.contains("Added (1)") && page.contains("Changed (1)") && page.contains("Removed (1)"), page);
			assertTrue(page.contains("A scenario we dropped"), page);
			assertTrue(page.contains("Phrase: \u201C" + Pdf.normalise(phrase.getText()) + "\u201D (p. ")
					&& page.contains("wording"), "a phrase is named by its wording: " + page);
			int techniquePage = outline.get(3).children().stream().filter(m -> m.title().equals(technique.getTitle()))
					.findFirst().orElseThrow().page();
			assertTrue(page.contains(technique.getTitle() + " (p. " + techniquePage + ")"), page);
		}
	}

	@Test
	void manualAndCardsPassPdfUa1() throws Exception {
		PdfUa.Report report = PdfUa.check(manual, cards);
		assertEquals(0, report.exitCode(), report.output());
		assertTrue(report.output().contains("PASS " + manual) && report.output().contains("PASS " + cards),
				report.output());
	}

	@Test
	void pdfUaCheckRejectsAnUntaggedPdf() throws Exception {
		Path plain = dir.resolve("untagged.pdf");
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new PDPage());
			doc.save(plain.toFile());
		}
		PdfUa.Report report = PdfUa.check(plain);
		assertEquals(1, report.exitCode(), report.output());
		assertTrue(report.output().contains("FAIL " + plain), report.output());
	}

	@Test
	void emptySelectionIsAClearError() {
		Selection none = new Selection(Set.of(), Set.of("no-such-tag"), Set.of(), Set.of(), Set.of(), List.of());
		Path out = dir.resolve("none.pdf");
		var e = assertThrows(parley.publish.PublishException.class, () -> publish(options(Layout.MANUAL).withSelection(none), out));
		assertTrue(e.getMessage().contains("No entry matches"), e.getMessage());
		var cardsError = assertThrows(parley.publish.PublishException.class, () -> publish(
				options(Layout.CARDS).withSelection(new Selection(Set.of(EntryType.TECHNIQUE), Set.of(), Set.of(),
						Set.of(), Set.of(), List.of())), out));
		assertTrue(cardsError.getMessage().contains("no cards"), cardsError.getMessage());
		var unknown = assertThrows(parley.publish.PublishException.class, () -> publish(options(Layout.CARDS)
				.withSelection(new Selection(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of("zzzz-nothing"))), out));
		assertTrue(unknown.getMessage().contains("No scenario matches 'zzzz-nothing'"), unknown.getMessage());
		assertFalse(Files.exists(out));
	}

	static List<Path> filesIn(Path folder) throws IOException {
		try (var stream = Files.list(folder)) {
			return stream.toList();
		}
	}
}
