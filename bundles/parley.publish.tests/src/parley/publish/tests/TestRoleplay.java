package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.CurationState;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.publish.EmptySelectionException;
import parley.publish.Layout;
import parley.publish.NoSuchScenarioException;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.pdf.Edition;
import parley.publish.pdf.PdfPublisher;
import parley.publish.pdf.RoleplayDocument;
import parley.publish.pdf.RoleplayKit;
import parley.testsupport.Playbooks;

/**
 * Role-play kits (issue 17), read back with PDFBox: per approved scenario a learner brief, a customer card and an
 * observer sheet, each starting a page, with the scenario's own wording (its avoid-phrases on the customer card and
 * the observer sheet, its steps as checklist items); drafts only when asked; one scenario by --scenario; cut apart,
 * the learner and customer halves of one sheet; tagged PDF/UA-1 and a clean layout.
 */
class TestRoleplay {

	static final LocalDate DATE = LocalDate.of(2026, 12, 3);
	private static final float MM = 72 / 25.4f;

	@TempDir
	static Path dir;
	static Playbook starter;
	static Path booklet;
	static Path cut;
	static Path withDrafts;
	static Path longCut;
	static PublishResult bookletResult;
	static List<Scenario> approved;
	static Scenario insisting;

	@BeforeAll
	static void publish() throws Exception {
		starter = Playbooks.starter(dir.resolve("starter")).playbook();
		approved = starter.getScenarios().stream().filter(s -> CurationState.of(s).isApproved())
				.sorted((a, b) -> a.getTitle().compareToIgnoreCase(b.getTitle())).toList();
		insisting = starter.getScenarios().stream()
				.filter(s -> s.getTitle().equals("Customer insisting on a view you can't agree with")).findFirst()
				.orElseThrow();
		booklet = dir.resolve("kits.pdf");
		bookletResult = publish(starter, options(Selection.ALL), booklet);
		cut = dir.resolve("kits-cut.pdf");
		publish(starter, options(Selection.ALL).withCutApart(true), cut);
		withDrafts = dir.resolve("kits-drafts.pdf");
		publish(starter, options(Selection.ALL.withUnapproved(true)), withDrafts);

		Playbook longer = Playbooks.starter(dir.resolve("long")).playbook();
		lengthen(longer.getScenarios().stream().filter(s -> s.getId().equals(insisting.getId())).findFirst()
				.orElseThrow());
		longCut = dir.resolve("long-cut.pdf");
		// changed since its approval, so only in an edition with unapproved entries
		publish(longer, options(Selection.ALL.withUnapproved(true)).withCutApart(true), longCut);
	}

	/** A situation and signals too long for half a sheet. */
	static void lengthen(Scenario scenario) {
		scenario.setSituation(("The customer has called four times about the same promised price, was told"
				+ " something different each time, and now wants a written admission that the company was wrong. ")
				.repeat(5).strip());
		for (int i = 0; i < 8; i++) {
			scenario.getSignals().add("Signal " + (i + 1) + ": quotes what an earlier agent said, word for word, and"
					+ " asks you to confirm it");
		}
	}

	static PublishOptions options(Selection selection) {
		return new PublishOptions(Layout.ROLEPLAY, selection, null, null, "v2.1", DATE, null);
	}

	static PublishResult publish(Playbook playbook, PublishOptions options, Path out) throws Exception {
		return new PdfPublisher().publish(playbook, options, out, new NullProgressMonitor());
	}

	static Selection only(String... scenarios) {
		return new Selection(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(scenarios));
	}

	/** The text of the pages from a part's first page up to the next part's (or the end). */
	static String part(Pdf pdf, String scenario, String partName) throws Exception {
		List<Integer> starts = new ArrayList<>();
		int first = -1;
		for (Pdf.Mark mark : pdf.outline()) {
			for (Pdf.Mark child : mark.children()) {
				starts.add(child.page());
				if (mark.title().equals(scenario) && child.title().equals(partName)) {
					first = child.page();
				}
			}
		}
		assertTrue(first > 0, scenario + " has no " + partName);
		int from = first;
		int end = starts.stream().filter(p -> p > from).min(Integer::compare).orElse(pdf.pageCount() + 1);
		StringBuilder text = new StringBuilder();
		for (int page = first; page < end; page++) {
			text.append(pdf.page(page)).append(' ');
		}
		return text.toString();
	}

