package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.CuratedContent;
import parley.core.curation.CurationState;
import parley.model.playbook.CurationAction;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Scenario;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.publish.EmptySelectionException;
import parley.publish.Layout;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.WhatChanged;
import parley.publish.pdf.Edition;
import parley.publish.pdf.ManualDocument;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/**
 * Exports for teams (issue 13): approved entries only by default; with "include unapproved" each draft, entry in
 * review and entry changed since approval is marked DRAFT (tagged text, not an image), and so is the cover; a
 * retired phrase is never printed as guidance, only under "Stop saying" in "what changed", with what to say instead.
 */
class TestCuratedExport {

	static final LocalDate DATE = LocalDate.of(2026, 12, 2);
	static final String CHANGED_SUMMARY = "A rewritten summary that nobody has approved yet.";
	static final String RETIRED_WORDING = "Calm down, it is honestly not a big deal.";
	static final String RETIRED_PLAIN = "Just relax, these things happen all the time.";

	@TempDir
	static Path dir;
	static Playbook playbook;
	static Technique draft;
	static Technique changed;
	static Scenario inReview;
	static Phrase retired;
	static Phrase retiredPlain;
	static Phrase replacement;
	static Technique retiredTechnique;
	static Technique successor;
	static Path approvedManual;
	static Path draftManual;
	static Path approvedCards;
	static Path draftCards;

	@BeforeAll
	static void curate() throws Exception {
		playbook = Playbooks.starter(dir.resolve("starter")).playbook();
		// every entry approved, then one of each other state, so the test does not depend on the starter's statuses
		List<Entry> all = new ArrayList<>();
		all.addAll(playbook.getTechniques());
		all.addAll(playbook.getPhrases());
		all.addAll(playbook.getScenarios());
		all.addAll(playbook.getSources());
		all.forEach(e -> e.setStatus(Status.APPROVED));

		draft = playbook.getTechniques().get(0);
		draft.setStatus(Status.DRAFT);
		changed = playbook.getTechniques().get(1);
		approve(changed);
		changed.setSummary(CHANGED_SUMMARY);
		assertEquals(CurationState.CHANGED, CurationState.of(changed));
		inReview = playbook.getScenarios().get(0);
		inReview.setStatus(Status.IN_REVIEW);

		List<Phrase> avoids = playbook.getPhrases().stream()
				.filter(p -> p.getKind() == PhraseKind.AVOID && !p.getReplacements().isEmpty()).toList();
		retired = avoids.get(0);
		retired.setText(RETIRED_WORDING);
		retired.setStatus(Status.RETIRED);
		replacement = playbook.getPhrases().stream()
				.filter(p -> p.getKind() == PhraseKind.RECOMMENDED && !retired.getReplacements().contains(p))
				.findFirst().orElseThrow();
		retired.setReplacedBy(replacement);
		retiredPlain = avoids.get(1);
		retiredPlain.setText(RETIRED_PLAIN);
		retiredPlain.setStatus(Status.RETIRED);
		retiredTechnique = playbook.getTechniques().get(2);
		retiredTechnique.setStatus(Status.RETIRED);
		successor = playbook.getTechniques().get(3);
		retiredTechnique.setReplacedBy(successor);

		approvedManual = publish(Layout.MANUAL, Selection.ALL, "approved.pdf");
		draftManual = publish(Layout.MANUAL, Selection.ALL.withUnapproved(true), "with-drafts.pdf");
		approvedCards = publish(Layout.CARDS, Selection.ALL, "approved-cards.pdf");
		draftCards = publish(Layout.CARDS, Selection.ALL.withUnapproved(true), "draft-cards.pdf");
	}

	/** Records an approval of the entry's content as it is now, as the curator does. */
	static void approve(Entry entry) {
		CurationEvent approval = PlaybookFactory.eINSTANCE.createCurationEvent();
		approval.setAction(CurationAction.APPROVED);
		approval.setBy("Dana <dana@example.org>");
		approval.setAt(Instant.parse("2026-11-30T10:00:00Z"));
		approval.setFingerprint(CuratedContent.fingerprint(entry));
		entry.getEvents().add(approval);
		entry.setStatus(Status.APPROVED);
	}

	static Path publish(Layout layout, Selection selection, String name) throws Exception {
		return publish(new PublishOptions(layout, selection, null, null, "v3.0", DATE, null), name);
	}

	static Path publish(PublishOptions options, String name) throws Exception {
		Path out = dir.resolve(name);
		new PdfPublisher().publish(playbook, options, out, new NullProgressMonitor());
		return out;
	}

	static Set<String> bookmarked(Pdf pdf) throws Exception {
		Set<String> titles = new HashSet<>();
		pdf.outline().forEach(s -> s.children().forEach(m -> titles.add(m.title())));
		return titles;
	}

