package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.model.playbook.Status;

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

	@Test
	void exportsTheManualAndCardsOfTheStarter() throws Exception {
		CliRun manual = parley("export", "pdf", "--out", "manual.pdf");
		assertEquals(0, manual.exitCode(), manual.toString());
		Path file = pb.resolve("manual.pdf");
		assertTrue(manual.out().startsWith("Wrote " + file + ": manual, "), manual.out());
		assertTrue(manual.err().contains("export: Writing pages"), manual.err());
		int pages = pages(file);
		assertTrue(manual.out().contains(pages + " pages"), manual.out());
		assertTrue(text(file).contains("Version: unversioned draft"));

		CliRun cards = parley("export", "pdf", "--out", "cards.pdf", "--layout", "cards", "--json");
		assertEquals(0, cards.exitCode(), cards.toString());
		JsonObject json = JsonParser.parseString(cards.out()).getAsJsonObject();
		Playbook playbook = new XmiPlaybookStore().open(pb).playbook();
		assertEquals(playbook.getScenarios().size(), json.get("pages").getAsInt());
		assertEquals(pages(pb.resolve("cards.pdf")), json.get("pages").getAsInt());
		assertEquals("cards", json.get("layout").getAsString());
	}

	@Test
	void filtersChooseTheEntries() throws Exception {
		CliRun run = parley("export", "pdf", "-o", "approved-techniques.pdf", "--type", "technique", "--status", "approved",
				"--title", "Approved techniques");
		assertEquals(0, run.exitCode(), run.toString());
		String text = text(pb.resolve("approved-techniques.pdf"));
		Playbook playbook = new XmiPlaybookStore().open(pb).playbook();
		assertTrue(text.contains("Approved techniques"));
		playbook.getTechniques().forEach(t -> assertEquals(t.getStatus() == Status.APPROVED,
				text.contains(t.getTitle() + " ."), "contents line of " + t.getTitle()));
		playbook.getScenarios().forEach(s -> assertFalse(text.contains(s.getTitle() + " ."), s.getTitle()));

		String scenario = playbook.getScenarios().get(2).getTitle();
		CliRun one = parley("export", "pdf", "-o", "one.pdf", "--layout", "cards", "--scenario", scenario);
		assertEquals(0, one.exitCode(), one.toString());
		assertEquals(1, pages(pb.resolve("one.pdf")));
		assertTrue(text(pb.resolve("one.pdf")).contains(scenario));
	}

	@Test
	void sinceAVersionAddsWhatChangedAndTheVersionName() throws Exception {
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		assertEquals(0, parley("release", "v1.0", "-m", "First", "--author", "Ana <ana@example.org>").exitCode());
		var open = new XmiPlaybookStore().open(pb);
		String changed = open.playbook().getTechniques().get(0).getTitle();
		open.playbook().getTechniques().get(0).setSummary("A sharper summary for the new edition.");
		open.save();
		CliRun run = parley("export", "pdf", "-o", "changes.pdf", "--since", "v1.0");
		assertEquals(0, run.exitCode(), run.toString());
		String text = text(pb.resolve("changes.pdf"));
		assertTrue(text.contains("What changed since v1.0"), text.substring(0, 300));
		assertTrue(text.contains("Changed (1)") && text.contains("Technique: " + changed + " (p."), text);
		assertTrue(text.contains("Version: v1.0 with unsaved changes"));
	}

	@Test
	void badInputIsExplainedAndWritesNothing() throws Exception {
		CliRun badLayout = parley("export", "pdf", "-o", "x.pdf", "--layout", "poster");
		assertEquals(2, badLayout.exitCode());
		assertTrue(badLayout.err().contains("unknown --layout 'poster'"), badLayout.err());
		CliRun badStatus = parley("export", "pdf", "-o", "x.pdf", "--status", "finished");
		assertEquals(2, badStatus.exitCode());
		assertTrue(badStatus.err().contains("unknown --status 'finished'"), badStatus.err());
		CliRun noOut = parley("export", "pdf");
		assertEquals(2, noOut.exitCode());
		CliRun badPath = parley("export", "pdf", "-o", "missing/folder/x.pdf");
		assertEquals(1, badPath.exitCode());
		assertTrue(badPath.err().contains("missing/folder") && badPath.err().contains("does not exist"), badPath.err());
		CliRun nothing = parley("export", "pdf", "-o", "x.pdf", "--tag", "no-such-tag");
		assertEquals(1, nothing.exitCode());
		assertTrue(nothing.err().contains("No entry matches"), nothing.err());
		CliRun unknownVersion = parley("export", "pdf", "-o", "x.pdf", "--since", "v9");
		assertEquals(1, unknownVersion.exitCode());
		assertFalse(Files.exists(pb.resolve("x.pdf")));
		try (var files = Files.list(pb)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "temporary file left");
		}
	}

	@Test
	void benchPublishReportsPagesPerSecond() {
		CliRun run = parley("bench", "publish", "--entities", "40", "--rounds", "1", "--json");
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(40, json.get("entities").getAsInt());
		assertTrue(json.get("manualPages").getAsInt() > 3, run.out());
		assertTrue(json.get("manualPagesPerSecond").getAsDouble() > 0);
		assertTrue(run.err().contains("bench: first manual export"), run.err());
	}
}
