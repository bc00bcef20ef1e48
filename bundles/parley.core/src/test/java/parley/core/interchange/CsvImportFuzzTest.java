package parley.core.interchange;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of issue 14, the CSV import: the fuzzer's bytes are a folder with one sheet, as
 * {@code parley import csv --dry-run} reads it, planned against the starter playbook by {@link PlaybookCsv#plan}.
 * When the first line of the input is a sheet's name ({@code phrases.csv}) the rest is that sheet, otherwise the
 * whole input is {@code techniques.csv}. Expected for every input: as {@link JsonImportFuzzTest}, problems naming
 * the folder's sheet, line and column. Seeds: small sheets of each kind, broken quoting and rows.
 */
class CsvImportFuzzTest {

	private static final String FOLDER = "fuzz/";

	@FuzzTest(maxDuration = "30s")
	void plan(byte[] data) throws Exception {
		Map<String, byte[]> files = ImportFuzzing.folder(data, "techniques.csv", PlaybookCsv.fileNames()::contains);
		ImportFuzzing.check("planning a CSV import", FOLDER, live -> PlaybookCsv.plan(live, FOLDER, files,
				new JsonImport.Options(data.length % 2 == 1, data.length % 3 == 1), ImportFuzzing.CLOCK));
	}

	@AfterAll
	static void tearDown() throws IOException {
		ImportFuzzing.tearDown();
	}
}
