package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.cli.ParleyCli;
import parley.core.edit.EditingSession;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;

/**
 * The curation commands (issue 13) on the starter playbook: every step, legal and illegal, with exit codes and
 * messages; several entries all or nothing; four eyes; the review queue; list and show of the curation state.
 */
class TestCurationCommands extends StarterCliTest {

	private static final String ANA = "Ana Lopez <ana@example.org>";
	private static final String BEN = "Ben Osei <ben@example.org>";
	/** A draft of the starter. */
	private static final String DRAFT = "5b88ede7";
	/** A technique and a phrase in review in the starter. */
	private static final String IN_REVIEW = "4677b68c";
	private static final String IN_REVIEW_PHRASE = "6fa2b115";
	/** An approved technique of the starter. */
	private static final String APPROVED = "Active listening";

	private CliRun as(String who, String... args) {
		return CliRun.run(home, pb, Map.of("PARLEY_AUTHOR", who), args);
	}

	private static void ok(CliRun run) {
		assertEquals(ParleyCli.OK, run.exitCode(), run.toString());
	}

	private static void refused(CliRun run, String... words) {
		assertEquals(ParleyCli.FAILED, run.exitCode(), run.toString());
		for (String w : words) {
			assertTrue(run.err().contains(w), run.toString());
		}
	}

	private JsonObject show(String id) {
		CliRun show = parley("show", id, "--json");
		ok(show);
		return JsonParser.parseString(show.out()).getAsJsonObject();
	}

	private String state(String id) {
		return show(id).getAsJsonObject("curation").get("state").getAsString();
	}

	@Test
	void aDraftGoesThroughReviewToApprovalAndEachStepSaysWhatItDid() {
		CliRun submit = as(ANA, "submit", DRAFT, "--reviewer", BEN, "-m", "ready for a look");
		ok(submit);
		assertEquals("submitted for review: technique 'Practise through role-play' (5b88ede7)\n", submit.out());
		assertEquals("in-review", state(DRAFT));
		assertEquals(BEN, show(DRAFT).getAsJsonObject("curation").get("reviewer").getAsString());

		CliRun approve = as(BEN, "approve", DRAFT, "-m", "clear");
		ok(approve);
		assertEquals("approved: technique 'Practise through role-play' (5b88ede7)\n", approve.out());
		JsonObject curation = show(DRAFT).getAsJsonObject("curation");
		assertEquals("approved", curation.get("state").getAsString());
		assertEquals(BEN, curation.getAsJsonObject("lastApproval").get("by").getAsString());
		assertEquals("clear", curation.getAsJsonObject("lastApproval").get("comment").getAsString());
		JsonArray events = curation.getAsJsonArray("events");
		assertEquals("submitted", events.get(0).getAsJsonObject().get("action").getAsString());
		assertEquals(ANA, events.get(0).getAsJsonObject().get("by").getAsString());
		assertEquals("approved", events.get(1).getAsJsonObject().get("action").getAsString());

		ok(as(BEN, "reviewed", DRAFT, "-m", "still right"));
		ok(as(ANA, "comment", DRAFT, "-m", "add a script for the warm-up"));
		CliRun text = parley("show", DRAFT);
		ok(text);
		assertTrue(text.out().contains("technique · approved · 5b88ede7"), text.out());
		assertTrue(text.out().contains("  last approval: Ben Osei, "), text.out());
		assertTrue(text.out().contains("approved by Ben Osei: clear"), text.out());
		assertTrue(text.out().contains("reviewed by Ben Osei: still right"), text.out());
		assertTrue(text.out().contains("Ana Lopez: add a script for the warm-up"), text.out());

		CliRun retire = as(BEN, "retire", DRAFT, "--replaced-by", APPROVED, "-m", "folded in");
		ok(retire);
		assertEquals("retired: technique 'Practise through role-play' (5b88ede7)\n", retire.out());
		assertTrue(parley("show", DRAFT).out().contains("  replaced by: technique 'Active listening'"));
		CliRun reopen = as(BEN, "reopen", DRAFT, "--json");
		ok(reopen);
		JsonObject json = JsonParser.parseString(reopen.out()).getAsJsonObject();
		assertEquals("reopen", json.get("step").getAsString());
		assertEquals(BEN, json.get("by").getAsString());
		assertEquals("draft", json.getAsJsonArray("entries").get(0).getAsJsonObject().get("status").getAsString());
	}