	static int bookmarkPage(Pdf pdf, String title) throws Exception {
		for (Pdf.Mark section : pdf.outline()) {
			for (Pdf.Mark mark : section.children()) {
				if (mark.title().equals(title)) {
					return mark.page();
				}
			}
		}
		throw new AssertionError(title + " has no bookmark");
	}

	static int occurrences(String text, String wanted) {
		int n = 0;
		for (int i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void byDefaultOnlyApprovedEntriesAreExported() throws Exception {
		try (Pdf pdf = new Pdf(approvedManual)) {
			Set<String> titles = bookmarked(pdf);
			assertTrue(titles.contains(successor.getTitle()), "an approved technique is in: " + titles);
			assertFalse(titles.contains(draft.getTitle()), "a draft is left out");
			assertFalse(titles.contains(changed.getTitle()), "an entry changed since approval is left out");
			assertFalse(titles.contains(inReview.getTitle()), "an entry in review is left out");
			assertFalse(titles.contains(retiredTechnique.getTitle()), "a retired entry is left out");
			String text = pdf.all();
			assertFalse(text.contains(CHANGED_SUMMARY), "the unapproved wording is not printed");
			assertFalse(text.contains("DRAFT"), "nothing is marked when nothing unapproved is in");
			assertTrue(pdf.page(1).contains("The complete playbook: approved entries only"), pdf.page(1));
			assertFalse(pdf.document.getDocumentInformation().getSubject().contains("DRAFT"));
		}
		try (Pdf pdf = new Pdf(approvedCards)) {
			long approved = playbook.getScenarios().stream()
					.filter(s -> CurationState.of(s) == CurationState.APPROVED).count();
			assertEquals(approved, pdf.pageCount());
			assertTrue(pdf.pagesWith(inReview.getTitle()).isEmpty(), "no card for a scenario in review");
			assertFalse(pdf.all().contains("DRAFT"));
		}
	}

	@Test
	void includedUnapprovedEntriesAndTheCoverAreMarkedDraft() throws Exception {
		try (Pdf pdf = new Pdf(draftManual)) {
			Set<String> titles = bookmarked(pdf);
			assertTrue(titles.containsAll(Set.of(draft.getTitle(), changed.getTitle(), inReview.getTitle())), titles.toString());
			assertFalse(titles.contains(retiredTechnique.getTitle()), "retired is never guidance, even with drafts");
			String cover = pdf.page(1);
			assertTrue(cover.contains("DRAFT \u2014 includes unapproved entries"), cover);
			assertTrue(cover.contains("3 entries have not been approved"), cover);
			assertTrue(pdf.taggedText(1).contains("DRAFT\u2014includesunapprovedentries")
					|| pdf.taggedText(1).contains("DRAFT \u2014 includes unapproved entries"),
					"the cover's marker is tagged text: " + pdf.taggedText(1));
			for (Entry entry : List.<Entry>of(draft, changed, inReview)) {
				int page = bookmarkPage(pdf, entry.getTitle());
				assertTrue(pdf.page(page).contains(entry.getTitle() + " DRAFT"),
						entry.getTitle() + " carries the marker on page " + page + ": " + pdf.page(page));
				assertTrue(pdf.taggedText(page).contains("DRAFT"), "the marker is in the structure tree");
			}
			Entry approved = successor;
			int page = bookmarkPage(pdf, approved.getTitle());
			assertFalse(pdf.page(page).contains(approved.getTitle() + " DRAFT"), "an approved entry is not marked");
			int changedPage = bookmarkPage(pdf, changed.getTitle());
			assertTrue(pdf.page(changedPage).contains(CHANGED_SUMMARY), "the current wording is printed");
			assertTrue(pdf.page(changedPage).contains("Status: changed since approval"), pdf.page(changedPage));
			assertTrue(pdf.document.getDocumentInformation().getSubject().contains("DRAFT"));
		}
		try (Pdf pdf = new Pdf(draftCards)) {
			assertEquals(playbook.getScenarios().size(), pdf.pageCount(), "one card per scenario, on one page each");
			int card = pdf.pagesWith(inReview.getTitle()).get(0);
			assertTrue(pdf.page(card).contains("DRAFT in review"), pdf.page(card));
			assertTrue(pdf.taggedText(card).contains("DRAFT"), "the card's marker is tagged text");
		}
	}

	@Test
	void draftMarkedExportsStayPdfUa() throws Exception {
		PdfUa.Report report = PdfUa.check(draftManual, draftCards);
		assertEquals(0, report.exitCode(), report.output());
	}

	@Test
	void aRetiredPhraseIsNeverGuidanceAndIsListedUnderStopSaying() throws Exception {
		for (Path pdfFile : List.of(approvedManual, draftManual, approvedCards, draftCards)) {
			try (Pdf pdf = new Pdf(pdfFile)) {
				assertFalse(pdf.all().contains(RETIRED_WORDING), pdfFile + " prints retired wording");
				assertFalse(pdf.all().contains(RETIRED_PLAIN), pdfFile + " prints retired wording");
			}
		}
		WhatChanged changes = new WhatChanged("v2.0", List.of(
				new WhatChanged.Change(WhatChanged.Kind.CHANGED, successor.getId(), "technique", successor.getTitle(),
						List.of("summary")),
				new WhatChanged.Change(WhatChanged.Kind.ADDED, draft.getId(), "technique", draft.getTitle(), List.of()),
				new WhatChanged.Change(WhatChanged.Kind.RETIRED, retired.getId(), "phrase", retired.getTitle(),
						List.of("status")),
				new WhatChanged.Change(WhatChanged.Kind.RETIRED, retiredPlain.getId(), "phrase", retiredPlain.getTitle(),
						List.of("status")),
				new WhatChanged.Change(WhatChanged.Kind.RETIRED, retiredTechnique.getId(), "technique",
						retiredTechnique.getTitle(), List.of("status"))));
		Path out = publish(new PublishOptions(Layout.MANUAL, Selection.ALL, null, null, "v3.0", DATE, changes),
				"stop-saying.pdf");
		try (Pdf pdf = new Pdf(out)) {
			int page = pdf.outline().get(1).page();
			assertEquals("What changed since v2.0", pdf.outline().get(1).title());
			String section = pdf.page(page);
			assertTrue(section.contains(ManualDocument.STOP_SAYING), section);
			String quoted = "\u201C" + RETIRED_WORDING + "\u201D";
			assertTrue(section.contains("Stop saying " + quoted + " \u2014 say instead \u201C" + replacement.getText()
					+ "\u201D (p. "), "replacedBy is what to say instead: " + section);
			// the start of the first replacement: a second one ("or ...") may wrap, and text extraction then
			// reads its "or" into the line above
			String first = retiredPlain.getReplacements().get(0).getText();
			String plain = "Stop saying \u201C" + RETIRED_PLAIN + "\u201D \u2014 say instead \u201C"
					+ first.substring(0, Math.min(15, first.length()));
			assertTrue(section.contains(plain), "else its recommended replacements: " + section);
			assertEquals(1, occurrences(pdf.all(), RETIRED_WORDING), "printed once, under Stop saying");
			assertEquals(1, occurrences(pdf.all(), RETIRED_PLAIN), "printed once, under Stop saying");
			assertTrue(section.indexOf(ManualDocument.STOP_SAYING) < section.indexOf(RETIRED_WORDING));
			assertTrue(section.contains("Retired (1) Technique: " + retiredTechnique.getTitle() + " \u2014 replaced by "
					+ successor.getTitle() + " (p. "), section);
			assertTrue(section.contains("Changed (1)"), "the other kinds stay: " + section);
			assertFalse(section.contains(draft.getTitle()), "an entry this edition leaves out is not named: " + section);
			assertFalse(section.contains("Added ("), section);
		}
	}

	@Test
	void explicitStatusesStillChooseAndRetiredIsNeverChosen() throws Exception {
		Selection drafts = new Selection(Set.of(), Set.of(), Set.of(Status.DRAFT), Set.of(), Set.of(), List.of());
		Edition edition = Edition.select(playbook, drafts);
		assertEquals(List.of(draft), edition.techniques(), "naming a status includes its entries");
		assertTrue(edition.isDraft(draft));
		assertEquals(1, edition.unapprovedCount());

		Selection approved = new Selection(Set.of(), Set.of(), Set.of(Status.APPROVED), Set.of(), Set.of(), List.of());
		assertFalse(Edition.select(playbook, approved).includes(changed), "approved means approved as it reads now");
		assertTrue(Edition.select(playbook, approved.withUnapproved(true)).includes(changed));
		assertEquals(0, Edition.select(playbook, approved).unapprovedCount());

		Selection retiredOnly = new Selection(Set.of(), Set.of(), Set.of(Status.RETIRED), Set.of(), Set.of(), List.of(),
				true);
		assertEquals(0, Edition.select(playbook, retiredOnly).size());
		Path out = dir.resolve("retired.pdf");
		assertThrows(EmptySelectionException.class, () -> new PdfPublisher()
				.publish(playbook, new PublishOptions(Layout.MANUAL, retiredOnly, null, null, null, DATE, null), out,
						new NullProgressMonitor()));
		PublishResult all = new PdfPublisher().publish(playbook,
				new PublishOptions(Layout.MANUAL, Selection.ALL.withUnapproved(true), null, null, null, DATE, null),
				dir.resolve("all.pdf"), new NullProgressMonitor());
		long notRetired = playbook.getTechniques().stream().filter(t -> t.getStatus() != Status.RETIRED).count()
				+ playbook.getScenarios().size() + playbook.getPhrases().stream()
						.filter(p -> p.getStatus() != Status.RETIRED).count();
		assertTrue(all.entries() >= notRetired, all.entries() + " entries, expected at least " + notRetired);
		assertEquals(3, all.unapproved(), "the draft, the entry in review and the one changed since approval");
	}
}
