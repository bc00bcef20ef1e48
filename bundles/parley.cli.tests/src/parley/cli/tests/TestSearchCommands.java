package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** search, suggest, similar, duplicates and reindex on the starter playbook, and on bad input. */
class TestSearchCommands extends StarterCliTest {

	@Test
	void searchFindsAngryCustomersForYellingWithMarkedSnippets() {
		CliRun run = parley("search", "customer", "yelling");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("Angry caller letting off steam about a faulty product"), run.out());
		assertTrue(run.out().contains("«"), "matches are marked");
		assertTrue(run.err().contains("Building the search index"), "the first search builds the index: " + run.err());
		CliRun again = parley("search", "customer", "yelling");
		assertFalse(again.err().contains("Building"), "the second reuses it");
	}

	@Test
	void searchSpeaksJsonWithFacetsAndFilters() {
		CliRun run = parley("search", "calm", "--type", "technique", "--facets", "--json", "--limit", "3");
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
		JsonArray hits = o.getAsJsonArray("hits");
		assertEquals(3, hits.size());
		for (var hit : hits) {
			assertEquals("technique", hit.getAsJsonObject().get("type").getAsString());
		}
		int techniques = o.getAsJsonObject("facets").getAsJsonObject("type").get("technique").getAsInt();
		assertEquals(o.get("total").getAsInt(), techniques);
	}

	@Test
	void typoGetsResultsAndADidYouMean() {
		CliRun run = parley("search", "empaty");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("Did you mean: empathy"), run.out());
		assertTrue(run.out().toLowerCase().contains("empath"), run.out());
	}

	@Test
	void badQueriesGetAMessageNotAStackTrace() {
		CliRun run = parley("search", "\"calm");
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Cannot understand the query"), run.err());
		assertFalse(run.err().contains("at org.apache"), "no stack trace");
		CliRun field = parley("search", "colour:red");
		assertEquals(1, field.exitCode());
		assertTrue(field.err().contains("unknown field 'colour'"), field.err());
		assertEquals(2, parley("search").exitCode(), "a query is required");
		assertEquals(2, parley("search", "calm", "--limit", "0").exitCode());
	}

	@Test
	void suggestCompletesTitles() {
		CliRun run = parley("suggest", "activ");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("Active listening"), run.out());
	}

	@Test
	void similarListsRelatedEntriesAndRejectsUnknownOnes() {
		CliRun run = parley("similar", "Active listening", "--json");
		assertEquals(0, run.exitCode(), run.toString());
		JsonArray hits = JsonParser.parseString(run.out()).getAsJsonArray();
		assertFalse(hits.isEmpty());
		assertFalse(run.out().contains("\"title\": \"Active listening\""), "not similar to itself");
		CliRun missing = parley("similar", "nothing like this exists");
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().contains("no entry matches"), missing.err());
	}

	@Test
	void duplicatesReportsPairsAndRejectsABadThreshold() {
		CliRun none = parley("duplicates");
		assertEquals(0, none.exitCode(), none.toString());
		assertTrue(none.out().contains("near-duplicate"), none.out());
		assertEquals(2, parley("duplicates", "--threshold", "1.5").exitCode());
	}

	@Test
	void reindexRebuildsAndADeletedIndexComesBack() throws Exception {
		CliRun run = parley("reindex");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("Indexed "), run.out());
		try (var walk = Files.walk(parley.core.store.LocalState.file(pb, parley.core.store.LocalState.INDEX))) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		CliRun after = parley("search", "empathy");
		assertEquals(0, after.exitCode());
		assertTrue(after.err().contains("Building the search index"), after.err());
	}
}
