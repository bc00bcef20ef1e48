package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import parley.search.lucene.AnalyzersAccess;

/** English analysis and the synonym list: what the index and queries turn words into. */
class TestAnalyzers {

	private static List<String> tokens(Analyzer analyzer, String field, String text) throws Exception {
		List<String> out = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		}
		return out;
	}

	@Test
	void indexingStemsLowerCasesAndDropsStopWordsAndPossessives() throws Exception {
		assertEquals(List.of("listen", "custom", "complaint"),
				tokens(AnalyzersAccess.index(), "body", "Listening to the customer's complaints"));
		assertEquals(tokens(AnalyzersAccess.index(), "body", "apologises"),
				tokens(AnalyzersAccess.index(), "body", "apologise"));
	}

	@Test
	void keywordFieldsStayWholeAndLowerCase() throws Exception {
		assertEquals(List.of("in-review"), tokens(AnalyzersAccess.index(), "status", "In-Review"));
	}

	@Test
	void queriesExpandSynonymsIncludingMultiWordOnes() throws Exception {
		Analyzer query = AnalyzersAccess.query("angry, irate, yelling, shouting\nout of control, powerless\n");
		List<String> yelling = tokens(query, "body", "yelling");
		assertTrue(yelling.containsAll(List.of("angri", "irat", "yell", "shout")), yelling.toString());
		List<String> powerless = tokens(query, "body", "powerless");
		assertTrue(powerless.contains("control"), powerless.toString());
		assertEquals(List.of("calm"), tokens(query, "body", "calm"), "words outside the list are left alone");
	}

	/**
	 * Found by fuzzing synonyms.txt (issue 11): stop words are removed after the synonyms, so a stop word at an
	 * end of a multi-word term ("a raised voice the") was cut out of the token graph and left a path that ended
	 * nowhere: the query lost its alternatives (empty Synonym() clauses) or tripped Lucene's assertion. Stop
	 * words at the ends of a term are dropped when the list is read, where the query would have dropped them.
	 */
	@Test
	void stopWordsAtTheEndsOfASynonymKeepTheQueryWhole() throws Exception {
		String query = AnalyzersAccess.parse("angry, a raised voice the, irate\n", "angry");
		assertTrue(query.contains("body:\"rais voic\"") && query.contains("body:irat") && query.contains("body:angri"),
				query);
		assertTrue(!query.contains("Synonym()"), query);
		Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
				() -> AnalyzersAccess.query("angry, irate\nno, the\n"));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}

	@Test
	void badSynonymListNamesTheLine() {
		Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
				() -> AnalyzersAccess.query("angry, irate\nmad => cross => livid\n"));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}
}
