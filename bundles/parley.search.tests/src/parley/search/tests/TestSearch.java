package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.playbook.Emotion;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.search.Hit;
import parley.search.QuerySyntaxException;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.Suggestion;

/** Query features on the starter playbook: synonyms, typos, fields, operators, facets, highlights, paging. */
class TestSearch {

	@TempDir
	static Path tmp;

	static Starter starter;

	@BeforeAll
	static void open() throws Exception {
		starter = new Starter(tmp.resolve("pb"));
	}

	@AfterAll
	static void close() {
		starter.close();
	}

	@Test
	void synonymsFindAngryCustomerMaterialForYelling() throws Exception {
		List<String> titles = starter.titles("customer yelling");
		assertTrue(titles.subList(0, 3).contains("Angry caller letting off steam about a faulty product"), titles.toString());
	}

	@Test
	void aOneLetterTypoStillFindsTheEntryAndSuggestsTheWord() throws Exception {
		SearchResults results = starter.search.search(SearchRequest.of("empaty"));
		assertTrue(results.fuzzy(), "typo-tolerant matching was used");
		assertTrue(results.hits().stream().anyMatch(h -> h.title().toLowerCase().contains("empathy")),
				results.hits().toString());
		assertEquals("empathy", results.didYouMean());
		assertNull(starter.search.search(SearchRequest.of("empathy")).didYouMean());
	}

	private static void assertNull(Object o) {
		org.junit.jupiter.api.Assertions.assertNull(o);
	}

	@Test
	void exactPhrasesMatchOnlyTheWordsInOrder() throws Exception {
		List<Hit> hits = starter.hits("\"active listening\"");
		assertFalse(hits.isEmpty());
		assertEquals("Active listening", hits.get(0).title());
		for (Hit hit : hits) {
			assertTrue(hit.snippet() == null || !hit.snippet().contains("«listening» «active»"));
		}
	}

	@Test
	void fieldQueriesFilterByTypeTagStatusKindAndEmotion() throws Exception {
		for (Hit hit : starter.hits("type:phrase calm")) {
			assertEquals("phrase", hit.type());
		}
		for (Hit hit : starter.hits("type:phrases calm")) {
			assertEquals("phrase", hit.type(), "plural type names work too");
		}
		List<Hit> avoid = starter.search.search(SearchRequest.of("kind:avoid").withLimit(100)).hits();
		long expectedAvoid = starter.playbook.playbook().getPhrases().stream().filter(p -> p.getKind() == PhraseKind.AVOID).count();
		assertEquals(expectedAvoid, avoid.size());
		List<Hit> angry = starter.search.search(SearchRequest.of("emotion:angry").withLimit(100)).hits();
		long expectedAngry = starter.playbook.playbook().getScenarios().stream().filter(s -> s.getEmotions().contains(Emotion.ANGRY)).count();
		assertEquals(expectedAngry, angry.size());
		for (Hit hit : starter.search.search(SearchRequest.of("tag:listening").withLimit(100)).hits()) {
			Entry entry = starter.entry(hit.title());
			assertTrue(entry.getTags().stream().anyMatch(t -> t.getName().equals("listening")), hit.title());
		}
		assertEquals(0, starter.search.search(SearchRequest.of("status:retired")).totalHits());
		assertTrue(starter.search.search(SearchRequest.of("status:\"in review\"")).totalHits() > 0);
	}

	@Test
	void exclusionPrefixAndBooleanOperators() throws Exception {
		List<Hit> listening = starter.search.search(SearchRequest.of("listening").withLimit(100)).hits();
		List<Hit> notTechniques = starter.search.search(SearchRequest.of("listening -type:technique").withLimit(100)).hits();
		assertTrue(notTechniques.size() < listening.size());
		notTechniques.forEach(h -> assertFalse(h.type().equals("technique")));

		List<String> prefix = starter.titles("reassur*");
		assertTrue(prefix.contains("Offer calm reassurance to anxious customers"), prefix.toString());

		long both = starter.search.search(SearchRequest.of("calm AND listening")).totalHits();
		long either = starter.search.search(SearchRequest.of("calm OR listening")).totalHits();
		long empathy = starter.search.search(SearchRequest.of("calm")).totalHits();
		assertTrue(both > 0 && both <= empathy && empathy <= either, both + " " + empathy + " " + either);
	}

	@Test
	void filtersFromOptionsCombineWithTheQuery() throws Exception {
		SearchRequest request = new SearchRequest("calm", List.of("scenario"), List.of(), List.of("approved"), 0, 50, false);
		List<Hit> hits = starter.search.search(request).hits();
		assertFalse(hits.isEmpty());
		for (Hit hit : hits) {
			assertEquals("scenario", hit.type());
			assertEquals("approved", starter.entry(hit.title()).getStatus().getLiteral());
		}
	}

	@Test
	void snippetsMarkTheMatchingWords() throws Exception {
		Hit hit = starter.hits("reassurance").get(0);
		assertNotNull(hit.field());
		assertTrue(hit.snippet().contains(Hit.MARK_START) && hit.snippet().contains(Hit.MARK_END), hit.snippet());
		assertTrue(hit.snippet().toLowerCase().contains("«reassur"), hit.snippet());
	}

	@Test
	void facetsCountAllMatchesByDimension() throws Exception {
		SearchResults results = starter.search.search(SearchRequest.of("calm").withLimit(200).withFacets());
		Map<String, Integer> types = results.facets().get("type");
		int sum = types.values().stream().mapToInt(Integer::intValue).sum();
		assertEquals(results.totalHits(), sum);
		for (String type : types.keySet()) {
			long counted = results.hits().stream().filter(h -> h.type().equals(type)).count();
			assertEquals((long) types.get(type), counted, type);
		}
		assertTrue(results.facets().containsKey("tag") && results.facets().containsKey("status")
				&& results.facets().containsKey("emotion") && results.facets().containsKey("channel"));
		assertTrue(results.facets().get("channel").containsKey("phone"));
	}