	@Test
	void everyApprovedScenarioHasThreePartsEachStartingAPage() throws Exception {
		try (Pdf pdf = new Pdf(booklet)) {
			List<Pdf.Mark> outline = pdf.outline();
			assertEquals(approved.stream().map(Scenario::getTitle).toList(), outline.stream().map(Pdf.Mark::title).toList());
			assertEquals(approved.size(), bookletResult.entries(), "one kit per scenario");
			int previous = 1; // the cover
			for (Pdf.Mark scenario : outline) {
				assertEquals(List.of(RoleplayDocument.LEARNER, RoleplayDocument.CUSTOMER, RoleplayDocument.OBSERVER),
						scenario.children().stream().map(Pdf.Mark::title).toList());
				for (Pdf.Mark part : scenario.children()) {
					assertTrue(part.page() > previous, scenario.title() + ": " + part.title() + " starts a page");
					previous = part.page();
					String page = pdf.page(part.page());
					assertTrue(page.contains(part.title().toUpperCase()) && page.contains(scenario.title()), page);
					assertTrue(page.matches("(?s).*" + java.util.regex.Pattern.quote(part.title()) + "\\s+\u00B7\\s+.*"),
							"the running header names the part and the scenario: " + page);
				}
			}
			assertTrue(pdf.page(1).contains("How to run a role-play"), pdf.page(1));
		}
	}

	@Test
	void thePartsSayWhatTheScenarioSays() throws Exception {
		Edition edition = Edition.select(starter, Selection.ALL);
		RoleplayKit kit = kit(edition, insisting);
		assertFalse(kit.escalate().isEmpty(), "the scenario's steps lead to avoid-phrases");
		try (Pdf pdf = new Pdf(booklet)) {
			String learner = part(pdf, insisting.getTitle(), RoleplayDocument.LEARNER);
			String customer = part(pdf, insisting.getTitle(), RoleplayDocument.CUSTOMER);
			String observer = part(pdf, insisting.getTitle(), RoleplayDocument.OBSERVER);
			assertTrue(learner.contains(Pdf.normalise(insisting.getSituation())), learner);
			assertTrue(learner.contains(Pdf.normalise(insisting.getOutcome())), learner);
			for (Technique technique : kit.techniques()) {
				assertTrue(learner.contains(technique.getTitle()), technique.getTitle() + " in " + learner);
				assertTrue(observer.contains(technique.getTitle()), "a rubric row for " + technique.getTitle());
			}
			for (String signal : insisting.getSignals()) {
				assertTrue(customer.contains(signal), signal + " in " + customer);
			}
			for (Phrase avoid : kit.escalate()) {
				String wording = Pdf.normalise("\u201C" + avoid.getText() + "\u201D");
				assertTrue(customer.contains(wording), wording + " on the customer card: " + customer);
				assertTrue(observer.contains("\u2610 " + wording), wording + " to listen for: " + observer);
				assertFalse(learner.contains(wording), "the learner brief does not give away " + wording);
			}
			for (Phrase calm : kit.calm()) {
				assertTrue(customer.contains(Pdf.normalise(calm.getText())), calm.getText() + " calms: " + customer);
			}
			for (Step step : insisting.getSteps()) {
				assertTrue(observer.contains("\u2610 " + Pdf.normalise(step.getInstruction())),
						"checklist item " + step.getInstruction() + ": " + observer);
			}
			for (String level : RoleplayKit.LEVELS) {
				assertTrue(observer.contains(level.toUpperCase()), level + " in the rubric's header");
			}
			assertTrue(observer.contains("DEBRIEF QUESTIONS"), observer);
			assertTrue(customer.contains(Pdf.normalise(insisting.getOutcome())), "how the scene ends: " + customer);
		}
	}

