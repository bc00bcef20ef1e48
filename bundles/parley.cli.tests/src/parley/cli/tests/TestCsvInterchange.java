package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.vcs.EntityChange;
import parley.vcs.SemanticDiff;

/**
 * {@code parley export csv} and {@code parley import csv}: the starter round-trips through the sheets into an
 * empty playbook, a cell edit is exactly that change, new rows link by title, bad cells are reported with their
 * positions and nothing is written.
 */
class TestCsvInterchange extends StarterCliTest {

	private Path export(String... more) {
		String[] args = Stream.concat(Stream.of("export", "csv", "--out", "../sheets"), Arrays.stream(more))
				.toArray(String[]::new);
		CliRun run = parley(args);
		assertEquals(0, run.exitCode(), run.toString());
		return tmp.resolve("sheets");
	}

	private static Playbook load(Path folder) throws Exception {
		return new XmiPlaybookStore().open(folder).playbook();
	}

	private static Map<String, byte[]> snapshot(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
			}
		}
		return files;
	}

	/** A row for {@code sheet} with the given cells (by column name) and the others empty. */
	private static String row(Path sheet, Map<String, String> cells) throws IOException {
		String header = Files.readString(sheet).lines().findFirst().orElseThrow();
		return Arrays.stream(header.split(",")).map(c -> cells.getOrDefault(c, "")).collect(Collectors.joining(","))
				+ "\r\n";
	}

	@Test
	void theStarterRoundTripsThroughTheSheets() throws Exception {
		Path sheets = export();
		assertEquals(Set.of("playbook.csv", "sources.csv", "tags.csv", "audiences.csv", "techniques.csv",
				"phrases.csv", "scenarios.csv", "steps.csv", "events.csv", "comments.csv"),
				snapshot(sheets).keySet());
		String techniques = Files.readString(sheets.resolve("techniques.csv"));
		assertTrue(techniques.startsWith("id,revision,title,tags,tags ids,audiences,audiences ids,channels,"),
				techniques.substring(0, 80));
		Map<String, byte[]> first = snapshot(sheets);
		assertEquals(1, parley("export", "csv", "--out", "../sheets").exitCode(), "no silent overwrite");
		export("--overwrite");
		Map<String, byte[]> second = snapshot(sheets);
		first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));

		Path empty = tmp.resolve("empty");
		assertEquals(0, CliRun.run(home, tmp, "init", "--empty", empty.toString()).exitCode());
		CliRun imported = CliRun.run(home, empty, "import", "csv", sheets.toString());
		assertEquals(0, imported.exitCode(), imported.toString());
		List<EntityChange> changes = SemanticDiff.compare(load(pb), load(empty));
		assertEquals(List.of(), changes, SemanticDiff.describe(changes));
		CliRun twice = CliRun.run(home, empty, "import", "csv", sheets.toString());
		assertEquals("No changes.\n", twice.out(), twice.toString());
	}

	@Test
	void aCellEditIsExactlyThatChangeAndNewRowsLinkByTitle() throws Exception {
		Path sheets = export("--bom");
		Path phrases = sheets.resolve("phrases.csv");
		assertEquals('\uFEFF', Files.readString(phrases).charAt(0));
		Phrase phrase = load(pb).getPhrases().stream().filter(p -> !p.getText().contains("\""))
				.findFirst().orElseThrow();
		String text = Files.readString(phrases);
		assertTrue(text.contains(phrase.getText()));
		Files.writeString(phrases, text.replace(phrase.getText(), "Let me sort this out for you right now."));
		Path techniques = sheets.resolve("techniques.csv");
		Files.writeString(techniques, Files.readString(techniques)
				+ row(techniques, Map.of("title", "Name the next step", "summary", "Say what happens next.")));
		Files.writeString(phrases, Files.readString(phrases) + row(phrases, Map.of("title", "Next step",
				"text", "Here is what happens next.", "kind", "recommended", "techniques", "Name the next step")));
		Playbook before = load(pb);

		CliRun run = parley("import", "csv", "../sheets");
		assertEquals(0, run.exitCode(), run.toString());
		Playbook after = load(pb);
		List<EntityChange> changes = SemanticDiff.compare(before, after);
		assertEquals(3, changes.size(), SemanticDiff.describe(changes));
		EntityChange edit = changes.stream().filter(c -> c.id().equals(phrase.getId())).findFirst().orElseThrow();
		assertEquals(Set.of("text", "modified"), edit.fields().stream().map(EntityChange.FieldChange::field)
				.collect(Collectors.toSet()));
		Phrase added = after.getPhrases().stream().filter(p -> p.getTitle().equals("Next step")).findFirst()
				.orElseThrow();
		assertEquals("Name the next step", added.getTechniques().get(0).getTitle(), "the link by title is resolved");
	}

	@Test
	void badCellsAreReportedWithPositionsAndNothingIsWritten() throws Exception {
		Path sheets = export();
		Map<String, byte[]> before = snapshot(pb);
		Path phrases = sheets.resolve("phrases.csv");
		String text = Files.readString(phrases);
		int at = text.indexOf(",recommended,");
		assertTrue(at > 0);
		Files.writeString(phrases, text.substring(0, at) + ",polite," + text.substring(at + ",recommended,".length()));
		Path techniques = sheets.resolve("techniques.csv");
		Files.writeString(techniques, Files.readString(techniques).replaceFirst(",summary,", ",summry,"));

		CliRun refused = parley("import", "csv", "../sheets");
		assertEquals(1, refused.exitCode(), refused.toString());
		String err = refused.err();
		int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
		int column = at + 1 - (text.lastIndexOf('\n', at) + 1) + 1;
		assertTrue(err.contains("../sheets/phrases.csv:" + line + ":" + column + ": phrase 'kind': unknown value"
				+ " \"polite\"; use one of recommended, avoid"), err);
		String header = Files.readString(techniques).lines().findFirst().orElseThrow();
		assertTrue(err.contains("../sheets/techniques.csv:1:" + (header.indexOf("summry") + 1)
				+ ": unknown column \"summry\" in techniques.csv"), err);
		Map<String, byte[]> now = snapshot(pb);
		assertEquals(before.keySet(), now.keySet());
		before.forEach((name, bytes) -> assertArrayEquals(bytes, now.get(name), name));

		Files.writeString(phrases, text + "\"not closed,x\r\n");
		Files.writeString(techniques, Files.readString(techniques).replaceFirst(",summry,", ",summary,"));
		CliRun unclosed = parley("import", "csv", "../sheets");
		assertEquals(1, unclosed.exitCode(), unclosed.toString());
		int last = (int) text.chars().filter(c -> c == '\n').count() + 1;
		assertTrue(unclosed.err().contains("../sheets/phrases.csv:" + last + ":1: the quoted field is not closed"),
				unclosed.err());
		assertTrue(new String(Files.readAllBytes(phrases), StandardCharsets.UTF_8).endsWith("x\r\n"));
	}
}