	@Test
	void rejectSendsBackToDraftAndNeedsANote() {
		CliRun noNote = as(BEN, "reject", IN_REVIEW);
		assertEquals(ParleyCli.USAGE, noNote.exitCode(), noNote.toString());
		assertTrue(noNote.err().contains("--message"), noNote.err());
		CliRun reject = as(BEN, "reject", IN_REVIEW, "-m", "say why it helps");
		ok(reject);
		assertTrue(reject.out().startsWith("sent back to draft: technique 'Remember what it is like"), reject.out());
		assertEquals("draft", state(IN_REVIEW));
		JsonArray events = show(IN_REVIEW).getAsJsonObject("curation").getAsJsonArray("events");
		JsonObject last = events.get(events.size() - 1).getAsJsonObject();
		assertEquals("returned", last.get("action").getAsString());
		assertEquals("say why it helps", last.get("comment").getAsString());
	}

	@Test
	void illegalStepsAreRefusedWithTheReasonAndChangeNoFile() throws Exception {
		var before = snapshot();
		refused(as(BEN, "approve", DRAFT), "parley: Technique 'Practise through role-play' is a draft; submit it for review");
		refused(as(BEN, "reject", DRAFT, "-m", "no"), "only an entry in review can be sent back");
		refused(as(BEN, "reviewed", IN_REVIEW), "only an approved entry can be marked reviewed");
		refused(as(BEN, "reopen", APPROVED), "not retired");
		refused(as(BEN, "submit", IN_REVIEW), "already in review");
		refused(as(BEN, "retire", DRAFT, "--replaced-by", IN_REVIEW_PHRASE), "a replacement must be of the same type");
		refused(as(BEN, "approve", "no such entry"), "no entry matches 'no such entry'");
		CliRun badAuthor = parley("approve", IN_REVIEW, "--author", "just a name");
		assertEquals(ParleyCli.USAGE, badAuthor.exitCode(), badAuthor.toString());
		assertTrue(badAuthor.err().contains("Name <email>"), badAuthor.err());
		assertEquals(before, snapshot(), "a refused step writes nothing");
	}

	@Test
	void severalEntriesAreAllOrNothingAndEveryRefusalIsNamed() throws Exception {
		var before = snapshot();
		CliRun mixed = as(BEN, "approve", IN_REVIEW, DRAFT, IN_REVIEW_PHRASE, APPROVED);
		refused(mixed, "2 of 4 entries cannot be approved; nothing was changed:",
				"Technique 'Practise through role-play' is a draft", "Technique 'Active listening' is already approved");
		assertFalse(mixed.err().contains("Remember what it is like"), "legal steps are not refusals: " + mixed.err());
		assertEquals(before, snapshot(), "nothing was written, not even the legal steps");
		assertEquals("in-review", state(IN_REVIEW));

		CliRun both = as(BEN, "approve", IN_REVIEW, IN_REVIEW_PHRASE);
		ok(both);
		assertEquals("approved: technique 'Remember what it is like to be the customer' (4677b68c)\n"
				+ "approved: phrase 'Reacting to the customer's tone' (6fa2b115)\n", both.out());
		assertEquals("approved", state(IN_REVIEW));
		assertEquals("approved", state(IN_REVIEW_PHRASE));
	}

	@Test
	void fourEyesRefusesTheLastEditorNamedByAuthor() throws Exception {
		editDraft(true, ANA);
		ok(parley("submit", DRAFT, "--author", ANA));
		var before = snapshot();
		refused(parley("approve", DRAFT, "--author", ANA), "requires four eyes: Ana Lopez last edited",
				"someone else must approve it");
		assertEquals(before, snapshot());
		ok(parley("approve", DRAFT, "--author", BEN));
		assertEquals("approved", state(DRAFT));
	}

	@Test
	void editingApprovedContentShowsChangedSinceApprovalInListAndShow() throws Exception {
		ok(as(ANA, "submit", DRAFT));
		ok(as(BEN, "approve", DRAFT));
		editDraft(false, ANA);

		CliRun list = parley("list", "--status", "changed-since-approval");
		ok(list);
		assertTrue(list.out().contains("changed-since-approval  Practise through role-play"), list.out());
		assertTrue(list.out().contains("1 entry"), list.out());
		CliRun json = parley("list", "--status", "changed", "--json");
		ok(json);
		JsonArray array = JsonParser.parseString(json.out()).getAsJsonArray();
		assertEquals(1, array.size());
		assertEquals("changed-since-approval", array.get(0).getAsJsonObject().get("status").getAsString());
		assertFalse(parley("list", "--status", "approved").out().contains("Practise through role-play"));
		CliRun stats = parley("stats", "--json");
		ok(stats);
		assertEquals(1, JsonParser.parseString(stats.out()).getAsJsonObject().get("status.changed-since-approval")
				.getAsInt(), stats.out());

		CliRun show = parley("show", DRAFT);
		ok(show);
		assertTrue(show.out().contains("technique · changed since approval · 5b88ede7"), show.out());
		assertTrue(show.out().contains("approved content ("), show.out());
		assertTrue(show.out().contains("current content:"), show.out());
		assertTrue(show.out().contains("  summary: Rehearse hard conversations before they happen."), show.out());
		JsonObject curation = show(DRAFT).getAsJsonObject("curation");
		assertFalse(curation.get("approvedContent").getAsString().contains("Rehearse hard conversations"));
		assertTrue(curation.get("currentContent").getAsString().contains("Rehearse hard conversations"));

		refused(as(BEN, "reviewed", DRAFT), "changed since its approval; approve it again instead");
		ok(as(BEN, "approve", DRAFT));
		assertEquals("approved", state(DRAFT));
	}

