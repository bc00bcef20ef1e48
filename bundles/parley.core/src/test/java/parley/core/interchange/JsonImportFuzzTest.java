package parley.core.interchange;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of issue 14, the JSON import: the fuzzer's bytes are the file {@code parley import json --dry-run}
 * reads, planned against the starter playbook by {@link JsonImport#plan}. Expected for every input: a plan, or an
 * {@link ImportException} naming the file and every problem's line and column; the playbook's files and the
 * playbook in memory unchanged; never another exception or more than two seconds ({@link ImportFuzzing}).
 * Seeds: a small export (a few tags and a technique), a whole starter export, broken variants.
 */
class JsonImportFuzzTest {

	private static final String FILE = "fuzz/playbook.json";

	@FuzzTest(maxDuration = "30s")
	void plan(byte[] data) throws Exception {
		ImportFuzzing.check("planning a JSON import", FILE, live -> JsonImport.plan(live, FILE, data,
				new JsonImport.Options(data.length % 2 == 1, data.length % 3 == 1), ImportFuzzing.CLOCK));
	}

	@AfterAll
	static void tearDown() throws IOException {
		ImportFuzzing.tearDown();
	}
}