	@Test
	void missingFieldsAreWordedFromWhatTheModelHas() throws Exception {
		Playbook playbook = Playbooks.starter(dir.resolve("bare")).playbook();
		Scenario scenario = playbook.getScenarios().stream().filter(s -> s.getId().equals(insisting.getId()))
				.findFirst().orElseThrow();
		scenario.setOutcome(null);
		Edition edition = Edition.select(playbook, Selection.ALL);
		RoleplayKit kit = kit(edition, scenario);
		Step last = scenario.getSteps().get(scenario.getSteps().size() - 1);
		assertTrue(kit.outcome().endsWith("close by recapping the agreed next step."), kit.outcome());
		assertTrue(last.getInstruction().startsWith("Close by recapping"), last.getInstruction());

		Technique technique = kit.techniques().get(0);
		RoleplayKit.Rubric rubric = kit.rubric(technique);
		assertEquals(List.of(1, 2, 3, 4), rubric.levels().stream().map(RoleplayKit.Level::score).toList());
		assertTrue(rubric.levels().get(3).description().startsWith(technique.getSummary().strip()), rubric.toString());
		assertTrue(rubric.levels().get(1).description().contains(
				technique.getPitfalls().get(0).substring(1, technique.getPitfalls().get(0).length() - 1)), rubric.toString());
		String lastHow = technique.getSteps().get(technique.getSteps().size() - 1);
		assertTrue(rubric.levels().get(2).description().contains(lastHow.substring(1, lastHow.length() - 1)),
				rubric.toString());

		technique.setSummary(null);
		technique.getPitfalls().clear();
		technique.getSteps().clear();
		for (RoleplayKit.Level level : kit.rubric(technique).levels()) {
			assertFalse(level.description().isBlank(), "level " + level.score() + " is worded without the fields");
		}
	}

	@Test
	void draftsOnlyWhenAsked() throws Exception {
		Scenario inReview = starter.getScenarios().stream().filter(s -> !CurationState.of(s).isApproved()).findFirst()
				.orElseThrow();
		try (Pdf pdf = new Pdf(booklet)) {
			assertFalse(pdf.all().contains(inReview.getTitle()), "an unapproved scenario is left out");
			assertFalse(pdf.all().contains("DRAFT"), pdf.all());
		}
		try (Pdf pdf = new Pdf(withDrafts)) {
			assertTrue(pdf.outline().stream().anyMatch(m -> m.title().equals(inReview.getTitle())));
			String learner = part(pdf, inReview.getTitle(), RoleplayDocument.LEARNER);
			assertTrue(learner.contains("DRAFT"), "marked DRAFT: " + learner);
			assertTrue(pdf.page(1).contains("DRAFT"), "the cover says so: " + pdf.page(1));
		}
	}

	@Test
	void scenarioOptionChoosesTheKitsAndKeepsTheirAvoidPhrases() throws Exception {
		Path one = dir.resolve("one.pdf");
		PublishResult result = publish(starter, options(only(insisting.getTitle())), one);
		assertEquals(1, result.entries());
		RoleplayKit full = kit(Edition.select(starter, Selection.ALL), insisting);
		try (Pdf pdf = new Pdf(one)) {
			assertEquals(List.of(insisting.getTitle()), pdf.outline().stream().map(Pdf.Mark::title).toList());
			String customer = part(pdf, insisting.getTitle(), RoleplayDocument.CUSTOMER);
			for (Phrase avoid : full.escalate()) {
				assertTrue(customer.contains(Pdf.normalise(avoid.getText())), avoid.getText() + ": " + customer);
			}
		}
		assertThrows(NoSuchScenarioException.class,
				() -> publish(starter, options(only("No such scenario anywhere")), dir.resolve("none.pdf")));
		EmptySelectionException empty = assertThrows(EmptySelectionException.class, () -> publish(starter,
				options(new Selection(Set.of(), Set.of("no-such-tag"), Set.of(), Set.of(), Set.of(), List.of())),
				dir.resolve("empty.pdf")));
		assertEquals(Layout.ROLEPLAY, empty.layout());
	}

