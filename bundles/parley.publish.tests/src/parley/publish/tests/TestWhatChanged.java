package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.publish.Layout;
import parley.publish.PublishException;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.WhatChanged;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/**
 * "What changed" that briefs a team (issue 16): phrases named by their wording, old and new wording side by side,
 * the pages where changed wording is printed, a change bar on each of those pages, and the one-page handout.
 */
class TestWhatChanged {

	private static final LocalDate DATE = LocalDate.of(2026, 11, 25);
	/** The change bar's colour in manual.css (#d97706). */
	private static final float[] BAR = { 0xd9 / 255f, 0x77 / 255f, 0x06 / 255f };
	private static final String OLD_WORDING = "You were right to raise this with us.";
	/** No word in common with the new situation: one deleted run, read back in one piece. */
	private static final String OLD_SITUATION = "Shouting caller disputes quoted fees, demanding immediate apologies.";

	@TempDir
	static Path dir;
	static Playbook playbook;
	static Phrase phrase;
	static Scenario scenario;
	static WhatChanged changes;
	static Path manual;

	@BeforeAll
	static void publish() throws Exception {
		playbook = Playbooks.starter(dir.resolve("starter")).playbook();
		// a recommended phrase that steps, tables and technique lists print
		phrase = playbook.getPhrases().stream().filter(p -> p.getKind() == PhraseKind.RECOMMENDED)
				.filter(p -> !p.getTechniques().isEmpty()).findFirst().orElseThrow();
		scenario = playbook.getScenarios().get(0);
		changes = new WhatChanged("v1.0", List.of(
				new WhatChanged.Change(WhatChanged.Kind.CHANGED, phrase.getId(), "phrase", phrase.getTitle(),
						List.of("text"), List.of(new WhatChanged.Field("text", "text", OLD_WORDING, phrase.getText(),
								List.of(), List.of()))),
				new WhatChanged.Change(WhatChanged.Kind.CHANGED, scenario.getId(), "scenario", scenario.getTitle(),
						List.of("situation", "signals"), List.of(
								new WhatChanged.Field("situation", "situation", OLD_SITUATION, scenario.getSituation(),
										List.of(), List.of()),
								new WhatChanged.Field("signals", "signals", "a; b", "a; b; c",
										List.of(scenario.getSignals().get(0)), List.of("Shouts from the first word"))))));
		manual = dir.resolve("manual.pdf");
		publish(options(Layout.MANUAL), manual);
	}

	private static PublishOptions options(Layout layout) {
		return new PublishOptions(layout, Selection.ALL.withUnapproved(true), null, null, "v2.0", DATE, changes);
	}

	private static PublishResult publish(PublishOptions options, Path out) throws Exception {
		return new PdfPublisher().publish(playbook, options, out, new NullProgressMonitor());
	}

	@Test
	void aPhraseIsNamedByItsWordingWithOldAndNewSideBySide() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			String section = changesSection(pdf);
			assertTrue(section.contains("Phrase: \u201C" + Pdf.normalise(phrase.getText()) + "\u201D (p. "), section);
			assertTrue(section.contains("BEFORE NOW"), section); // th in capitals (manual.css)
			assertTrue(section.contains(OLD_WORDING), "the old wording: " + section);
			assertTrue(section.contains("Scenario: " + scenario.getTitle()), section);
			assertTrue(section.contains(OLD_SITUATION), section);
			assertTrue(section.contains("Shouts from the first word"), "a removed signal: " + section);
		}
	}

	@Test
	void theChangedWordingsPagesAreListedAndCarryAChangeBar() throws Exception {
		try (Pdf pdf = new Pdf(manual)) {
			int first = pdf.outline().get(1).page();
			int body = pdf.outline().get(2).page(); // the first page after "what changed"
			String section = changesSection(pdf);
			List<Integer> listed = printedOn(section, "\u201C" + Pdf.normalise(phrase.getText()) + "\u201D");
			List<Integer> printed = new ArrayList<>(pdf.pagesWith(phrase.getText()));
			printed.removeIf(p -> p < body);
			assertFalse(printed.isEmpty());
			assertEquals(printed, listed, "the pages where the new wording is printed");
			List<Integer> scenarioPages = printedOn(section, scenario.getTitle());
			assertEquals(List.of(pdf.pagesWith(scenario.getSituation()).stream().filter(p -> p >= body).findFirst()
					.orElseThrow()), scenarioPages.subList(0, 1), "the situation's page comes first");

			TreeSet<Integer> barred = new TreeSet<>(listed);
			barred.addAll(scenarioPages);
			for (int page : barred) {
				assertTrue(pdf.fills(page, BAR[0], BAR[1], BAR[2]), "no change bar on p. " + page);
			}
			for (int page = first; page <= pdf.pageCount(); page++) {
				if (!barred.contains(page) && page >= body) {
					assertFalse(pdf.fills(page, BAR[0], BAR[1], BAR[2]), "a change bar on p. " + page
							+ ", where nothing changed");
				}
			}
		}
	}

	@Test
	void theChangesHandoutIsOnePageWithoutPageReferences() throws Exception {
		Path handout = dir.resolve("handout.pdf");
		PublishResult result = publish(options(Layout.CHANGES), handout);
		assertEquals(1, result.pages());
		try (Pdf pdf = new Pdf(handout)) {
			String text = pdf.all();
			assertTrue(text.contains("What changed since v1.0"), text);
			assertTrue(text.contains(OLD_WORDING) && text.contains(Pdf.normalise(phrase.getText())), text);
			assertFalse(text.contains("(p. "), text);
			assertFalse(pdf.fills(1, BAR[0], BAR[1], BAR[2]), "the handout has no body to mark");
		}
		PdfUa.Report report = PdfUa.check(handout, manual);
		assertEquals(0, report.exitCode(), report.output());
	}

	@Test
	void theHandoutNeedsAVersionToCompareWith() {
		Path out = dir.resolve("none.pdf");
		PublishException e = assertThrows(PublishException.class,
				() -> publish(options(Layout.CHANGES).withWhatChanged(null), out));
		assertTrue(e.getMessage().contains("name the version to compare with"), e.getMessage());
		assertFalse(Files.exists(out));
	}

	private static String changesSection(Pdf pdf) throws java.io.IOException {
		List<Pdf.Mark> outline = pdf.outline();
		assertEquals("What changed since v1.0", outline.get(1).title());
		StringBuilder text = new StringBuilder();
		for (int page = outline.get(1).page(); page < outline.get(2).page(); page++) {
			text.append(pdf.page(page)).append(' ');
		}
		return text.toString();
	}

	/** The pages "NAME ... — printed on pp. 4, 12" lists after a name in the section. */
	private static List<Integer> printedOn(String section, String name) {
		int at = section.indexOf(name);
		assertTrue(at >= 0, name + " in " + section);
		Matcher m = Pattern.compile("printed on pp?\\. ((?:\\d+(?:, )?)+)").matcher(section);
		assertTrue(m.find(at), "no page list after " + name + ": " + section);
		List<Integer> pages = new ArrayList<>();
		for (String page : m.group(1).split(",\\s*")) {
			pages.add(Integer.parseInt(page.strip()));
		}
		return pages;
	}
}
