package parley.core.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.store.OpenPlaybook;
import parley.model.playbook.Playbook;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/** The JSON format in core: its reader's positions, its schema file, and an import as one undoable command. */
class TestPlaybookJson {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path tmp;

	@Test
	void theShippedSchemaIsTheOneTheModelGives() throws Exception {
		String schema = PlaybookJsonSchema.text();
		Path generated = Path.of("target", PlaybookJsonSchema.FILE_NAME);
		Files.createDirectories(generated.getParent());
		Files.writeString(generated, schema);
		Path shipped = null;
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("docs/schema"))) {
				shipped = dir.resolve("docs/schema").resolve(PlaybookJsonSchema.FILE_NAME);
				break;
			}
		}
		assertTrue(shipped != null && Files.exists(shipped), "docs/schema/" + PlaybookJsonSchema.FILE_NAME
				+ " is missing; copy it from " + generated.toAbsolutePath());
		assertEquals(schema, Files.readString(shipped), "the model changed: copy " + generated.toAbsolutePath()
				+ " over " + shipped + " and describe the change in docs/INTERCHANGE.md");
		assertEquals(schema, PlaybookJsonSchema.text(), "the schema is written in a stable order");
	}

	@Test
	void theReaderSaysWhereTheSyntaxIsWrong() {
		JsonText.SyntaxError trailing = assertThrows(JsonText.SyntaxError.class,
				() -> JsonText.parse("{\n  \"a\": [1, 2,]\n}"));
		assertEquals(new JsonText.Pos(2, 14), trailing.pos);
		JsonText.SyntaxError twice = assertThrows(JsonText.SyntaxError.class,
				() -> JsonText.parse("{\"a\": 1,\n \"a\": 2}"));
		assertEquals(new JsonText.Pos(2, 2), twice.pos);
		assertTrue(twice.getMessage().contains("appears twice"));
		JsonText.SyntaxError deep = assertThrows(JsonText.SyntaxError.class,
				() -> JsonText.parse("[".repeat(200) + "]".repeat(200)));
		assertTrue(deep.getMessage().contains("nested more than"));
		assertEquals("{\"k\":[\"a\\nb\",1,true]}", JsonText.write(
				java.util.Map.of("k", List.of("a\nb", 1L, true)), false));
	}

	@Test
	void anImportIsOneUndoableCommand() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		Playbook playbook = open.playbook();
		String exported = PlaybookJson.write(playbook);
		Technique technique = playbook.getTechniques().get(0);
		String edited = exported.replace("\"title\": \"" + technique.getTitle() + "\"",
				"\"title\": \"Renamed by import\"");
		assertNotEquals(exported, edited);

		EditingSession session = new EditingSession(open, CLOCK);
		JsonImport.Plan plan = JsonImport.plan(playbook, "pb.json", edited.getBytes(StandardCharsets.UTF_8),
				new JsonImport.Options(false, false), CLOCK);
		assertTrue(session.executeCommand(plan.command()));
		assertEquals("Renamed by import", technique.getTitle());
		assertEquals(CLOCK.instant(), technique.getModified(), "an entry changed by the import is stamped");
		assertTrue(session.isDirty());
		session.undo();
		assertEquals(exported, PlaybookJson.write(playbook), "undo brings back every field");
		session.redo();
		assertEquals("Renamed by import", technique.getTitle());
		session.dispose();
	}

	@Test
	void aLinkThatAlreadyDanglesInThePlaybookSurvivesTheRoundTrip() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		Playbook playbook = open.playbook();
		Technique technique = playbook.getTechniques().get(0);
		org.eclipse.emf.ecore.InternalEObject missing = (org.eclipse.emf.ecore.InternalEObject) parley.model.playbook.PlaybookFactory.eINSTANCE
				.createTag();
		missing.eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("../tags/0.xmi#gone-tag"));
		technique.getTags().add((parley.model.playbook.Tag) missing);
		String exported = PlaybookJson.write(playbook);
		assertTrue(exported.contains("\"gone-tag\""), "the export keeps the id the link names");
		String edited = exported.replace("\"title\": \"" + technique.getTitle() + "\"", "\"title\": \"Renamed\"");
		JsonImport.Plan plan = JsonImport.plan(playbook, "pb.json", edited.getBytes(StandardCharsets.UTF_8),
				new JsonImport.Options(false, false), CLOCK);
		plan.command().execute();
		assertEquals("Renamed", technique.getTitle());
		assertTrue(technique.getTags().contains(missing), "the dangling link is kept, not dropped");

		OpenPlaybook empty = Playbooks.starter(tmp.resolve("other"));
		ImportException elsewhere = assertThrows(ImportException.class, () -> JsonImport.plan(empty.playbook(),
				"pb.json", exported.getBytes(StandardCharsets.UTF_8), new JsonImport.Options(false, true), CLOCK));
		assertTrue(elsewhere.getMessage().contains("links to gone-tag, which is neither in the file nor in the playbook"),
				elsewhere.getMessage());
	}

	@Test
	void aFileOfAnotherFormatOrVersionIsRefused() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		ImportException other = assertThrows(ImportException.class, () -> JsonImport.plan(open.playbook(), "x.json",
				"{\"format\": \"parley-playbook\", \"version\": 2}".getBytes(StandardCharsets.UTF_8),
				new JsonImport.Options(false, false), CLOCK));
		assertEquals("x.json:1:42: \"version\" must be 1 (the format this Parley reads); export the file again with"
				+ " this Parley", other.problems().get(0).toString());
		ImportException notUtf8 = assertThrows(ImportException.class, () -> JsonImport.plan(open.playbook(), "x.json",
				new byte[] { '{', '\n', (byte) 0xC3, '}' }, new JsonImport.Options(false, false), CLOCK));
		assertEquals("x.json:2:1: bytes that are not UTF-8; save the file as UTF-8", notUtf8.problems().get(0).toString());
	}
}
