package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.core.inbox.InboxStore;
import parley.testsupport.Articles;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;

/**
 * Article import from the command line (issue 14): {@code import article} files a source and candidates,
 * {@code inbox} lists and shows them, {@code accept} (as a draft, or {@code --merge-into}) and {@code discard}
 * settle them; bad files, options and ids change nothing.
 */
class TestArticleImportCommands extends StarterCliTest {

	private Path article() throws IOException {
		return Articles.nightShift(tmp, "night-shift.md");
	}

	private Playbook load() throws Exception {
		return new XmiPlaybookStore().open(pb).playbook();
	}

	private JsonArray inbox(String... more) {
		List<String> args = new ArrayList<>(List.of("inbox", "--json"));
		args.addAll(List.of(more));
		CliRun run = parley(args.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.toString());
		return JsonParser.parseString(run.out()).getAsJsonArray();
	}

	private static JsonObject withTitle(JsonArray candidates, String title) {
		for (JsonElement e : candidates) {
			if (e.getAsJsonObject().get("title").getAsString().equals(title)) {
				return e.getAsJsonObject();
			}
		}
		throw new AssertionError("no candidate '" + title + "' in " + candidates);
	}

	/** Every file of the playbook folder, git's and the local state included, as text. */
	private Map<String, String> snapshot() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(pb)) {
			for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
				String rel = pb.relativize(p).toString();
				if (!rel.contains("index") && !rel.endsWith(".lock")) {
					files.put(rel, java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
				}
			}
		}
		return files;
	}

	@Test
	void anArticleBecomesASourceAndWaitingCandidates() throws Exception {
		CliRun run = parley("import", "article", article().toString());
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("new source 'Calm Lines for Night Shifts'"), run.out());

		Source source = load().getSources().stream().filter(s -> s.getTitle().equals("Calm Lines for Night Shifts"))
				.findFirst().orElseThrow();
		assertEquals("Dana Example", source.getAuthor());
		assertEquals("Example Support Weekly", source.getPublisher());
		assertEquals("2025-03-14", source.getPublished());
		assertEquals("https://example.org/night-shift-calm", source.getUrl());
		assertTrue(source.getImportedText().contains("Night callers are often tired"));

		JsonArray waiting = inbox();
		JsonObject greet = withTitle(waiting, "Greet the caller by name once you have it");
		assertEquals("technique", greet.get("kind").getAsString());
		assertEquals("pending", greet.get("state").getAsString());
		assertEquals(source.getId(), greet.get("sourceId").getAsString());
		JsonObject avoid = withTitle(waiting, "That is not my department");
		assertEquals("avoid", avoid.get("phraseKind").getAsString());
		assertNotNull(avoid.get("replacement"));
		assertTrue(Files.isRegularFile(InboxStore.file(pb)), "the inbox is written beside the playbook's local state");

		CliRun again = parley("import", "article", article().toString());
		assertEquals(0, again.exitCode(), again.toString());
		assertTrue(again.out().contains("existing source") && again.out().contains("0 candidates"), again.out());
		assertEquals(waiting.size(), inbox().size(), "importing the same article again files nothing twice");
		assertEquals(1, load().getSources().stream().filter(s -> s.getTitle().equals("Calm Lines for Night Shifts")).count());
	}

	@Test
	void optionsGiveWhatTheDocumentLacks() throws Exception {
		Path bare = tmp.resolve("bare-notes.txt");
		Files.writeString(bare, "Keep your voice low when the caller raises theirs; it slows the whole call down.\n");
		CliRun run = parley("import", "article", bare.toString(), "--title", "Team Notes", "--author-name", "Lee",
				"--url", "https://example.org/notes");
		assertEquals(0, run.exitCode(), run.toString());
		Source source = load().getSources().stream().filter(s -> s.getTitle().equals("Team Notes")).findFirst()
				.orElseThrow();
		assertEquals("Lee", source.getAuthor());
		assertEquals("https://example.org/notes", source.getUrl());

		Path untitled = tmp.resolve("call-notes.txt");
		Files.writeString(untitled, "Short notes without a title line, kept as they are.\n");
		CliRun noTitle = parley("import", "article", untitled.toString());
		assertEquals(0, noTitle.exitCode(), noTitle.toString());
		assertTrue(noTitle.out().contains("note:") && noTitle.out().contains("--title"), "the user is told where the"
				+ " title came from and how to change it: " + noTitle.out());
	}

	@Test
	void acceptMakesDraftsCitingTheSourceAndAnAvoidPhraseBringsItsReplacement() throws Exception {
		assertEquals(0, parley("import", "article", article().toString()).exitCode());
		JsonArray waiting = inbox();
		String greet = withTitle(waiting, "Greet the caller by name once you have it").get("id").getAsString();
		String avoid = withTitle(waiting, "That is not my department").get("id").getAsString();

		CliRun run = parley("accept", greet.substring(0, 8), avoid, "--author", "Ann <ann@example.org>");
		assertEquals(0, run.exitCode(), run.toString());
		List<String> ids = run.out().lines().toList();
		assertEquals(2, ids.size(), run.toString());

		Playbook playbook = load();
		Technique technique = playbook.getTechniques().stream().filter(t -> t.getId().equals(ids.get(0))).findFirst()
				.orElseThrow();
		assertEquals("Greet the caller by name once you have it", technique.getTitle());
		assertEquals(Status.DRAFT, technique.getStatus(), "accepting never approves");
		assertEquals("Calm Lines for Night Shifts", technique.getSources().get(0).getTitle());
		assertEquals("Ann <ann@example.org>", technique.getEditedBy());
		Phrase phrase = playbook.getPhrases().stream().filter(p -> p.getId().equals(ids.get(1))).findFirst().orElseThrow();
		assertEquals(PhraseKind.AVOID, phrase.getKind());
		assertEquals("That is not my department", phrase.getText());
		assertEquals(1, phrase.getReplacements().size());
		assertEquals("Let me find the right person for this", phrase.getReplacements().get(0).getText());

		JsonArray after = inbox();
		assertEquals(waiting.size() - 3, after.size(), "the two candidates and the paired replacement left the waiting list");
		JsonObject accepted = withTitle(inbox("--state", "accepted"), "Greet the caller by name once you have it");
		assertEquals(ids.get(0), accepted.get("entryId").getAsString());
		assertEquals("Ann <ann@example.org>", accepted.get("decidedBy").getAsString());

		CliRun twice = parley("accept", greet);
		assertEquals(1, twice.exitCode(), twice.toString());
		assertTrue(twice.err().contains("already accepted"), twice.err());

		assertEquals(0, parley("delete", ids.get(0)).exitCode());
		assertEquals("pending", withTitle(inbox(), "Greet the caller by name once you have it").get("state").getAsString(),
				"deleting the accepted entry puts its candidate back among the waiting");
	}

	@Test
	void mergeAddsTheWordingToAnEntryAndCitesTheSource() throws Exception {
		assertEquals(0, parley("import", "article", article().toString()).exitCode());
		String id = withTitle(inbox(), "Say what you will do next before you do it").get("id").getAsString();
		Technique target = load().getTechniques().get(0);
		int steps = target.getSteps().size();

		CliRun run = parley("accept", id, "--merge-into", target.getId());
		assertEquals(0, run.exitCode(), run.toString());

		Technique merged = load().getTechniques().stream().filter(t -> t.getId().equals(target.getId())).findFirst()
				.orElseThrow();
		assertEquals(steps + 1, merged.getSteps().size());
		assertTrue(merged.getSteps().contains("Say what you will do next before you do it"), merged.getSteps().toString());
		assertTrue(merged.getSources().stream().anyMatch(s -> s.getTitle().equals("Calm Lines for Night Shifts")));
		assertEquals("merged", withTitle(inbox("--state", "all"), "Say what you will do next before you do it")
				.get("state").getAsString());

		CliRun both = parley("accept", id, "--as", "scenario", "--merge-into", target.getId());
		assertEquals(2, both.exitCode(), both.toString());
	}

	@Test
	void discardSetsACandidateAsideAndUndoBringsItBack() throws Exception {
		assertEquals(0, parley("import", "article", article().toString()).exitCode());
		String id = withTitle(inbox(), "Greet the caller by name once you have it").get("id").getAsString();
		Map<String, String> playbookFiles = snapshot();

		CliRun run = parley("discard", id);
		assertEquals(0, run.exitCode(), run.toString());
		assertFalse(inbox().toString().contains(id));
		assertEquals(id, withTitle(inbox("--state", "discarded"), "Greet the caller by name once you have it").get("id")
				.getAsString());
		CliRun accept = parley("accept", id);
		assertEquals(1, accept.exitCode());
		assertTrue(accept.err().contains("discarded") && accept.err().contains("--undo"), accept.err());

		assertEquals(0, parley("discard", "--undo", id).exitCode());
		assertEquals("pending", withTitle(inbox(), "Greet the caller by name once you have it").get("state").getAsString());
		Map<String, String> after = snapshot();
		after.keySet().removeIf(k -> k.endsWith(InboxStore.FILE));
		playbookFiles.keySet().removeIf(k -> k.endsWith(InboxStore.FILE));
		assertEquals(playbookFiles, after, "discarding changes only the inbox");
	}

	@Test
	void showingOneCandidateGivesItsPassageSourceAndResemblingEntries() throws Exception {
		assertEquals(0, parley("import", "article", article().toString()).exitCode());
		String id = withTitle(inbox(), "That is not my department").get("id").getAsString();
		CliRun run = parley("inbox", id.substring(0, 6));
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("phrase (avoid), pending"), run.out());
		assertTrue(run.out().contains("Say instead: \"Let me find the right person for this\""), run.out());
		assertTrue(run.out().contains("Passage:  Instead of"), run.out());
		assertTrue(run.out().contains("Source:   source 'Calm Lines for Night Shifts'")
				|| run.out().contains("Calm Lines for Night Shifts"), run.out());
		assertTrue(run.out().contains("Entries like it:"), "the starter playbook has phrases like it: " + run.out());
	}

	@Test
	void badFilesAndIdsChangeNothing() throws Exception {
		Path good = article();
		Map<String, String> before = snapshot();

		CliRun missing = parley("import", "article", good.toString(), tmp.resolve("gone.md").toString());
		assertEquals(1, missing.exitCode(), missing.toString());
		assertTrue(missing.err().contains("gone.md") && missing.err().contains("Nothing was imported"), missing.err());

		Path pdf = tmp.resolve("flyer.pdf");
		Files.writeString(pdf, "%PDF-1.7");
		CliRun unsupported = parley("import", "article", pdf.toString());
		assertEquals(1, unsupported.exitCode(), unsupported.toString());
		assertTrue(unsupported.err().contains("flyer.pdf"), unsupported.err());

		Path broken = tmp.resolve("broken.docx");
		Files.write(broken, new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
		CliRun notWord = parley("import", "article", broken.toString());
		assertEquals(1, notWord.exitCode(), notWord.toString());
		assertTrue(notWord.err().contains("broken.docx"), notWord.err());

		CliRun twoTitles = parley("import", "article", good.toString(), good.toString(), "--title", "One");
		assertEquals(2, twoTitles.exitCode(), twoTitles.toString());

		CliRun unknown = parley("accept", "0000ffff");
		assertEquals(1, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("'parley inbox'"), unknown.err());

		assertEquals(before, snapshot(), "no failed command wrote anything");
		assertFalse(Files.exists(InboxStore.file(pb)));
	}
}
