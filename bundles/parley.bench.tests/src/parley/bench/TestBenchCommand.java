package parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.cli.ParleyCli;

/**
 * {@code parley bench} run in-process, with the suite registered by SCR as in the product: the command line finds
 * it as a service, and its text and JSON are those docs/PERFORMANCE.md shows.
 */
class TestBenchCommand {

	@TempDir
	Path tmp;

	private record Run(int exitCode, String out, String err) {
	}

	private Run parley(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new ParleyCli(new PrintWriter(out), new PrintWriter(err), Map.of("PARLEY_HOME", tmp.toString()), tmp)
				.run(args);
		return new Run(code, out.toString(), err.toString());
	}

	@Test
	void benchPublishReportsPagesPerSecond() {
		Run run = parley("bench", "publish", "--entities", "40", "--rounds", "1", "--json");
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(40, json.get("entities").getAsInt());
		assertTrue(json.get("manualPages").getAsInt() > 3, run.out());
		assertTrue(json.get("manualPagesPerSecond").getAsDouble() > 0);
		assertTrue(run.err().contains("bench: first manual export"), run.err());
	}

	@Test
	void benchSearchComparesWithPlainLuceneAndSqliteFts5OnTheSameEntries() {
		Run run = parley("bench", "search", "--entities", "150", "--rounds", "1");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("  plain Lucene, same entries and queries"), run.out());
		assertTrue(run.out().matches("(?s).*full index build \\(warm, median\\) +[0-9.]+ ms   Parley [0-9.]+x.*"), run.out());
		assertTrue(run.out().matches("(?s).*Parley p50 [0-9.]+x, p99 [0-9.]+x.*"), run.out());
		assertTrue(run.out().contains("  SQLite FTS5, same entries and queries"), run.out());
		Run json = parley("bench", "search", "--entities", "150", "--rounds", "1", "--json");
		JsonObject figures = JsonParser.parseString(json.out()).getAsJsonObject();
		assertTrue(figures.get("luceneBuildMs").getAsDouble() > 0, json.out());
		assertTrue(figures.get("luceneQueryP50").getAsDouble() > 0, json.out());
		assertTrue(figures.get("fts5BuildMs").getAsDouble() > 0, json.out());
		assertTrue(figures.get("fts5QueryP50").getAsDouble() > 0, json.out());
	}

	@Test
	void theFts5BaselineAsksTheSameQueryShapesInItsOwnSyntax() {
		assertEquals(new Fts5Baseline.Translated("calm", null), Fts5Baseline.translate("calm"));
		assertEquals(new Fts5Baseline.Translated("calm OR refund", null), Fts5Baseline.translate("calm refund"));
		assertEquals(new Fts5Baseline.Translated("\"calm refund\"", null), Fts5Baseline.translate("\"calm refund\""));
		assertEquals(new Fts5Baseline.Translated("calm", "type = 'phrase'"), Fts5Baseline.translate("type:phrase calm"));
		assertEquals(new Fts5Baseline.Translated("calm", "type <> 'technique'"), Fts5Baseline.translate("calm -type:technique"));
		assertEquals(new Fts5Baseline.Translated("refu*", null), Fts5Baseline.translate("refu*"));
	}

	@Test
	void benchStorePrintsItsFiguresAsTextAndJson() {
		Run text = parley("bench", "store", "--entities", "200", "--rounds", "1", "--warmup", "0");
		assertEquals(0, text.exitCode(), text.toString());
		assertTrue(text.out().startsWith("store benchmark: 200 entities, "), text.out());
		for (String line : List.of("  create (first save)  ", "  load                median ", "  save one edit       median ",
				"  save all shards     median ")) {
			assertTrue(text.out().contains(line), line + " in " + text.out());
		}
		assertTrue(text.err().contains("bench: round 1/1"), text.err());

		Run json = parley("bench", "store", "--entities", "200", "--rounds", "1", "--warmup", "0", "--json");
		assertEquals(0, json.exitCode(), json.toString());
		JsonObject figures = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals(List.of("entities", "bytesOnDisk", "files", "createMs", "loadMedianMs", "loadMaxMs",
				"saveOneEditMedianMs", "saveOneEditMaxMs", "saveAllShardsMedianMs", "saveAllShardsMaxMs"),
				List.copyOf(figures.keySet()));
		assertEquals(200, figures.get("entities").getAsInt());
		assertTrue(figures.get("bytesOnDisk").getAsLong() > 0);
	}

	@Test
	void benchCheckTimesACsvOfMacrosWarm() {
		Run run = parley("bench", "check", "--entities", "200", "--rounds", "2", "--json");
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject figures = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(List.of("macros", "findings", "buildMs", "firstMs", "warmMedianMs", "warmMaxMs", "macrosPerSecond"),
				List.copyOf(figures.keySet()));
		assertEquals(200, figures.get("macros").getAsInt());
		assertTrue(figures.get("findings").getAsInt() > 0, run.out());
		Run text = parley("bench", "check", "--entities", "100", "--rounds", "1");
		assertTrue(text.out().contains("reply check benchmark: 100 macros"), text.out());
	}

	@Test
	void theSuiteNamesItsBenchmarksAndRefusesOthers() {
		ParleyBenchmarks suite = new ParleyBenchmarks();
		assertEquals(List.of("store", "search", "vcs", "publish", "check"), suite.names());
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> suite.run("nothing", new ParleyBenchmarks.Options(10, 1, 0, tmp), step -> { }));
		assertTrue(e.getMessage().contains("no benchmark named 'nothing'"), e.getMessage());
	}
}
