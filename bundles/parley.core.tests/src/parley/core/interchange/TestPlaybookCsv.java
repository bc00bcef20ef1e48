package parley.core.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV reader: RFC 4180 quoting, line ends, empty fields, a byte order mark, and where each cell starts. */
class TestPlaybookCsv {

	private static List<List<String>> texts(List<List<PlaybookCsv.Cell>> rows) {
		return rows.stream().map(r -> r.stream().map(PlaybookCsv.Cell::text).toList()).toList();
	}

	@Test
	void readsQuotedFieldsLineEndsAndEmptyFields() throws Exception {
		String csv = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\nlast,,\n";
		List<List<PlaybookCsv.Cell>> rows = PlaybookCsv.parse("s.csv", csv);
		assertEquals(List.of(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("", "", ""),
				List.of("last", "", "")), texts(rows));
		assertEquals(new JsonText.Pos("s.csv", 1, 1), rows.get(0).get(0).pos(), "the byte order mark is no column");
		assertEquals(new JsonText.Pos("s.csv", 2, 8), rows.get(1).get(1).pos());
		assertEquals(new JsonText.Pos("s.csv", 4, 1), rows.get(2).get(0).pos(), "a quoted line end counts as a line");
		assertEquals(List.of(List.of("end", "")), texts(PlaybookCsv.parse("s.csv", "end,")));
	}

	@Test
	void saysWhereTheQuotingIsWrong() {
		ImportException open = assertThrows(ImportException.class, () -> PlaybookCsv.parse("s.csv", "a\n\"b,c\n"));
		assertEquals("s.csv:2:1: the quoted field is not closed; add the closing double quote",
				open.problems().get(0).toString());
		ImportException stray = assertThrows(ImportException.class, () -> PlaybookCsv.parse("s.csv", "a,b\"c\n"));
		assertEquals(1, stray.problems().get(0).line());
		assertEquals(4, stray.problems().get(0).column());
	}

	@Test
	void namesItsSheetsAndColumnsFromTheModel() {
		String header = String.join(",", PlaybookCsv.header(PlaybookCsv.sheets().get(0)));
		assertEquals("id,revision,title,description,organisation,fourEyes,techniqueReviewDays,phraseReviewDays,"
				+ "scenarioReviewDays,sourceReviewDays", header);
		assertEquals(List.of("playbook.csv", "sources.csv", "tags.csv", "audiences.csv", "techniques.csv",
				"phrases.csv", "scenarios.csv", "events.csv", "comments.csv", "steps.csv"), PlaybookCsv.fileNames());
	}
}
