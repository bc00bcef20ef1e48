package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.core.edit.EditingSession;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.vcs.EntityChange;
import parley.vcs.SemanticDiff;

/**
 * {@code parley export json} and {@code parley import json}: the starter round-trips into an empty playbook
 * with no change, an edit in the file is exactly that change, dry runs and refused imports write nothing,
 * conflicts need --theirs, --delete-missing deletes.
 */
class TestJsonInterchange extends StarterCliTest {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private Path export() {
		CliRun run = parley("export", "json", "--out", "../pb.json");
		assertEquals(0, run.exitCode(), run.toString());
		return tmp.resolve("pb.json");
	}

	private static Playbook load(Path folder) throws Exception {
		return new XmiPlaybookStore().open(folder).playbook();
	}

	private static JsonObject read(Path file) throws IOException {
		return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
	}

	private static void write(Path file, JsonObject json) throws IOException {
		Files.writeString(file, GSON.toJson(json));
	}

	/** Every file under {@code folder} (the local state too), by relative path. */
	private static Map<String, byte[]> snapshot(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
			}
		}
		return files;
	}

	private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
		assertEquals(before.keySet(), after.keySet());
		before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
	}

	private static JsonObject first(JsonObject json, String kind) {
		return json.getAsJsonArray(kind).get(0).getAsJsonObject();
	}

	@Test
	void theStarterRoundTripsIntoAnEmptyPlaybookWithoutChange() throws Exception {
		Path file = export();
		String text = Files.readString(file);
		assertTrue(text.startsWith("{\n  \"format\": \"parley-playbook\",\n  \"version\": 1,\n  \"playbook\": {\n    \"id\": "),
				text.substring(0, 120));
		CliRun again = parley("export", "json", "--out", "../pb.json");
		assertEquals(1, again.exitCode(), again.toString());
		assertTrue(again.err().contains("exists; pass --overwrite"), again.err());
		assertEquals(0, parley("export", "json", "--out", "../pb.json", "--overwrite").exitCode());
		assertEquals(text, Files.readString(file), "an export of an unchanged playbook is byte-identical");

		Path empty = tmp.resolve("empty");
		assertEquals(0, CliRun.run(home, tmp, "init", "--empty", empty.toString()).exitCode());
		CliRun imported = CliRun.run(home, empty, "import", "json", file.toString());
		assertEquals(0, imported.exitCode(), imported.toString());
		assertTrue(imported.out().contains("Added technique '"), imported.out());

		List<EntityChange> changes = SemanticDiff.compare(load(pb), load(empty));
		assertEquals(List.of(), changes, SemanticDiff.describe(changes));
		CliRun back = CliRun.run(home, empty, "export", "json", "--out", tmp.resolve("back.json").toString());
		assertEquals(0, back.exitCode(), back.toString());
		String entities = text.substring(text.indexOf("\n  \"sources\""));
		String backText = Files.readString(tmp.resolve("back.json"));
		assertEquals(entities, backText.substring(backText.indexOf("\n  \"sources\"")),
				"every entity comes back with the same id, revision and fields");

		CliRun twice = CliRun.run(home, empty, "import", "json", file.toString());
		assertEquals(0, twice.exitCode(), twice.toString());
		assertEquals("No changes.\n", twice.out());
	}

	@Test
	void anEditInTheFileIsExactlyThatChange() throws Exception {
		Path file = export();
		JsonObject json = read(file);
		JsonObject phrase = first(json, "phrases");
		String id = phrase.get("id").getAsString();
		phrase.addProperty("text", "Let me sort this out for you right now.");
		JsonObject fresh = new JsonObject();
		fresh.addProperty("title", "Name the next step");
		fresh.addProperty("summary", "Say what happens next and when.");
		json.getAsJsonArray("techniques").add(fresh);
		write(file, json);
		Playbook before = load(pb);

		CliRun run = parley("import", "json", "../pb.json");
		assertEquals(0, run.exitCode(), run.toString());
		List<EntityChange> changes = SemanticDiff.compare(before, load(pb));
		assertEquals(2, changes.size(), SemanticDiff.describe(changes));
		assertEquals(SemanticDiff.describe(changes), run.out(), "prints what changed as 'parley diff' does");
		EntityChange edit = changes.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
		assertEquals(EntityChange.Kind.CHANGED, edit.kind());
		assertEquals(Set.of("text", "modified"), edit.fields().stream().map(EntityChange.FieldChange::field)
				.collect(Collectors.toSet()), "the edited field, and the entry stamped modified");
		EntityChange added = changes.stream().filter(c -> !c.id().equals(id) && c.kind() == EntityChange.Kind.ADDED)
				.findFirst().orElseThrow();
		assertEquals("Name the next step", added.title());
		assertEquals(36, added.id().length(), "a record without id gets a new UUID");
	}

	@Test
	void aDryRunPrintsTheDiffAndWritesNothing() throws Exception {
		Path file = export();
		JsonObject json = read(file);
		first(json, "techniques").addProperty("title", "A new title");
		write(file, json);
		Map<String, byte[]> before = snapshot(pb);

		CliRun dry = parley("import", "json", "../pb.json", "--dry-run");
		assertEquals(0, dry.exitCode(), dry.toString());
		assertTrue(dry.out().startsWith("Changed technique 'A new title':\n  - title: "), dry.out());
		assertTrue(dry.err().contains("Nothing was written."), dry.err());
		assertSameFiles(before, snapshot(pb));

		CliRun real = parley("import", "json", "../pb.json");
		assertEquals(0, real.exitCode(), real.toString());
		assertEquals(withoutStamps(dry.out()), withoutStamps(real.out()),
				"the real import makes the change the dry run showed");
	}

	@Test
	void anEntryChangedOnBothSidesIsAConflictUnlessTheirs() throws Exception {
		Path file = export();
		JsonObject json = read(file);
		JsonObject edited = json.getAsJsonArray("phrases").get(0).getAsJsonObject();
		JsonObject untouched = json.getAsJsonArray("phrases").get(1).getAsJsonObject();
		edited.addProperty("usage", "Use it early in the call.");
		write(file, json);
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		EditingSession session = new EditingSession(open);
		Phrase mine = (Phrase) find(open.playbook(), edited.get("id").getAsString());
		Phrase other = (Phrase) find(open.playbook(), untouched.get("id").getAsString());
		session.set(mine, PlaybookPackage.Literals.PHRASE__USAGE, "Changed in the playbook.");
		session.set(other, PlaybookPackage.Literals.PHRASE__USAGE, "Also changed in the playbook.");
		session.save();
		session.dispose();
		Map<String, byte[]> before = snapshot(pb);

		CliRun refused = parley("import", "json", "../pb.json");
		assertEquals(1, refused.exitCode(), refused.toString());
		int line = lineOf(Files.readString(file), "\"id\": \"" + edited.get("id").getAsString() + "\"") - 1;
		assertTrue(refused.err().contains("../pb.json:" + line + ":"), refused.err());
		assertTrue(refused.err().contains("changed in the playbook since the export and in the file"), refused.err());
		assertTrue(refused.err().contains("--theirs"), refused.err());
		assertSameFiles(before, snapshot(pb));

		CliRun theirs = parley("import", "json", "../pb.json", "--theirs");
		assertEquals(0, theirs.exitCode(), theirs.toString());
		Playbook after = load(pb);
		assertEquals("Use it early in the call.", ((Phrase) find(after, mine.getId())).getUsage());
		assertEquals("Also changed in the playbook.", ((Phrase) find(after, other.getId())).getUsage(),
				"a record not edited in the file leaves the playbook's newer change alone");
	}

	@Test
	void badInputIsReportedWithPositionsAndNothingIsWritten() throws Exception {
		Path file = export();
		String text = Files.readString(file);
		Map<String, byte[]> before = snapshot(pb);

		Files.writeString(file, text.replaceFirst("\"version\": 1,", "\"version\": 1"));
		CliRun syntax = parley("import", "json", "../pb.json");
		assertEquals(1, syntax.exitCode(), syntax.toString());
		assertTrue(syntax.err().contains("../pb.json:4:3: not valid JSON: expected ',' or '}'"), syntax.err());

		JsonObject json = JsonParser.parseString(text).getAsJsonObject();
		first(json, "techniques").addProperty("colour", "red");
		first(json, "phrases").addProperty("kind", "polite");
		JsonArray related = new JsonArray();
		related.add("00000000-0000-0000-0000-000000000000");
		json.getAsJsonArray("techniques").get(1).getAsJsonObject().add("related", related);
		write(file, json);
		String bad = Files.readString(file);
		CliRun refused = parley("import", "json", "../pb.json");
		assertEquals(1, refused.exitCode(), refused.toString());
		String err = refused.err();
		assertTrue(err.contains("3 problems"), err);
		assertTrue(err.contains("../pb.json:" + lineOf(bad, "\"colour\"") + ":7: unknown field \"colour\" in a technique"),
				err);
		assertTrue(err.contains("../pb.json:" + lineOf(bad, "\"kind\": \"polite\"") + ":15: phrase 'kind': unknown value"
				+ " \"polite\"; use one of recommended, avoid"), err);
		assertTrue(err.contains("../pb.json:" + (lineOf(bad, "\"00000000-0000-0000-0000-000000000000\"")) + ":9:"
				+ " technique 'related' links to 00000000-0000-0000-0000-000000000000, which is neither in the file nor in"
				+ " the playbook"), err);
		assertSameFiles(before, snapshot(pb));
	}

	@Test
	void deleteMissingRemovesEntriesTheFileDoesNotHold() throws Exception {
		Path file = export();
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		EditingSession session = new EditingSession(open);
		session.create(PlaybookPackage.Literals.TECHNIQUE, "Made after the export");
		session.save();
		session.dispose();

		CliRun keep = parley("import", "json", "../pb.json");
		assertEquals(0, keep.exitCode(), keep.toString());
		assertEquals("No changes.\n", keep.out(), "nothing is deleted without --delete-missing");

		CliRun delete = parley("import", "json", "../pb.json", "--delete-missing");
		assertEquals(0, delete.exitCode(), delete.toString());
		assertEquals("Removed technique 'Made after the export'.\n", delete.out());
		assertEquals(List.of(), SemanticDiff.compare(load(pb), load(pb)));
		assertFalse(Files.readString(file).contains("Made after the export"));
	}

	@Test
	void exportRefusesPathsInsideThePlaybookOrGit() throws Exception {
		CliRun inside = parley("export", "json", "--out", "techniques/x.json");
		assertEquals(1, inside.exitCode(), inside.toString());
		assertTrue(inside.err().contains("inside the playbook folder"), inside.err());
		Files.createDirectories(tmp.resolve("repo/.git"));
		CliRun git = parley("export", "json", "--out", "../repo/.git/x.json");
		assertEquals(1, git.exitCode(), git.toString());
		assertTrue(git.err().contains("inside a git folder"), git.err());
		assertFalse(Files.exists(pb.resolve("techniques/x.json")));
		assertNotEquals(0, parley("import", "json", "../missing.json").exitCode());
	}

	private static Object find(Playbook playbook, String id) {
		return parley.core.service.Elements.all(playbook).stream()
				.filter(e -> e instanceof parley.model.playbook.Identified i && id.equals(i.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + id));
	}

	/** A diff without its "modified" lines (the stamp is the time of the run). */
	private static String withoutStamps(String diff) {
		return diff.replaceAll("(?m)^  - modified: .*\n", "");
	}

	/** The 1-based line of the first line holding {@code needle}. */
	private static int lineOf(String text, String needle) {
		int at = text.indexOf(needle);
		assertTrue(at >= 0, needle);
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}
}