	@Test
	void facetFiltersOnEmotionAndChannelNarrowToTheFacetCounts() throws Exception {
		SearchRequest calm = SearchRequest.of("calm").withLimit(200).withFacets();
		SearchResults all = starter.search.search(calm);
		String emotion = all.facets().get("emotion").keySet().iterator().next();
		SearchResults angry = starter.search.search(calm.withFilters(Map.of("emotion", List.of(emotion))));
		assertEquals((long) all.facets().get("emotion").get(emotion), angry.totalHits());
		assertTrue(angry.totalHits() < all.totalHits());
		for (Hit hit : angry.hits()) {
			assertEquals("scenario", hit.type(), "only scenarios carry emotions");
		}
		SearchResults chat = starter.search.search(calm.withFilters(Map.of("channel", List.of("chat"), "type",
				List.of("phrase"))));
		assertEquals(chat.facets().get("type").getOrDefault("phrase", 0).longValue(), chat.totalHits());
		assertTrue(chat.totalHits() <= all.facets().get("channel").getOrDefault("chat", 0));
		assertEquals(chat.totalHits(), chat.facets().get("channel").getOrDefault("chat", 0).longValue());
	}

	@Test
	void pagingReturnsConsecutiveSlices() throws Exception {
		List<Hit> all = starter.search.search(SearchRequest.of("customer").withLimit(20)).hits();
		List<Hit> second = starter.search.search(new SearchRequest("customer", List.of(), List.of(), List.of(), 10, 10, false)).hits();
		assertEquals(all.subList(10, 20).stream().map(Hit::id).toList(), second.stream().map(Hit::id).toList());
	}

	@Test
	void badSyntaxGetsAClearMessage() {
		QuerySyntaxException quote = assertThrows(QuerySyntaxException.class, () -> starter.hits("\"calm down"));
		assertTrue(quote.getMessage().contains("Check quotes and brackets"), quote.getMessage());
		QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> starter.hits("colour:red"));
		assertTrue(field.getMessage().contains("unknown field 'colour'") && field.getMessage().contains("type"),
				field.getMessage());
		assertThrows(QuerySyntaxException.class, () -> starter.hits("(empathy"));
		// Found by fuzzing the query (issue 11): a regular expression that does not parse was reported as a query
		// "too broad", from a catch of every RuntimeException.
		QuerySyntaxException regex = assertThrows(QuerySyntaxException.class, () -> starter.hits("emp/ang.)/ng."));
		assertTrue(regex.getMessage().contains("/ang.)/ is not a regular expression")
				&& regex.getMessage().contains("put \\ before each / to search for the text itself"), regex.getMessage());
	}

	@Test
	void suggestionsCompleteTitlesAndPhraseWordingsWithTypos() throws Exception {
		List<Suggestion> start = starter.search.suggest("activ", 5);
		assertTrue(start.stream().anyMatch(s -> s.text().equals("Active listening")), start.toString());
		List<Suggestion> middle = starter.search.suggest("listen", 10);
		assertTrue(middle.stream().anyMatch(s -> s.text().equals("Active listening")), "matches a word inside the title: " + middle);
		List<Suggestion> typo = starter.search.suggest("acitve", 5);
		assertTrue(typo.stream().anyMatch(s -> s.text().equals("Active listening")), typo.toString());
		Phrase phrase = starter.playbook.playbook().getPhrases().get(0);
		String start3 = String.join(" ", List.of(phrase.getText().split("\\s+")).subList(0, 3));
		assertTrue(starter.search.suggest(start3, 10).stream().anyMatch(s -> s.id().equals(phrase.getId())),
				"phrase wordings are suggested: " + start3);
		assertEquals(List.of(), starter.search.suggest("  ", 5));
	}

	@Test
	void similarEntriesShareWords() throws Exception {
		Entry listening = starter.entry("Active listening");
		List<Hit> similar = starter.search.similar(listening.getId(), 5);
		assertEquals(5, similar.size());
		assertFalse(similar.stream().anyMatch(h -> h.id().equals(listening.getId())), "an entry is not similar to itself");
		assertTrue(similar.stream().anyMatch(h -> h.title().toLowerCase().contains("listen")
				|| h.title().toLowerCase().contains("attention")), similar.toString());
		assertEquals(List.of(), starter.search.similar("no-such-id", 5));
	}

	@Test
	void entriesLikeATextThatIsNotIndexed() throws Exception {
		Entry choose = starter.entry("Let them choose how to hear back");
		List<Hit> like = starter.search.similarToText(
				"Would you like me to keep you updated by email, or rather by phone? Choose how you hear back.", 5);
		assertFalse(like.isEmpty());
		assertEquals(choose.getId(), like.get(0).id(), like.toString());
		assertTrue(like.size() <= 5, like.toString());
		assertEquals(List.of(), starter.search.similarToText("", 5));
		assertEquals(List.of(), starter.search.similarToText(" \n\t ", 5));
		assertEquals(List.of(), starter.search.similarToText(null, 5));
		assertEquals(List.of(), starter.search.similarToText("zyxwvq qwrtpz", 5), "no word of any entry");
	}

	@Test
	void everyScenarioIsFoundByItsTitle() throws Exception {
		for (Scenario s : starter.playbook.playbook().getScenarios()) {
			assertEquals(s.getTitle(), starter.titles(s.getTitle()).get(0));
		}
	}
}