	@Test
	void cutApartDealsThreePilesWithTheLearnerBriefsTwoToASheet() throws Exception {
		try (Pdf pdf = new Pdf(cut)) {
			List<Pdf.Mark> outline = pdf.outline();
			assertEquals(approved.size(), outline.size());
			assertTrue(pdf.page(1).contains("Print single-sided"), pdf.page(1));
			int lastLearner = outline.stream().mapToInt(m -> m.children().get(0).page()).max().orElseThrow();
			int firstCustomer = outline.stream().mapToInt(m -> m.children().get(1).page()).min().orElseThrow();
			int lastCustomer = outline.stream().mapToInt(m -> m.children().get(1).page()).max().orElseThrow();
			int firstObserver = outline.stream().mapToInt(m -> m.children().get(2).page()).min().orElseThrow();
			assertTrue(lastLearner < firstCustomer && lastCustomer < firstObserver, "three piles, in that order");
			int shared = 0;
			for (int i = 0; i + 1 < outline.size(); i++) {
				int page = outline.get(i).children().get(0).page();
				if (page != outline.get(i + 1).children().get(0).page()) {
					continue;
				}
				shared++;
				String top = pdf.region(page, 0, 0, 210 * MM, 146 * MM);
				String bottom = pdf.region(page, 0, 149 * MM, 210 * MM, 148 * MM);
				assertTrue(top.startsWith("LEARNER") && top.contains(outline.get(i).title()), top);
				assertTrue(bottom.startsWith("LEARNER") && bottom.contains(outline.get(i + 1).title()), bottom);
				assertFalse(top.contains(outline.get(i + 1).title()), "each brief in its own half: " + top);
				i++;
			}
			assertTrue(shared >= approved.size() / 3, "most learner briefs share a sheet: " + shared);
			assertTrue(pdf.all().contains("cut along the dashed line"));
			for (Pdf.Mark scenario : outline) {
				String customer = pdf.page(scenario.children().get(1).page());
				assertTrue(customer.startsWith("CUSTOMER") || customer.contains(" CUSTOMER Scenario"), customer);
				assertFalse(customer.contains("You are the agent"), "no learner brief beside a customer card");
				assertTrue(pdf.page(scenario.children().get(2).page()).contains("OBSERVER Scenario"));
			}
		}
	}

	@Test
	void cutApartGivesABriefTooLongForHalfASheetASheetOfItsOwn() throws Exception {
		try (Pdf pdf = new Pdf(longCut)) {
			List<Pdf.Mark> outline = pdf.outline();
			for (int i = 0; i < outline.size(); i++) {
				if (!outline.get(i).title().equals(insisting.getTitle())) {
					continue;
				}
				int page = outline.get(i).children().get(0).page();
				for (Pdf.Mark other : outline) {
					assertTrue(other == outline.get(i) || other.children().get(0).page() != page,
							"the long brief shares its sheet with " + other.title());
				}
				String brief = part(pdf, insisting.getTitle(), RoleplayDocument.LEARNER);
				assertTrue(brief.contains(Pdf.normalise(insisting.getOutcome())), "nothing cut short: " + brief);
				return;
			}
			throw new AssertionError("no kit for " + insisting.getTitle());
		}
	}

	@Test
	void kitsPassPdfUa1() throws Exception {
		PdfUa.Report report = PdfUa.check(booklet, cut, withDrafts);
		assertEquals(0, report.exitCode(), report.output());
		assertTrue(report.output().contains("PASS " + booklet) && report.output().contains("PASS " + cut)
				&& report.output().contains("PASS " + withDrafts), report.output());
	}

	@Test
	void kitsPassTheLayoutCheck() throws Exception {
		assertEquals(List.of(), LayoutCheck.roleplay(booklet));
		assertEquals(List.of(), LayoutCheck.roleplay(cut));
		assertEquals(List.of(), LayoutCheck.roleplay(withDrafts));
		assertEquals(List.of(), LayoutCheck.roleplay(longCut));
	}

	private static RoleplayKit kit(Edition edition, Scenario scenario) {
		return RoleplayKit.of(edition, scenario);
	}
}
