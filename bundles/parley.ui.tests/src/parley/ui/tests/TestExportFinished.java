package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.publish.PublishResult;
import parley.ui.handlers.ExportHandler;

/** Issue 18, defect 6: an export ends with a message naming the file, and offers to open its folder. */
class TestExportFinished {

	private final Path file = Path.of("/home/lead/Documents/Parley/team-playbook.pdf");
	private final WorkbenchFixture.Answers answers = new WorkbenchFixture.Answers();
	private final List<Path> opened = new ArrayList<>();

	@Test
	void theMessageNamesTheFileAndOpenFolderOpensItsFolder() {
		PublishResult result = new PublishResult(file, 45, 97, 1000, 2000, 0,
				List.of("scenario \"Caller\", situation: no font has \u8BF7 U+8BF7"));
		answers.choices.add(0); // Open folder
		ExportHandler.reportDone(answers, result, false, folder -> opened.add(folder));
		assertEquals(1, answers.asked.size());
		String message = answers.asked.get(0);
		assertTrue(message.startsWith("Export finished: Wrote " + file + " (45 pages)."), message);
		assertTrue(message.contains("no font has \u8BF7 U+8BF7"), "the characters that did not print: " + message);
		assertTrue(message.endsWith("[Open folder, Close]"), message);
		assertEquals(List.of(file.getParent()), opened);
		assertEquals(List.of(), answers.errors);
	}

	@Test
	void aViewerOrFolderThatCannotBeOpenedIsSaid() {
		PublishResult result = new PublishResult(file, 1, 3, 1000, 2000);
		answers.choices.add(0);
		ExportHandler.reportDone(answers, result, true, folder -> false);
		assertTrue(answers.asked.get(0).contains("(1 page).") && answers.asked.get(0).contains("could not be opened"),
				answers.asked.toString());
		assertEquals(1, answers.errors.size());
		assertTrue(answers.errors.get(0).contains("Could not open " + file.getParent()), answers.errors.toString());
	}

	@Test
	void closeOpensNothing() {
		answers.choices.add(1);
		ExportHandler.reportDone(answers, new PublishResult(file, 2, 3, 1000, 2000), false, folder -> opened.add(folder));
		assertEquals(List.of(), opened);
	}
}