	@Test
	void listRefusesAnUnknownStatusNamingTheValidOnes() {
		CliRun bad = parley("list", "--status", "finished");
		assertEquals(ParleyCli.USAGE, bad.exitCode(), bad.toString());
		assertTrue(bad.err().contains(
				"unknown --status 'finished'; use draft, in-review, approved, changed-since-approval, retired"),
				bad.err());
		CliRun inReview = parley("list", "--status", "in review");
		ok(inReview);
		assertTrue(inReview.out().contains("Remember what it is like to be the customer"), inReview.out());
	}

	@Test
	void reviewShowsTheQueueWithCountsAndMine() {
		CliRun text = parley("review");
		ok(text);
		assertTrue(text.out().contains("In review ("), text.out());
		assertTrue(text.out().contains("Drafts (1)"), text.out());

		ok(as(ANA, "submit", DRAFT, "--reviewer", BEN));
		CliRun json = parley("review", "--json");
		ok(json);
		JsonObject queue = JsonParser.parseString(json.out()).getAsJsonObject();
		JsonObject counts = queue.getAsJsonObject("counts");
		int inReview = counts.get("in-review").getAsInt();
		assertTrue(inReview >= 2, json.out());
		assertEquals(0, counts.get("draft").getAsInt());
		assertEquals(0, counts.get("changed-since-approval").getAsInt());
		assertEquals(inReview + counts.get("due").getAsInt(), counts.get("waiting").getAsInt());
		assertEquals(inReview, queue.getAsJsonObject("groups").getAsJsonArray("in-review").size());

		CliRun mine = as(BEN, "review", "--mine", "--json");
		ok(mine);
		JsonObject mineQueue = JsonParser.parseString(mine.out()).getAsJsonObject();
		assertEquals(BEN, mineQueue.get("mine").getAsString());
		assertEquals(1, mineQueue.getAsJsonObject("counts").get("in-review").getAsInt(), mine.out());
		JsonObject item = mineQueue.getAsJsonObject("groups").getAsJsonArray("in-review").get(0).getAsJsonObject();
		assertEquals("Practise through role-play", item.get("title").getAsString());
		assertEquals(BEN, item.get("reviewer").getAsString());
		CliRun mineText = parley("review", "--mine", "--author", BEN);
		ok(mineText);
		assertTrue(mineText.out().contains("In review (1)"), mineText.out());
		assertTrue(mineText.out().contains("Ben Osei <ben@example.org>"), mineText.out());
	}

	/** Edits the draft technique's summary as {@code editor}, through the core API, and saves. */
	private void editDraft(boolean fourEyes, String editor) throws Exception {
		EditingSession session = new EditingSession(new XmiPlaybookStore().open(pb));
		try {
			session.setEditor(editor);
			Technique t = (Technique) session.playbook().playbook().getTechniques().stream()
					.filter(e -> e.getId().startsWith(DRAFT)).findFirst().orElseThrow();
			session.set(t, PlaybookPackage.eINSTANCE.getTechnique_Summary(), "Rehearse hard conversations before they happen.");
			if (fourEyes) {
				session.set(session.playbook().playbook(), PlaybookPackage.eINSTANCE.getPlaybook_FourEyes(), true);
			}
			session.save();
		} finally {
			session.dispose();
		}
	}

	/** Every file of the playbook folder outside {@code .git}, with a hash of its bytes. */
	private Map<String, String> snapshot() throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(pb)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				String name = pb.relativize(p).toString();
				if (Files.isRegularFile(p) && !name.startsWith(".git/")) {
					files.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
				}
			}
		}
		return files;
	}
}
