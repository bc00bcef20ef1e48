package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code parley check}: a text, a file and a CSV of macros on the starter playbook; exit codes and JSON. */
class TestCheckCommand extends StarterCliTest {

	@Test
	void aTextWithAnAvoidPhraseIsMarkedWithWhatToSayInsteadAndExitsOne() {
		CliRun run = parley("check", "Thanks for waiting. You need to calm down, I'm looking at it.");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("«You need to calm down»"), run.out());
		assertTrue(run.out().contains("Telling them to calm down"), run.out());
		assertTrue(run.out().contains("say instead: "), run.out());
	}

	@Test
	void aCleanTextExitsZero() {
		CliRun run = parley("check", "I stayed calm and we sorted the refund together.");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("No avoid-phrase"), run.out());
	}

	@Test
	void theDefaultPlaybookIsUsedOutsideAPlaybookFolder() {
		CliRun run = CliRun.run(home, tmp, "check", "I know exactly how you feel.");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("Claiming to share their exact feelings"), run.out());
	}

	@Test
	void aFileIsCheckedAndJsonGivesSpansAndReplacements() throws Exception {
		String text = "Hello. We apologise for any inconvenience this may have caused.";
		Files.writeString(tmp.resolve("reply.txt"), text, StandardCharsets.UTF_8);
		CliRun run = parley("check", "--file", tmp.resolve("reply.txt").toString(), "--json");
		assertEquals(1, run.exitCode(), run.toString());
		JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(0.6, o.get("minConfidence").getAsDouble(), 1e-9);
		JsonObject f = o.getAsJsonArray("findings").get(0).getAsJsonObject();
		assertEquals("avoid", f.get("kind").getAsString());
		assertEquals("The stock corporate apology", f.getAsJsonObject("phrase").get("title").getAsString());
		assertEquals(text.substring(f.get("start").getAsInt(), f.get("end").getAsInt()), f.get("span").getAsString());
		assertTrue(f.getAsJsonArray("replacements").size() > 0, run.out());
		assertTrue(f.get("confidence").getAsDouble() >= 0.6, run.out());
	}

	@Test
	void aCsvOfMacrosIsCheckedRowByRow() throws Exception {
		Path csv = tmp.resolve("macros.csv");
		Files.writeString(csv, "id,title,body\n"
				+ "m1,Refund,\"Thanks for your patience, the refund is on its way.\"\n"
				+ "m2,Policy,\"That's our policy, and there's nothing more to discuss.\nRegards\"\n"
				+ "m3,Delay,\"Someone should get back to you at some point, \"\"soon\"\".\"\n", StandardCharsets.UTF_8);
		CliRun run = parley("check", "--csv", csv.toString(), "--column", "body", "--id-column", "id");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("row 2 (m2):"), run.out());
		assertTrue(run.out().contains("row 3 (m3):"), run.out());
		assertTrue(!run.out().contains("(m1)"), run.out());
		assertTrue(run.out().contains("2 of 3 replies say an avoid-phrase"), run.out());

		CliRun json = parley("check", "--csv", csv.toString(), "--column", "body", "--id-column", "id", "--json");
		assertEquals(1, json.exitCode(), json.toString());
		JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals(3, o.get("checked").getAsInt());
		assertEquals(2, o.get("withAvoidPhrases").getAsInt());
		JsonArray rows = o.getAsJsonArray("rows");
		assertEquals("m2", rows.get(1).getAsJsonObject().get("id").getAsString());
		assertEquals("Hiding behind policy", rows.get(1).getAsJsonObject().getAsJsonArray("findings").get(0)
				.getAsJsonObject().getAsJsonObject("phrase").get("title").getAsString());

		Path clean = tmp.resolve("clean.csv");
		Files.writeString(clean, "body\n\"I'll update you by Friday, even if there's no news yet.\"\n", StandardCharsets.UTF_8);
		assertEquals(0, parley("check", "--csv", clean.toString(), "--column", "body").exitCode());
	}

	@Test
	void aMissingColumnOrNoInputIsAUsageError() throws Exception {
		Path csv = tmp.resolve("macros.csv");
		Files.writeString(csv, "id,text\n1,hello\n", StandardCharsets.UTF_8);
		CliRun run = parley("check", "--csv", csv.toString(), "--column", "body");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("no column 'body'") && run.err().contains("id, text"), run.err());
		assertEquals(2, parley("check").exitCode());
		assertEquals(2, parley("check", "some text", "--min-confidence", "3").exitCode());
		assertEquals(2, parley("check", "--csv", csv.toString()).exitCode());
	}
}
