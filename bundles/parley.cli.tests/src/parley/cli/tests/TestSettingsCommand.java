package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;

/** {@code parley settings}: the playbook-wide settings curation uses (issue 13), shown and changed by name. */
class TestSettingsCommand extends StarterCliTest {

	@Test
	void showsEverySettingAndChangesOneByName() throws Exception {
		CliRun all = parley("settings");
		assertEquals(0, all.exitCode(), all.toString());
		assertTrue(all.out().contains("four-eyes") && all.out().contains("off"), all.out());
		assertTrue(all.out().contains("review-days.phrase"), all.out());

		assertEquals(0, parley("settings", "four-eyes", "on").exitCode());
		assertEquals(0, parley("settings", "review-days.phrase", "180").exitCode());
		Playbook saved = new XmiPlaybookStore().open(pb).playbook();
		assertTrue(saved.isFourEyes());
		assertEquals(180, saved.getPhraseReviewDays());
		assertEquals("four-eyes = on\n", parley("settings", "four-eyes").out());
		JsonObject json = JsonParser.parseString(parley("settings", "--json").out()).getAsJsonObject();
		assertEquals("180", json.get("review-days.phrase").getAsString());
		assertEquals(saved.getTitle(), json.get("title").getAsString());
	}

	@Test
	void badValuesAndUnknownKeysAreRefusedAndNothingIsWritten() throws Exception {
		Path file = pb.resolve("playbook.xmi");
		String before = Files.readString(file);
		CliRun bad = parley("settings", "four-eyes", "maybe");
		assertEquals(2, bad.exitCode(), bad.toString());
		assertTrue(bad.err().contains("four-eyes is on or off, not 'maybe'"), bad.err());
		CliRun negative = parley("settings", "review-days.technique", "-3");
		assertEquals(2, negative.exitCode());
		assertTrue(negative.err().contains("a number of days from 0"), negative.err());
		CliRun unknown = parley("settings", "colour", "blue");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("there is no setting 'colour'; the settings are title,"), unknown.err());
		CliRun empty = parley("settings", "title", " ");
		assertEquals(2, empty.exitCode());
		assertTrue(empty.err().contains("title cannot be empty"), empty.err());
		assertEquals(before, Files.readString(file), "the playbook file is unchanged");
	}
}
