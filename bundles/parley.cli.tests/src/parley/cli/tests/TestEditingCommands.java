package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;

/**
 * Editing from the command line (issue 14): {@code new}, {@code set}, {@code link}, {@code unlink} and
 * {@code delete} through the editing session, their JSON, the problems an edit introduces, the errors for bad
 * fields, values and entries (nothing written), and the refusal to delete an entry still linked.
 */
class TestEditingCommands extends StarterCliTest {

	private static final String ANN = "Ann Editor <ann@example.org>";

	private Playbook load() throws Exception {
		return new XmiPlaybookStore().open(pb).playbook();
	}

	private static Entry byId(Playbook playbook, String id) {
		return Stream.of(playbook.getTechniques(), playbook.getPhrases(), playbook.getScenarios(), playbook.getSources())
				.flatMap(l -> l.stream()).map(Entry.class::cast).filter(e -> e.getId().equals(id)).findFirst()
				.orElse(null);
	}

	/** Every file of the playbook (not git's), by path, as bytes in text. */
	private Map<String, String> snapshot() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(pb)) {
			for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
				String rel = pb.relativize(p).toString();
				if (!rel.startsWith(".git")) {
					files.put(rel, java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
				}
			}
		}
		return files;
	}

	private static String id(CliRun run) {
		assertEquals(0, run.exitCode(), run.toString());
		String id = run.out().strip();
		assertEquals(36, id.length(), run.toString());
		return id;
	}

	@Test
	void newEntriesOfEachTypeRoundTripThroughShow() throws Exception {
		String phraseId = id(parley("new", "phrase", "--title", "Let me check", "--text", "Let me check that for you.",
				"--usage", "Calm and warm.", "--set", "channels=phone", "--set", "channels=chat", "--author", ANN));
		JsonObject shown = JsonParser.parseString(parley("show", phraseId, "--json").out()).getAsJsonObject();
		assertEquals("Let me check", shown.get("title").getAsString());
		assertEquals("phrase", shown.get("type").getAsString());
		assertEquals("draft", shown.get("status").getAsString());
		assertEquals("Let me check that for you.", shown.get("text").getAsString());
		assertEquals("recommended", shown.get("kind").getAsString());
		assertEquals("[\"phone\",\"chat\"]", shown.get("channels").toString());

		CliRun technique = parley("new", "technique", "--title", "Pausing", "--summary", "Wait before you answer.",
				"--step", "Breathe", "--step", "Answer", "--pitfall", "Waiting too long", "--json");
		assertEquals(0, technique.exitCode(), technique.toString());
		JsonObject t = JsonParser.parseString(technique.out()).getAsJsonObject();
		assertEquals("Pausing", t.get("title").getAsString());
		assertEquals("[\"Breathe\",\"Answer\"]", t.get("steps").toString());
		assertTrue(t.get("problems").isJsonArray());

		String scenarioId = id(parley("new", "scenario", "--title", "Loud caller", "--situation", "Shouting.",
				"--step", "Let them finish", "--step", "Acknowledge", "--set", "emotions=angry", "--outcome", "Calm."));
		String sourceId = id(parley("new", "source", "--title", "Guide", "--publisher", "ACME", "--author-name",
				"A. Writer", "--url", "https://example.org/guide"));

		Playbook saved = load();
		Phrase phrase = (Phrase) byId(saved, phraseId);
		assertEquals(ANN, phrase.getEditedBy(), "the editor is recorded as the workbench does");
		assertEquals(Status.DRAFT, phrase.getStatus());
		assertNotNull(phrase.getCreated());
		Scenario scenario = (Scenario) byId(saved, scenarioId);
		assertEquals(2, scenario.getSteps().size());
		assertEquals("Acknowledge", scenario.getSteps().get(1).getInstruction());
		assertEquals("angry", scenario.getEmotions().get(0).getLiteral());
		Source source = (Source) byId(saved, sourceId);
		assertEquals("A. Writer", source.getAuthor());
		assertEquals("ACME", source.getPublisher());
	}

	@Test
	void anAvoidPhraseGetsItsReplacementAndTheProblemsAnEditIntroducesArePrinted() throws Exception {
		Phrase recommended = load().getPhrases().stream().filter(p -> p.getKind() == PhraseKind.RECOMMENDED)
				.findFirst().orElseThrow();
		String avoidId = id(parley("new", "phrase", "--title", "Calm down now", "--text", "Calm down.", "--kind", "avoid",
				"--replaced-by", recommended.getId()));
		Phrase avoid = (Phrase) byId(load(), avoidId);
		assertEquals(PhraseKind.AVOID, avoid.getKind());
		assertEquals(recommended.getId(), avoid.getReplacements().get(0).getId());

		CliRun bare = parley("new", "phrase", "--title", "Relax", "--text", "Relax.", "--kind", "avoid");
		assertEquals(0, bare.exitCode(), bare.toString());
		assertTrue(bare.err().contains("parley: new problem: ") && bare.err().contains("avoid-without-replacement"),
				bare.toString());
		assertTrue(bare.err().lines().filter(l -> l.startsWith("parley: new problem: "))
				.allMatch(l -> l.contains("Phrase 'Relax'")), "only the problems this edit introduced: " + bare.err());

		Map<String, String> before = snapshot();
		CliRun notAvoid = parley("new", "phrase", "--title", "X", "--text", "X.", "--replaced-by", recommended.getId());
		assertEquals(2, notAvoid.exitCode(), notAvoid.toString());
		assertTrue(notAvoid.err().contains("add --kind avoid"), notAvoid.err());
		CliRun wrongOption = parley("new", "phrase", "--title", "X", "--rationale", "Because.");
		assertEquals(2, wrongOption.exitCode());
		assertTrue(wrongOption.err().contains("--rationale does not apply to phrases"), wrongOption.err());
		CliRun badType = parley("new", "poem", "--title", "X");
		assertEquals(2, badType.exitCode());
		assertTrue(badType.err().contains("give phrase, technique, scenario or source"), badType.err());
		CliRun badKind = parley("new", "phrase", "--title", "X", "--kind", "polite");
		assertEquals(2, badKind.exitCode());
		assertTrue(badKind.err().contains("kind is one of recommended, avoid, not 'polite'"), badKind.err());
		CliRun badAuthor = parley("new", "phrase", "--title", "X", "--author", "nobody");
		assertEquals(2, badAuthor.exitCode());
		assertTrue(badAuthor.err().contains("Name <email>"), badAuthor.err());
		assertEquals(before, snapshot(), "a refused edit writes nothing");
	}

	@Test
	void setChangesFieldsByNameOrAliasAndListsByItem() throws Exception {
		Technique technique = load().getTechniques().get(0);
		String id = technique.getId();
		assertEquals(id, id(parley("set", id, "summary", "Say back what you heard.", "--author", ANN)));
		assertEquals(ANN, byId(load(), id).getEditedBy());
		id(parley("set", id.substring(0, 8), "review-interval-days", "90"));
		id(parley("set", id, "lastReviewed", "2026-11-25"));
		id(parley("set", id, "pitfalls", "One", "Two"));
		id(parley("set", id, "pitfalls", "--append", "Three"));
		id(parley("set", id, "pitfalls", "--at", "2", "TWO"));
		id(parley("set", id, "pitfalls", "--remove", "1"));
		Technique saved = (Technique) byId(load(), id);
		assertEquals("Say back what you heard.", saved.getSummary());
		assertEquals(90, saved.getReviewIntervalDays());
		assertEquals("2026-11-25", saved.getLastReviewed().toString());
		assertEquals(java.util.List.of("TWO", "Three"), saved.getPitfalls());

		CliRun json = parley("set", id, "owner", "Team lead", "--json");
		assertEquals(0, json.exitCode(), json.toString());
		JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals(id, o.get("id").getAsString());
		assertEquals("Team lead", o.get("owner").getAsString());
		assertEquals(0, o.getAsJsonArray("problems").size());
		id(parley("set", id, "owner", "--clear"));
		assertEquals(null, byId(load(), id).getOwner());

		Scenario scenario = load().getScenarios().stream().filter(s -> s.getSteps().size() >= 2).findFirst().orElseThrow();
		Step second = scenario.getSteps().get(1);
		id(parley("set", scenario.getId(), "steps", "--at", "2", "Acknowledge the feeling"));
		Step after = ((Scenario) byId(load(), scenario.getId())).getSteps().get(1);
		assertEquals("Acknowledge the feeling", after.getInstruction());
		assertEquals(second.getId(), after.getId(), "the step keeps its id");
		assertEquals(second.getPhrases().size(), after.getPhrases().size(), "and its links");
	}

	@Test
	void badFieldsValuesAndEntriesAreRefusedWithWhatIsValidAndNothingIsWritten() throws Exception {
		String id = load().getTechniques().get(0).getId();
		Map<String, String> before = snapshot();
		CliRun unknown = parley("set", id, "colour", "blue");
		assertEquals(2, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("a technique has no field 'colour'; its fields are title, summary,"),
				unknown.err());
		CliRun badValue = parley("set", id, "review-interval-days", "soon");
		assertEquals(2, badValue.exitCode());
		assertTrue(badValue.err().contains("review-interval-days is a whole number from 0, not 'soon'"), badValue.err());
		CliRun badDate = parley("set", id, "last-reviewed", "yesterday");
		assertEquals(2, badDate.exitCode());
		assertTrue(badDate.err().contains("last-reviewed is a date such as 2026-11-25, not 'yesterday'"), badDate.err());
		CliRun status = parley("set", id, "status", "approved");
		assertEquals(2, status.exitCode());
		assertTrue(status.err().contains("curation steps"), status.err());
		CliRun link = parley("set", id, "related", "x");
		assertEquals(2, link.exitCode());
		assertTrue(link.err().contains("parley link"), link.err());
		CliRun two = parley("set", id, "summary", "a", "b");
		assertEquals(2, two.exitCode());
		assertTrue(two.err().contains("summary takes one VALUE"), two.err());
		CliRun appendSingle = parley("set", id, "summary", "--append", "a");
		assertEquals(2, appendSingle.exitCode());
		assertTrue(appendSingle.err().contains("summary holds one value, not a list"), appendSingle.err());
		CliRun outOfRange = parley("set", id, "pitfalls", "--remove", "99");
		assertEquals(2, outOfRange.exitCode());
		assertTrue(outOfRange.err().contains("give an item from 1 to") || outOfRange.err().contains("is empty"),
				outOfRange.err());
		CliRun emptyTitle = parley("set", id, "title", "");
		assertEquals(2, emptyTitle.exitCode());
		assertTrue(emptyTitle.err().contains("title cannot be empty"), emptyTitle.err());
		CliRun nobody = parley("set", "no-such-entry-at-all", "summary", "x");
		assertEquals(1, nobody.exitCode());
		assertTrue(nobody.err().contains("no entry matches 'no-such-entry-at-all'"), nobody.err());
		assertEquals(before, snapshot(), "nothing is written");
	}

	@Test
	void linkAndUnlinkFollowTheNavigatorsRulesAlsoForScenarioSteps() throws Exception {
		Playbook playbook = load();
		Scenario scenario = playbook.getScenarios().stream().filter(s -> s.getSteps().size() >= 2).findFirst()
				.orElseThrow();
		Phrase phrase = playbook.getPhrases().stream().filter(p -> !scenario.getSteps().get(1).getPhrases().contains(p))
				.findFirst().orElseThrow();
		assertEquals(phrase.getId(), id(parley("link", phrase.getId(), "--to", scenario.getId(), "--step", "2")));
		assertTrue(((Scenario) byId(load(), scenario.getId())).getSteps().get(1).getPhrases().stream()
				.anyMatch(p -> p.getId().equals(phrase.getId())));
		CliRun again = parley("link", phrase.getId(), "--to", scenario.getId(), "--step", "2");
		assertEquals(0, again.exitCode(), again.toString());
		assertTrue(again.err().contains("already"), again.err());

		CliRun json = parley("unlink", phrase.getId(), "--from", scenario.getId(), "--step", "2", "--json");
		assertEquals(0, json.exitCode(), json.toString());
		assertEquals(phrase.getId(), JsonParser.parseString(json.out()).getAsJsonObject().get("id").getAsString());
		assertFalse(((Scenario) byId(load(), scenario.getId())).getSteps().get(1).getPhrases().stream()
				.anyMatch(p -> p.getId().equals(phrase.getId())));

		Map<String, String> before = snapshot();
		CliRun noStep = parley("link", phrase.getId(), "--to", scenario.getId());
		assertEquals(1, noStep.exitCode(), noStep.toString());
		assertTrue(noStep.err().contains("a step of a scenario") && noStep.err().contains("--step N"), noStep.err());
		CliRun badStep = parley("link", phrase.getId(), "--to", scenario.getId(), "--step", "99");
		assertEquals(2, badStep.exitCode());
		assertTrue(badStep.err().contains("give a step from 1 to"), badStep.err());
		CliRun notLinked = parley("unlink", phrase.getId(), "--from", scenario.getId(), "--step", "2");
		assertEquals(1, notLinked.exitCode());
		assertTrue(notLinked.err().contains("is not linked to"), notLinked.err());
		CliRun wrong = parley("link", scenario.getId(), "--to", phrase.getId());
		assertEquals(1, wrong.exitCode());
		assertTrue(wrong.err().contains("a scenario cannot be linked to"), wrong.err());
		assertEquals(before, snapshot());

		Technique a = playbook.getTechniques().get(0);
		Technique b = playbook.getTechniques().stream().filter(t -> t != a && !a.getRelated().contains(t)
				&& !t.getRelated().contains(a)).findFirst().orElseThrow();
		id(parley("link", a.getId(), "--to", b.getId()));
		assertTrue(((Technique) byId(load(), b.getId())).getRelated().stream().anyMatch(t -> t.getId().equals(a.getId())));
		id(parley("unlink", b.getId(), "--from", a.getId()));
		assertFalse(((Technique) byId(load(), b.getId())).getRelated().stream().anyMatch(t -> t.getId().equals(a.getId())),
				"unlinked whichever way round it is named");
	}

	@Test
	void deleteRefusesAnEntryStillLinkedUnlessForced() throws Exception {
		Playbook playbook = load();
		Technique linked = playbook.getPhrases().stream().flatMap(p -> p.getTechniques().stream()).findFirst()
				.orElseThrow();
		Map<String, String> before = snapshot();
		CliRun refused = parley("delete", linked.getId());
		assertEquals(1, refused.exitCode(), refused.toString());
		assertTrue(refused.err().contains("not deleted: it is still linked from"), refused.err());
		assertTrue(refused.err().contains("(techniques) -> Technique '" + linked.getTitle() + "'"), refused.err());
		assertTrue(refused.err().contains("--force"), refused.err());
		assertEquals(before, snapshot(), "the refusal leaves every file byte-identical");

		CliRun forced = parley("delete", linked.getId(), "--force", "--json");
		assertEquals(0, forced.exitCode(), forced.toString());
		JsonObject o = JsonParser.parseString(forced.out()).getAsJsonObject();
		assertEquals(linked.getId(), o.getAsJsonArray("deleted").get(0).getAsString());
		assertTrue(o.getAsJsonArray("unlinked").size() > 0, forced.out());
		assertTrue(forced.err().contains("removed the link from"), forced.err());
		Playbook after = load();
		assertEquals(null, byId(after, linked.getId()));
		assertTrue(after.getPhrases().stream().flatMap(p -> p.getTechniques().stream())
				.noneMatch(t -> linked.getId().equals(t.getId())));
		assertTrue(after.getScenarios().stream().flatMap(s -> s.getSteps().stream())
				.flatMap(s -> s.getTechniques().stream()).noneMatch(t -> linked.getId().equals(t.getId())));

		String lone = id(parley("new", "technique", "--title", "Lonely"));
		String other = id(parley("new", "technique", "--title", "Other"));
		id(parley("link", lone, "--to", other));
		CliRun both = parley("delete", lone, other);
		assertEquals(0, both.exitCode(), "links among the entries deleted together do not count: " + both);
		assertEquals(2, both.out().lines().count());
	}

	@Test
	void withoutAnyKnownEditorTheEditIsMadeAndNobodyIsRecorded() throws Exception {
		parley.testsupport.Folders.deleteRecursively(pb.resolve(".git"));
		String id = id(parley("new", "technique", "--title", "Nobody's edit"));
		assertEquals(null, byId(load(), id).getEditedBy(), "no --author, no $PARLEY_AUTHOR, no repository");
		id(parley("set", id, "summary", "Still saved."));
		assertEquals("Still saved.", ((Technique) byId(load(), id)).getSummary());
		CliRun named = CliRun.run(home, pb, Map.of("PARLEY_AUTHOR", ANN), "set", id, "summary", "Named.");
		assertEquals(0, named.exitCode(), named.toString());
		assertEquals(ANN, byId(load(), id).getEditedBy(), "$PARLEY_AUTHOR names the editor");
		CliRun bad = CliRun.run(home, pb, Map.of("PARLEY_AUTHOR", "nobody"), "set", id, "summary", "Bad.");
		assertEquals(2, bad.exitCode(), bad.toString());
	}

	@Test
	void helpExplainsFieldsValuesAndListEdits() {
		CliRun help = parley("help", "set");
		assertEquals(0, help.exitCode(), help.toString());
		assertTrue(help.out().contains("--append") && help.out().contains("--at") && help.out().contains("kebab-case"),
				help.out());
		CliRun root = parley("--help");
		for (String command : new String[] { "new", "set", "link", "unlink", "delete" }) {
			assertTrue(root.out().contains("  " + command + " "), command + " is listed: " + root.out());
		}
	}
}
