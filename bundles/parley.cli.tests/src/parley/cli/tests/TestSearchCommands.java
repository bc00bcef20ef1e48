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

	/** The words of a query of {@code count} starter words joined by {@code separator}, as command arguments. */
	private static java.util.List<String> words(int count, String separator, String suffix) {
		String[] words = { "calm", "listen", "angry", "billing", "refund", "delay", "apology", "ownership", "options",
				"escalate", "supervisor", "empathy", "anxious", "confused", "promise", "clarify" };
		java.util.List<String> args = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (i > 0 && !separator.isEmpty()) {
				args.add(separator);
			}
			args.add(words[i % words.length] + suffix);
		}
		return args;
	}

	private CliRun search(java.util.List<String> query, String... options) {
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("search"));
		args.addAll(query);
		args.addAll(java.util.List.of(options));
		return parley(args.toArray(String[]::new));
	}

	private static void assertNoStackTrace(CliRun run) {
		assertFalse(run.err().contains("Exception") || run.err().contains("Error:") || run.err().contains("\tat "),
				"no stack trace: " + run.err());
	}

	@Test
	void pagingOptionsAreBoundedWithMessagesNamingThem() {
		CliRun huge = parley("search", "customer", "--limit", "1000000000");
		assertEquals(2, huge.exitCode(), huge.toString());
		assertTrue(huge.err().startsWith("parley: --limit 1000000000 is too large: at most 1000 hits"), huge.err());
		assertNoStackTrace(huge);
		CliRun max = parley("search", "customer", "--limit", "2147483647");
		assertEquals(2, max.exitCode(), max.toString());
		assertTrue(max.err().contains("--limit 2147483647 is too large"), max.err());
		assertNoStackTrace(max);
		CliRun far = parley("search", "customer", "--offset", "2147483647");
		assertEquals(2, far.exitCode(), far.toString());
		assertTrue(far.err().contains("--offset 2147483647 with --limit 10 goes past hit 10000")
				&& far.err().contains("--offset + --limit must be at most 10000"), far.err());
		assertNoStackTrace(far);
		assertEquals(2, parley("search", "customer", "--offset", "9995", "--limit", "10").exitCode());

		CliRun all = parley("search", "customer", "--limit", "1000", "--json");
		assertEquals(0, all.exitCode(), all.toString());
		JsonObject o = JsonParser.parseString(all.out()).getAsJsonObject();
		assertEquals(o.get("total").getAsInt(), o.getAsJsonArray("hits").size(), "every match on the largest page");
		CliRun last = parley("search", "customer", "--offset", "9990", "--limit", "10");
		assertEquals(0, last.exitCode(), last.toString());
	}

	@Test
	void oversizedQueriesAreRefusedWithAClearMessage() {
		CliRun ored = search(words(200, "OR", ""));
		assertEquals(1, ored.exitCode(), ored.toString());
		assertTrue(ored.err().contains("The query has 200 words") && ored.err().contains("at most 64")
				&& ored.err().contains("--type"), ored.err());
		assertNoStackTrace(ored);

		CliRun token = parley("search", "x".repeat(5000));
		assertEquals(1, token.exitCode(), token.toString());
		assertTrue(token.err().contains("a word of 5000 characters") && token.err().contains("at most 100 characters"),
				token.err());
		assertTrue(token.err().length() < 500, "the word is not echoed in full");
		assertNoStackTrace(token);

		CliRun fuzzy = search(words(50, "", "~2"));
		assertEquals(1, fuzzy.exitCode(), fuzzy.toString());
		assertTrue(fuzzy.err().contains("50 near-spelling terms") && fuzzy.err().contains("at most 5"), fuzzy.err());
		assertNoStackTrace(fuzzy);

		CliRun within = search(words(64, "OR", ""), "--json");
		assertEquals(0, within.exitCode(), within.toString());
		assertTrue(JsonParser.parseString(within.out()).getAsJsonObject().get("total").getAsInt() > 10, within.out());
		CliRun fewFuzzy = parley("search", "empaty~2", "listning~1");
		assertEquals(0, fewFuzzy.exitCode(), fewFuzzy.toString());
		assertTrue(fewFuzzy.out().toLowerCase().contains("empath"), fewFuzzy.out());
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
	void similarAndSuggestLimitsAreBoundedWithAMessageNamingTheOption() {
		for (String limit : new String[] { "0", "-1", "1001" }) {
			for (String[] command : new String[][] { { "similar", "Active listening" }, { "suggest", "calm" } }) {
				CliRun run = parley(command[0], command[1], "--limit", limit);
				assertEquals(2, run.exitCode(), run.toString());
				assertTrue(run.err().contains("--limit must be between 1 and 1000, not " + limit), run.err());
				assertNoStackTrace(run);
			}
		}
		CliRun one = parley("similar", "Active listening", "--limit", "1");
		assertEquals(0, one.exitCode(), one.toString());
		assertEquals(2, one.out().lines().count(), one.out()); // the heading and one entry
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
