package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;

/** {@code parley export pdf}: manual and cards of the starter, filters, "what changed", bad input. */
class TestExportCommand extends StarterCliTest {

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static int pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
	}

	/** Where exports go: beside the playbook folder (the working directory), never inside it. */
	private static final String OUT = "../";

	@Test
	void exportsTheManualAndCardsOfTheStarter() throws Exception {
		CliRun manual = parley("export", "pdf", "--out", OUT + "manual.pdf");
		assertEquals(0, manual.exitCode(), manual.toString());
		Path file = tmp.resolve("manual.pdf");
		assertTrue(manual.out().startsWith("Wrote " + file + ": manual, "), manual.out());
		assertTrue(manual.err().contains("export: Writing pages"), manual.err());
		int pages = pages(file);
		assertTrue(manual.out().contains(pages + " pages"), manual.out());
		assertTrue(text(file).contains("Version: unversioned draft"));

		CliRun cards = parley("export", "pdf", "--out", OUT + "cards.pdf", "--layout", "cards", "--json",
				"--include-unapproved");
		assertEquals(0, cards.exitCode(), cards.toString());
		JsonObject json = JsonParser.parseString(cards.out()).getAsJsonObject();
		Playbook playbook = new XmiPlaybookStore().open(pb).playbook();
		assertEquals(playbook.getScenarios().size(), json.get("pages").getAsInt());
		assertEquals(pages(tmp.resolve("cards.pdf")), json.get("pages").getAsInt());
		assertEquals("cards", json.get("layout").getAsString());
	}

	@Test
	void filtersChooseTheEntries() throws Exception {
		CliRun run = parley("export", "pdf", "-o", OUT + "approved-techniques.pdf", "--type", "technique", "--status",
				"approved", "--title", "Approved techniques");
		assertEquals(0, run.exitCode(), run.toString());
		String text = text(tmp.resolve("approved-techniques.pdf"));
		Playbook playbook = new XmiPlaybookStore().open(pb).playbook();
		assertTrue(text.contains("Approved techniques"));
		playbook.getTechniques().forEach(t -> assertEquals(t.getStatus() == Status.APPROVED,
				text.contains(t.getTitle() + " ."), "contents line of " + t.getTitle()));
		playbook.getScenarios().forEach(s -> assertFalse(text.contains(s.getTitle() + " ."), s.getTitle()));

		String scenario = playbook.getScenarios().get(2).getTitle();
		CliRun one = parley("export", "pdf", "-o", OUT + "one.pdf", "--layout", "cards", "--scenario", scenario,
				"--include-unapproved");
		assertEquals(0, one.exitCode(), one.toString());
		assertEquals(1, pages(tmp.resolve("one.pdf")));
		assertTrue(text(tmp.resolve("one.pdf")).contains(scenario));
	}

	/** Cards with --since mark the scenarios that changed, or whose steps use an entry that changed (issue 16). */
	@Test
	void cardsSinceAVersionMarkTheCardsThatChanged() throws Exception {
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		assertEquals(0, parley("release", "v1.0", "-m", "First", "--author", "Ana <ana@example.org>", "--allow-unapproved").exitCode());
		var open = new XmiPlaybookStore().open(pb);
		Playbook playbook = open.playbook();
		parley.model.playbook.Technique technique = playbook.getTechniques().stream()
				.filter(t -> playbook.getScenarios().stream().flatMap(sc -> sc.getSteps().stream())
						.anyMatch(st -> st.getTechniques().contains(t)))
				.findFirst().orElseThrow();
		technique.setSummary("A sharper summary for the new edition.");
		open.save();
		CliRun run = parley("export", "pdf", "-o", OUT + "cards-since.pdf", "--layout", "cards", "--since", "v1.0",
				"--include-unapproved");
		assertEquals(0, run.exitCode(), run.toString());
		int marked = 0;
		try (PDDocument document = Loader.loadPDF(tmp.resolve("cards-since.pdf").toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String card = stripper.getText(document).replaceAll("\\s+", " ");
				parley.model.playbook.Scenario scenario = playbook.getScenarios().stream()
						.filter(sc -> card.contains(sc.getTitle())).findFirst().orElseThrow();
				boolean uses = scenario.getSteps().stream().anyMatch(st -> st.getTechniques().contains(technique));
				assertEquals(uses, card.contains("CHANGED since v1.0"), scenario.getTitle() + ": " + card);
				marked += uses ? 1 : 0;
			}
		}
		assertTrue(marked > 0, "some card uses the changed technique");
	}

	/** {@code --sheet a4-4up} puts four cards on each A4 page, {@code a4-4up-duplex} fronts and backs; other values, and --sheet for the manual, are refused (issue 16). */
	@Test
	void cardsFourToAnA4Sheet() throws Exception {
		CliRun run = parley("export", "pdf", "-o", OUT + "sheet.pdf", "--layout", "cards", "--sheet", "a4-4up",
				"--include-unapproved");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("pocket cards four to an A4 page"), run.out());
		Path file = tmp.resolve("sheet.pdf");
		int cards = new XmiPlaybookStore().open(pb).playbook().getScenarios().size();
		assertTrue(run.out().contains(cards + " cards"), run.out());
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			assertEquals((cards + 3) / 4, document.getNumberOfPages());
			assertEquals(210 / 25.4 * 72, document.getPage(0).getMediaBox().getWidth(), 1.0);
			assertEquals(297 / 25.4 * 72, document.getPage(0).getMediaBox().getHeight(), 1.0);
		}

		CliRun duplex = parley("export", "pdf", "-o", OUT + "duplex.pdf", "--layout", "cards", "--sheet",
				"a4-4up-duplex", "--include-unapproved");
		assertEquals(0, duplex.exitCode(), duplex.toString());
		assertTrue(duplex.out().contains("four to an A4 page, fronts and backs"), duplex.out());
		assertEquals(2 * ((cards + 3) / 4), pages(tmp.resolve("duplex.pdf")), "a page of fronts, a page of backs");

		CliRun unknown = parley("export", "pdf", "-o", OUT + "x.pdf", "--layout", "cards", "--sheet", "letter-2up");
		assertEquals(2, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("unknown --sheet 'letter-2up'; use a6, a4-4up or a4-4up-duplex"),
				unknown.err());
		CliRun manual = parley("export", "pdf", "-o", OUT + "x.pdf", "--sheet", "a4-4up");
		assertEquals(2, manual.exitCode(), manual.toString());
		assertTrue(manual.err().contains("--sheet is for pocket cards") && manual.err().contains("--layout cards"),
				manual.err());
		assertFalse(Files.exists(tmp.resolve("x.pdf")));
	}

	/** Role-play kits (issue 17): a booklet of the approved scenarios, one scenario cut apart, and bad input. */
	@Test
	void roleplayKitsOfTheStarter() throws Exception {
		Playbook playbook = new XmiPlaybookStore().open(pb).playbook();
		long approved = playbook.getScenarios().stream()
				.filter(s -> parley.core.curation.CurationState.of(s).isApproved()).count();
		CliRun kits = parley("export", "pdf", "-o", OUT + "kits.pdf", "--layout", "roleplay", "--json");
		assertEquals(0, kits.exitCode(), kits.toString());
		JsonObject json = JsonParser.parseString(kits.out()).getAsJsonObject();
		Path file = tmp.resolve("kits.pdf");
		assertEquals(file.toString(), json.get("file").getAsString());
		assertEquals("roleplay", json.get("layout").getAsString());
		assertFalse(json.get("cutApart").getAsBoolean());
		assertEquals(approved, json.get("entries").getAsLong());
		String text = text(file);
		for (String part : List.of("LEARNER BRIEF", "CUSTOMER CARD", "OBSERVER SHEET")) {
			assertEquals(approved, text.split(part + " Scenario", -1).length - 1, part + " once per approved scenario");
		}

		parley.model.playbook.Scenario scenario = playbook.getScenarios().stream()
				.filter(s -> parley.core.curation.CurationState.of(s).isApproved()).findFirst().orElseThrow();
		CliRun one = parley("export", "pdf", "-o", OUT + "one.pdf", "--layout", "roleplay", "--scenario",
				scenario.getTitle(), "--cut-apart");
		assertEquals(0, one.exitCode(), one.toString());
		assertTrue(one.out().startsWith("Wrote " + tmp.resolve("one.pdf") + ": role-play kits cut apart in three"
				+ " piles, "), one.out());
		assertTrue(one.out().contains(", 1 scenario ("), one.out());
		String oneText = text(tmp.resolve("one.pdf"));
		assertTrue(oneText.contains("Print single-sided") && oneText.contains("LEARNER Scenario 1 of 1 "
				+ scenario.getTitle()), oneText);

		CliRun unknown = parley("export", "pdf", "-o", OUT + "x.pdf", "--layout", "roleplay", "--scenario",
				"zzzz-nothing");
		assertEquals(1, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("No scenario matches 'zzzz-nothing'"), unknown.err());
		CliRun none = parley("export", "pdf", "-o", OUT + "x.pdf", "--layout", "roleplay", "--tag", "no-such-tag");
		assertEquals(1, none.exitCode(), none.toString());
		assertTrue(none.err().contains("no role-play kit to print; widen the selection"), none.err());
		CliRun notKits = parley("export", "pdf", "-o", OUT + "x.pdf", "--cut-apart");
		assertEquals(2, notKits.exitCode(), notKits.toString());
		assertTrue(notKits.err().contains("--cut-apart is for role-play kits; add --layout roleplay"), notKits.err());
		assertFalse(Files.exists(tmp.resolve("x.pdf")));
	}

	/** A handout for one scenario holds the techniques and phrases its steps use, not the whole playbook. */
	@Test
	void aScenarioHandoutHoldsOnlyWhatTheScenarioUses() throws Exception {
		Playbook playbook = new XmiPlaybookStore().open(pb).playbook();
		parley.model.playbook.Scenario scenario = playbook.getScenarios().get(2);
		java.util.Set<Object> used = new java.util.HashSet<>();
		for (parley.model.playbook.Step step : scenario.getSteps()) {
			used.addAll(step.getTechniques());
			used.addAll(step.getPhrases());
			step.getPhrases().forEach(p -> used.addAll(p.getReplacements()));
		}
		CliRun run = parley("export", "pdf", "-o", OUT + "handout.pdf", "--scenario", scenario.getTitle(),
				"--include-unapproved");
		assertEquals(0, run.exitCode(), run.toString());
		String text = text(tmp.resolve("handout.pdf"));
		assertTrue(text.contains(scenario.getTitle() + " ."), "the scenario's contents line");
		assertTrue(playbook.getTechniques().stream().anyMatch(used::contains), "the scenario uses techniques");
		playbook.getTechniques().forEach(t -> assertEquals(used.contains(t), text.contains(t.getTitle() + " ."),
				"contents line of " + t.getTitle()));
		int all = pages(tmp.resolve("handout.pdf"));
		assertEquals(0, parley("export", "pdf", "-o", OUT + "all.pdf", "--include-unapproved").exitCode());
		assertTrue(all * 3 < pages(tmp.resolve("all.pdf")), all + " pages against " + pages(tmp.resolve("all.pdf")));
	}

	@Test
	void sinceAVersionAddsWhatChangedAndTheVersionName() throws Exception {
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		assertEquals(0, parley("release", "v1.0", "-m", "First", "--author", "Ana <ana@example.org>", "--allow-unapproved").exitCode());
		var open = new XmiPlaybookStore().open(pb);
		String changed = open.playbook().getTechniques().get(0).getTitle();
		open.playbook().getTechniques().get(0).setSummary("A sharper summary for the new edition.");
		open.save();
		CliRun run = parley("export", "pdf", "-o", OUT + "changes.pdf", "--since", "v1.0", "--include-unapproved");
		assertEquals(0, run.exitCode(), run.toString());
		String text = text(tmp.resolve("changes.pdf"));
		assertTrue(text.contains("What changed since v1.0"), text.substring(0, 300));
		assertTrue(text.contains("Changed (1)") && text.contains("Technique: " + changed + " (p."), text);
		assertTrue(text.contains("Version: v1.0 with unsaved changes"));

		CliRun handout = parley("export", "pdf", "-o", OUT + "handout.pdf", "--layout", "changes", "--since", "v1.0",
				"--include-unapproved");
		assertEquals(0, handout.exitCode(), handout.toString());
		assertTrue(handout.out().contains("changes handout, 1 page ("), handout.out());
		String sheet = text(tmp.resolve("handout.pdf"));
		assertTrue(sheet.contains("What changed since v1.0") && sheet.contains("Technique: " + changed), sheet);
		assertTrue(sheet.contains("BEFORE NOW") && sheet.contains("sharper summary"), sheet);
		assertFalse(sheet.contains("(p. "), "the handout points to no pages: " + sheet);
	}

	/**
	 * Issue 13: an export for teams holds approved entries only; {@code --include-unapproved} adds drafts, entries in
	 * review and entries changed since approval, each marked DRAFT, and says so on the cover.
	 */
	@Test
	void onlyApprovedEntriesUnlessIncludeUnapproved() throws Exception {
		var open = new XmiPlaybookStore().open(pb);
		Technique technique = open.playbook().getTechniques().get(0);
		technique.setStatus(Status.DRAFT);
		technique.setSummary("A summary still in draft, not for teams yet.");
		String title = technique.getTitle();
		open.save();

		CliRun teams = parley("export", "pdf", "-o", OUT + "teams.pdf");
		assertEquals(0, teams.exitCode(), teams.toString());
		String approved = text(tmp.resolve("teams.pdf"));
		assertFalse(approved.contains("A summary still in draft"), "a draft is left out by default");
		assertFalse(approved.contains(title + " ."), "no contents line for the draft");
		assertFalse(approved.contains("DRAFT"), "nothing unapproved, nothing marked");

		CliRun drafts = parley("export", "pdf", "-o", OUT + "drafts.pdf", "--include-unapproved");
		assertEquals(0, drafts.exitCode(), drafts.toString());
		String withDrafts = text(tmp.resolve("drafts.pdf"));
		assertTrue(withDrafts.contains("DRAFT \u2014 includes unapproved entries"), withDrafts.substring(0, 400));
		assertTrue(withDrafts.contains(title + " DRAFT") && withDrafts.contains("A summary still in draft"), withDrafts);
		assertTrue(pages(tmp.resolve("drafts.pdf")) > pages(tmp.resolve("teams.pdf")));
		assertTrue(drafts.out().contains(" of them unapproved and marked DRAFT"), drafts.out());
		assertFalse(teams.out().contains("DRAFT"), teams.out());
		CliRun json = parley("export", "pdf", "-o", OUT + "drafts.pdf", "--include-unapproved", "--json");
		long unapproved = new XmiPlaybookStore().open(pb).playbook().getTechniques().stream()
				.filter(t -> t.getStatus() != Status.APPROVED && t.getStatus() != Status.RETIRED).count();
		assertTrue(JsonParser.parseString(json.out()).getAsJsonObject().get("unapproved").getAsInt() >= unapproved,
				json.out());

		CliRun named = parley("export", "pdf", "-o", OUT + "named.pdf", "--status", "draft", "--type", "technique");
		assertEquals(0, named.exitCode(), named.toString());
		String onlyDrafts = text(tmp.resolve("named.pdf"));
		assertTrue(onlyDrafts.contains(title + " DRAFT") && onlyDrafts.contains("DRAFT \u2014 includes unapproved"),
				"naming a status includes those entries, marked: " + onlyDrafts.substring(0, 400));

		CliRun retired = parley("export", "pdf", "-o", OUT + "retired.pdf", "--status", "retired");
		assertEquals(2, retired.exitCode(), retired.toString());
		assertTrue(retired.err().contains("retired entries are never exported as guidance"), retired.err());
		CliRun none = parley("export", "pdf", "-o", OUT + "none.pdf", "--tag", "no-such-tag");
		assertTrue(none.err().contains("add --include-unapproved"), none.err());
		assertFalse(Files.exists(tmp.resolve("retired.pdf")) || Files.exists(tmp.resolve("none.pdf")));
	}

	/**
	 * Characters no font has (issue 16): a warning on stderr naming the entry, field and characters, the
	 * character printed as U+FFFD; with --strict, exit 1 and nothing written. U+0378 is unassigned in Unicode,
	 * so no font on any machine has it.
	 */
	@Test
	void charactersNoFontHasAreWarnedAboutAndStrictWritesNothing() throws Exception {
		var open = new XmiPlaybookStore().open(pb);
		Technique technique = open.playbook().getTechniques().get(0);
		technique.setSummary("Thank them \u0378 warmly.");
		String title = technique.getTitle();
		open.save();

		CliRun strict = parley("export", "pdf", "-o", OUT + "strict.pdf", "--include-unapproved", "--strict");
		assertEquals(1, strict.exitCode(), strict.toString());
		assertTrue(strict.err().contains("technique \"" + title + "\", summary: no font has \u0378 U+0378"),
				strict.err());
		assertTrue(strict.err().contains("nothing was written"), strict.err());
		assertFalse(Files.exists(tmp.resolve("strict.pdf")));
		try (var files = Files.list(tmp)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("strict")), "temporary file left");
		}

		CliRun warned = parley("export", "pdf", "-o", OUT + "warned.pdf", "--include-unapproved");
		assertEquals(0, warned.exitCode(), warned.toString());
		assertTrue(warned.err().contains("warning: technique \"" + title + "\", summary: no font has \u0378 U+0378"),
				warned.err());
		String text = text(tmp.resolve("warned.pdf"));
		assertTrue(text.contains("Thank them \uFFFD warmly."), "printed as U+FFFD, never a silent #");
		CliRun json = parley("export", "pdf", "-o", OUT + "warned.pdf", "--include-unapproved", "--json");
		assertTrue(JsonParser.parseString(json.out()).getAsJsonObject().get("warnings").getAsJsonArray().get(0)
				.getAsString().contains("U+0378"), json.out());

		CliRun clean = parley("export", "pdf", "-o", OUT + "clean.pdf", "--type", "scenario", "--strict",
				"--include-unapproved");
		assertEquals(0, clean.exitCode(), clean.toString());
		assertFalse(clean.err().contains("warning:"), clean.err());
	}

	/** Without --out the PDF goes to the Parley folder of the user's documents folder, never the playbook folder. */
	@Test
	void withoutOutTheExportGoesToTheDocumentsFolder() throws Exception {
		Path documents = tmp.resolve("documents");
		java.util.Map<String, String> env = java.util.Map.of("XDG_DOCUMENTS_DIR", documents.toString());
		CliRun manual = CliRun.run(home, pb, env, "export", "pdf", "--include-unapproved");
		assertEquals(0, manual.exitCode(), manual.toString());
		Path file = documents.resolve("Parley/de-escalation-starter-playbook.pdf");
		assertTrue(Files.isRegularFile(file), manual.toString());
		assertTrue(manual.out().contains("Wrote " + file), "the message names the file: " + manual.out());
		CliRun cards = CliRun.run(home, pb, env, "export", "pdf", "--layout", "cards", "--include-unapproved");
		assertEquals(0, cards.exitCode(), cards.toString());
		assertTrue(Files.isRegularFile(documents.resolve("Parley/de-escalation-starter-playbook-cards.pdf")));
		try (var files = Files.walk(pb)) {
			assertTrue(files.noneMatch(f -> f.toString().endsWith(".pdf")), "nothing written in the playbook");
		}
	}

	@Test
	void badInputIsExplainedAndWritesNothing() throws Exception {
		CliRun badLayout = parley("export", "pdf", "-o", OUT + "x.pdf", "--layout", "poster");
		assertEquals(2, badLayout.exitCode());
		assertTrue(badLayout.err().contains("unknown --layout 'poster'"), badLayout.err());
		CliRun noSince = parley("export", "pdf", "-o", OUT + "x.pdf", "--layout", "changes");
		assertEquals(2, noSince.exitCode());
		assertTrue(noSince.err().contains("--layout changes lists what changed since a version: add --since VERSION"),
				noSince.err());
		CliRun badStatus = parley("export", "pdf", "-o", OUT + "x.pdf", "--status", "finished");
		assertEquals(2, badStatus.exitCode());
		assertTrue(badStatus.err().contains("unknown --status 'finished'"), badStatus.err());
		CliRun badPath = parley("export", "pdf", "-o", OUT + "missing/folder/x.pdf");
		assertEquals(1, badPath.exitCode());
		assertTrue(badPath.err().contains("missing/folder") && badPath.err().contains("does not exist"), badPath.err());
		CliRun nothing = parley("export", "pdf", "-o", OUT + "x.pdf", "--tag", "no-such-tag");
		assertEquals(1, nothing.exitCode());
		assertTrue(nothing.err().contains("No entry matches"), nothing.err());
		CliRun unknownVersion = parley("export", "pdf", "-o", OUT + "x.pdf", "--since", "v9");
		assertEquals(1, unknownVersion.exitCode());
		assertFalse(Files.exists(tmp.resolve("x.pdf")));
		try (var files = Files.list(tmp)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith("part")), "temporary file left");
		}
	}

	/**
	 * The export workflow's typed failures in the command line's words (issue 12): the workflow names no option,
	 * the command adds which option to change or which command to run.
	 */
	@Test
	void failuresOfTheWorkflowAreWordedWithTheOptions() throws Exception {
		CliRun unknownVersion = parley("export", "pdf", "-o", OUT + "x.pdf", "--since", "v9");
		assertEquals(1, unknownVersion.exitCode(), unknownVersion.toString());
		assertTrue(unknownVersion.err().contains("parley: Could not compare with v9: "), unknownVersion.err());
		CliRun noCards = parley("export", "pdf", "-o", OUT + "x.pdf", "--layout", "cards", "--type", "technique");
		assertEquals(1, noCards.exitCode(), noCards.toString());
		assertTrue(noCards.err().contains("no cards to print; widen the selection (--tag, --status, --type)"),
				noCards.err());
		CliRun noEntry = parley("export", "pdf", "-o", OUT + "x.pdf", "--tag", "no-such-tag");
		assertTrue(noEntry.err().contains("No entry matches the filters; widen the selection (--tag, --type, --status)."),
				noEntry.err());
		CliRun noScenario = parley("export", "pdf", "-o", OUT + "x.pdf", "--scenario", "zzzz-nothing");
		assertEquals(1, noScenario.exitCode(), noScenario.toString());
		assertTrue(noScenario.err().contains("No scenario matches 'zzzz-nothing'")
				&& noScenario.err().contains("'parley list --type scenario'"), noScenario.err());

		try (Stream<Path> walk = Files.walk(pb.resolve(".git"))) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		CliRun noVersions = parley("export", "pdf", "-o", OUT + "x.pdf", "--since", "v1.0");
		assertEquals(1, noVersions.exitCode(), noVersions.toString());
		assertTrue(noVersions.err().contains("--since needs saved versions, and " + pb + " has none; save one with"
				+ " 'parley commit -m MESSAGE'"), noVersions.err());
		assertFalse(Files.exists(pb.resolve(".git")), "asking for versions created no repository");
		assertFalse(Files.exists(tmp.resolve("x.pdf")));
	}

	/** The playbook's files (not its local state under .parley) with their bytes. */
	private static Map<String, byte[]> playbookFiles(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
				String name = folder.relativize(file).toString();
				if (!name.startsWith(".parley")) {
					files.put(name, Files.readAllBytes(file));
				}
			}
		}
		return files;
	}

	@Test
	void anExportIntoThePlaybookFolderIsRefusedAndThePlaybookStillLoads() throws Exception {
		assertEquals(0, CliRun.run(home, tmp, "init", tmp.resolve("other").toString()).exitCode());
		Map<String, byte[]> before = playbookFiles(pb);
		Map<String, byte[]> otherBefore = playbookFiles(tmp.resolve("other"));
		Path link = Files.createSymbolicLink(tmp.resolve("link"), pb);
		Path fileLink = Files.createSymbolicLink(tmp.resolve("linked.pdf"), pb.resolve("playbook.xmi"));
		List<String> inside = List.of("playbook.xmi", "techniques/0.xmi", "manual.pdf", "new/manual.pdf",
				"../pb/playbook.xmi", "missing/../playbook.xmi", pb.resolve("playbook.xmi").toString(),
				link.resolve("playbook.xmi").toString(), link.resolve("manual.pdf").toString(), fileLink.toString(),
				"../other/playbook.xmi", "../other/manual.pdf");
		for (String out : inside) {
			CliRun run = parley("export", "pdf", "--out", out);
			assertEquals(1, run.exitCode(), out + ": " + run);
			assertTrue(run.err().startsWith("parley: Refused to export to "), out + ": " + run.err());
			assertTrue(run.err().contains("it is inside the playbook folder")
					&& run.err().contains("Choose a file outside the playbook folder"), run.err());
			assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
			assertFalse(run.err().contains("export: "), "refused before any work: " + run.err());
		}
		// --playbook from another folder, the --json form and the cards layout are refused the same way
		CliRun fromOutside = CliRun.run(home, tmp, "export", "pdf", "--playbook", "pb", "--out", "pb/playbook.xmi",
				"--layout", "cards", "--json");
		assertEquals(1, fromOutside.exitCode(), fromOutside.toString());
		assertTrue(fromOutside.err().contains("Refused to export to " + pb.resolve("playbook.xmi")), fromOutside.err());
		assertTrue(fromOutside.err().contains("such as " + tmp.resolve("playbook.pdf")), fromOutside.err());
		assertEquals("", fromOutside.out());

		Map<String, byte[]> after = playbookFiles(pb);
		assertEquals(before.keySet(), after.keySet(), "no file was added to the playbook folder");
		before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
		Map<String, byte[]> otherAfter = playbookFiles(tmp.resolve("other"));
		assertEquals(otherBefore.keySet(), otherAfter.keySet());
		CliRun validate = parley("validate");
		assertEquals(0, validate.exitCode(), "the playbook still loads: " + validate);
		CliRun outside = parley("export", "pdf", "--out", OUT + "manual.pdf");
		assertEquals(0, outside.exitCode(), outside.toString());
		assertTrue(pages(tmp.resolve("manual.pdf")) > 3);
	}
}
