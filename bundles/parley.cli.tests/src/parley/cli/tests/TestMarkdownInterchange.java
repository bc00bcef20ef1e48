package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code parley export markdown} and {@code parley import markdown}: the starter round-trips through one file per
 * entry into an empty playbook, a body edit is exactly that change, a new file links by relative path, bad front
 * matter is reported with positions and nothing is written.
 */
class TestMarkdownInterchange extends StarterCliTest {

	private Path export(String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("export", "markdown", "--out", "../docs"));
		args.addAll(List.of(more));
		CliRun run = parley(args.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.toString());
		return tmp.resolve("docs");
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

	private static Path fileOf(Path docs, String folder, String id) throws IOException {
		try (Stream<Path> list = Files.list(docs.resolve(folder))) {
			return list.filter(p -> {
				try {
					return Files.readString(p).startsWith("---\nid: \"" + id + "\"\n");
				} catch (IOException e) {
					throw new AssertionError(e);
				}
			}).findFirst().orElseThrow();
		}
	}

	@Test
	void theStarterRoundTripsThroughOneFilePerEntry() throws Exception {
		Path docs = export();
		Playbook starter = load(pb);
		Phrase phrase = starter.getPhrases().get(0);
		String file = Files.readString(fileOf(docs, "phrases", phrase.getId()));
		assertTrue(file.endsWith("---\n" + phrase.getText() + "\n"), "the wording is the body: " + file);
		assertTrue(file.contains("\ntitle: \"" + phrase.getTitle().replace("\"", "\\\"") + "\"\n"), file);
		if (!phrase.getTechniques().isEmpty()) {
			assertTrue(file.contains("\ntechniques: [\"../techniques/"), "links are relative paths: " + file);
		}
		Map<String, byte[]> first = snapshot(docs);
		assertEquals(1, parley("export", "markdown", "--out", "../docs").exitCode(), "no silent overwrite");
		export("--overwrite");
		Map<String, byte[]> second = snapshot(docs);
		assertEquals(first.keySet(), second.keySet());
		first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));

		Path empty = tmp.resolve("empty");
		assertEquals(0, CliRun.run(home, tmp, "init", "--empty", empty.toString()).exitCode());
		CliRun imported = CliRun.run(home, empty, "import", "markdown", docs.toString());
		assertEquals(0, imported.exitCode(), imported.toString());
		List<EntityChange> changes = SemanticDiff.compare(starter, load(empty));
		assertEquals(List.of(), changes, SemanticDiff.describe(changes));
		CliRun twice = CliRun.run(home, empty, "import", "markdown", docs.toString());
		assertEquals("No changes.\n", twice.out(), twice.toString());
	}

	@Test
	void aBodyEditIsExactlyThatChangeAndANewFileLinksByPath() throws Exception {
		Path docs = export();
		Playbook before = load(pb);
		Phrase phrase = before.getPhrases().get(0);
		Path file = fileOf(docs, "phrases", phrase.getId());
		String text = Files.readString(file);
		Files.writeString(file, text.substring(0, text.lastIndexOf("---\n") + 4) + "Let me sort this out now.\n");
		Files.writeString(docs.resolve("techniques/name-the-next-step.md"),
				"---\ntitle: \"Name the next step\"\n---\nSay what happens next, and when.\n");
		Files.writeString(docs.resolve("phrases/next.md"), "---\ntitle: \"Next step\"\nkind: \"recommended\"\n"
				+ "techniques: [\"../techniques/name-the-next-step.md\"]\n---\nHere is what happens next.\n");

		CliRun run = parley("import", "markdown", "../docs");
		assertEquals(0, run.exitCode(), run.toString());
		Playbook after = load(pb);
		List<EntityChange> changes = SemanticDiff.compare(before, after);
		assertEquals(3, changes.size(), SemanticDiff.describe(changes));
		EntityChange edit = changes.stream().filter(c -> c.id().equals(phrase.getId())).findFirst().orElseThrow();
		assertEquals(Set.of("text", "modified"), edit.fields().stream().map(EntityChange.FieldChange::field)
				.collect(Collectors.toSet()));
		Phrase added = after.getPhrases().stream().filter(p -> p.getTitle().equals("Next step")).findFirst()
				.orElseThrow();
		assertEquals("Name the next step", added.getTechniques().get(0).getTitle());
		assertEquals("Say what happens next, and when.", added.getTechniques().get(0).getSummary());
	}

	@Test
	void badFrontMatterIsReportedWithPositionsAndNothingIsWritten() throws Exception {
		Path docs = export();
		Map<String, byte[]> before = snapshot(pb);
		Phrase phrase = load(pb).getPhrases().get(0);
		Path file = fileOf(docs, "phrases", phrase.getId());
		String name = "../docs/phrases/" + file.getFileName();
		String text = Files.readString(file);
		text = text.replaceFirst("\ntitle: \"[^\n]*\"\n", "\ntitle: Unquoted words\n");
		text = text.replaceFirst("\n---\n", "\ncolour: \"red\"\nreplacedBy: \"../phrases/missing.md\"\n---\n");
		Files.writeString(file, text);

		CliRun refused = parley("import", "markdown", "../docs");
		assertEquals(1, refused.exitCode(), refused.toString());
		String err = refused.err();
		assertTrue(err.contains("has 3 problems"), "a value that is not JSON is not also reported missing: " + err);
		List<String> lines = text.lines().toList();
		assertTrue(err.contains(name + ":" + (lines.indexOf("title: Unquoted words") + 1) + ":8: the value of 'title'"
				+ " is not valid JSON"), err);
		assertTrue(err.contains(name + ":" + (lines.indexOf("colour: \"red\"") + 1) + ":1: unknown field \"colour\""),
				err);
		assertTrue(err.contains(name + ":" + (lines.indexOf("replacedBy: \"../phrases/missing.md\"") + 1)
				+ ":13: phrase 'replacedBy' links to ../phrases/missing.md, which is neither in the file nor in the"
				+ " playbook"), err);
		Map<String, byte[]> now = snapshot(pb);
		assertEquals(before.keySet(), now.keySet());
		before.forEach((n, bytes) -> assertArrayEquals(bytes, now.get(n), n));
	}
}
