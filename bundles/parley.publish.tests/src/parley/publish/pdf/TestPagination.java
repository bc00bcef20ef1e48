package parley.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.publish.Layout;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.WhatChanged;
import parley.publish.tests.LayoutCheck;
import parley.testsupport.Playbooks;

/**
 * The layout check ({@link LayoutCheck}) on every kind of document a lead hands out: no stranded heading, no
 * step parted from its Apply/Say lines, no single-line page, no unused band at page feet. In this package so
 * that it can also lay out a manual with a broken stylesheet and see the check fail.
 */
class TestPagination {

	private static final LocalDate DATE = LocalDate.of(2026, 11, 25);
	private static final Selection EVERY = Selection.ALL.withUnapproved(true);

	@TempDir
	static Path dir;
	static Playbook starter;

	@BeforeAll
	static void openStarter() throws Exception {
		starter = Playbooks.starter(dir.resolve("starter")).playbook();
	}

	private static PublishOptions options(Layout layout) {
		return new PublishOptions(layout, EVERY, null, null, "v2.1", DATE, null);
	}

	private static Path publish(Playbook playbook, PublishOptions options, String name) throws Exception {
		Path out = dir.resolve(name);
		PublishResult result = new PdfPublisher().publish(playbook, options, out, new NullProgressMonitor());
		assertTrue(result.pages() > 1, name);
		return out;
	}

	@Test
	void starterManual() throws Exception {
		Path pdf = publish(starter, options(Layout.MANUAL), "manual.pdf");
		assertEquals(List.of(), LayoutCheck.manual(pdf));
	}

	@Test
	void starterCards() throws Exception {
		Path pdf = publish(starter, options(Layout.CARDS), "cards.pdf");
		assertEquals(List.of(), LayoutCheck.cards(pdf));
	}

	@Test
	void manualWithWhatChanged() throws Exception {
		Phrase phrase = starter.getPhrases().get(0);
		Scenario scenario = starter.getScenarios().get(1);
		WhatChanged changes = new WhatChanged("v1.0", List.of(
				new WhatChanged.Change(WhatChanged.Kind.CHANGED, phrase.getId(), "phrase", phrase.getTitle(),
						List.of("wording")),
				new WhatChanged.Change(WhatChanged.Kind.CHANGED, scenario.getId(), "scenario", scenario.getTitle(),
						List.of("steps")),
				new WhatChanged.Change(WhatChanged.Kind.REMOVED, "gone", "scenario", "A scenario we dropped", List.of())));
		Path pdf = publish(starter, options(Layout.MANUAL).withWhatChanged(changes), "since.pdf");
		assertEquals(List.of(), LayoutCheck.manual(pdf));
	}

	@Test
	void scenarioHandout() throws Exception {
		Selection one = new Selection(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
				List.of(starter.getScenarios().get(0).getId()), true);
		Path pdf = publish(starter, options(Layout.MANUAL).withSelection(one), "handout.pdf");
		assertEquals(List.of(), LayoutCheck.manual(pdf));
	}

	@Test
	void generatedManualOfAboutThreeHundredPages() throws Exception {
		Playbook generated = Playbooks.synthetic(dir.resolve("generated"), 780, 42).playbook();
		Path pdf = publish(generated, options(Layout.MANUAL), "generated.pdf");
		assertEquals(List.of(), LayoutCheck.manual(pdf));
	}

	/**
	 * The rule the manual once had: no block of an entry may start in the last 45 mm of a page. Every paragraph
	 * inherited it, leaving a band free at the foot of most pages; the check must see that.
	 */
	@Test
	void theCheckFailsOnABrokenStylesheet() throws Exception {
		ManualDocument manual = new ManualDocument(Edition.select(starter, EVERY), options(Layout.MANUAL));
		Path pdf = dir.resolve("broken.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			PdfPublisher.render(broken(manual.build(SubMonitor.convert(null))), laidOut -> {
				Document revised = manual.revise(laidOut); // built again with the shipped stylesheet
				return revised == null ? null : broken(revised);
			}, false, List.of(), out, SubMonitor.convert(new NullProgressMonitor(), 100), new int[2]);
		}
		List<String> problems = LayoutCheck.manual(pdf);
		assertFalse(problems.isEmpty(), "the check passed a manual laid out with a broken stylesheet");
		assertTrue(problems.stream().anyMatch(p -> p.contains("unused")), String.join("\n", problems));
	}

	private static Document broken(Document document) {
		Element style = (Element) document.getElementsByTagName("style").item(0);
		style.setTextContent(style.getTextContent() + "\n.entry { -fs-page-break-min-height: 45mm; }"
				+ "\nh2, h3, .facts { page-break-after: auto; } li { page-break-inside: auto; }\n");
		return document;
	}
}
