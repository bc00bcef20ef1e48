package parley.search.lucene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import parley.search.SearchException;

import parley.fuzzchecks.FuzzChecks;

/**
 * Fuzz target 3 of issue 11, the playbook's {@code synonyms.txt} (versioned with the playbook, so anyone who
 * can push to it writes it). The fuzzer's bytes are the file; the search layer reads it as it does when a
 * search service opens ({@link LuceneSearchService#loadSynonyms}), and a list it accepts is then used to
 * analyse and parse queries made of its own words (and a few plain ones), as searches would.
 *
 * <p>Expected for every input: a synonym map that analyses and parses every such query (a query may still be
 * refused for its syntax), or a {@link SearchException} that names the file and, for a rule Lucene cannot
 * parse, its line; never another exception, more than two seconds, or a changed file. Seeds: the starter
 * playbook's synonyms.txt and the rule forms of the Solr format (src/test/resources/...SynonymsFuzzTestInputs).
 */
class SynonymsFuzzTest {

	/** Causes that are the parser's own report of the bad input (a query syntax error, a synonym rule Lucene cannot parse). */
	private static final Predicate<Throwable> PARSER_REPORT = cause -> cause instanceof org.apache.lucene.queryparser.classic.ParseException
			|| cause instanceof java.text.ParseException;

	private static final List<String> PLAIN = List.of("customer yelling", "\"calm down\" type:phrase", "listen*");
	private static Path work;
	private static Path folder;

	@FuzzTest(maxDuration = "30s")
	void synonyms(byte[] data) throws Exception {
		setUp();
		Path file = folder.resolve(LuceneSearchService.SYNONYMS_FILE);
		Files.write(file, data);
		Map<String, String> before = FuzzChecks.snapshot(folder, f -> true);
		FuzzChecks.Outcome<SynonymMap> read = FuzzChecks.bounded("reading the synonym list",
				() -> LuceneSearchService.loadSynonyms(folder));
		FuzzChecks.assertUnchanged(before, FuzzChecks.snapshot(folder, f -> true), "reading the synonym list");
		if (read.error() != null) {
			FuzzChecks.assertClearError(read.error(), SearchException.class, PARSER_REPORT, file.toString());
			String message = read.error().getMessage();
			assertTrue(!message.contains("Invalid synonym rule") || message.matches("(?s).*\\bline \\d+.*"),
					() -> "a bad rule without its line: " + message);
			return;
		}
		Analyzer analyzer = Analyzers.query(read.value());
		List<String> queries = new ArrayList<>(PLAIN);
		queries.addAll(words(new String(data, StandardCharsets.UTF_8)));
		FuzzChecks.Outcome<Integer> used = FuzzChecks.bounded("searching with the synonyms", () -> {
			int parsed = 0;
			for (String query : queries) {
				tokens(analyzer, query);
				try {
					new PlaybookQueryParser(analyzer, Analyzers.index(), false, Map.of()).parse(query);
					parsed++;
				} catch (ParseException syntax) {
					// the query's syntax, not the synonyms: search reports it as a QuerySyntaxException
				}
			}
			return parsed;
		});
		if (used.error() != null) {
			throw used.error();
		}
	}

	/** Up to a dozen terms of the list, as queries: what a search for them would analyse. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.startsWith("#")) {
				continue;
			}
			for (String term : line.split(",|=>")) {
				String word = term.strip();
				if (!word.isEmpty() && words.size() < 12) {
					words.add(word);
				}
			}
		}
		return words;
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	private static synchronized void setUp() throws IOException {
		if (work != null) {
			return;
		}
		work = Files.createTempDirectory("parley-fuzz-synonyms");
		folder = work.resolve("playbook");
		Files.createDirectories(folder);
	}

	@AfterAll
	static void tearDown() throws IOException {
		if (work != null) {
			try (Stream<Path> walk = Files.walk(work)) {
				for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
					Files.delete(p);
				}
			}
			work = null;
		}
	}
}
