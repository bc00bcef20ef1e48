package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import parley.cli.ParleyCli;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;

/**
 * {@code search}, {@code suggest} and {@code duplicates} answer from an up-to-date index without loading the
 * playbook (issue 12); {@code PARLEY_TRACE=model} makes every load of the playbook say so on stderr. When the
 * files changed since the index was committed (another process saved), the playbook is loaded and the index
 * brought up to date.
 */
class TestSearchWithoutModel extends StarterCliTest {

	private static final String LOADING = "parley: trace: loading the playbook";

	private CliRun traced(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new ParleyCli(new PrintWriter(out), new PrintWriter(err),
				Map.of("PARLEY_HOME", home.toString(), "PARLEY_TRACE", "model"), pb).run(args);
		return new CliRun(code, out.toString(), err.toString());
	}

	@Test
	void searchOnAnUpToDateIndexDoesNotLoadThePlaybook() {
		CliRun first = traced("search", "customer", "yelling");
		assertEquals(0, first.exitCode(), first.toString());
		assertTrue(first.err().contains(LOADING), "building the index reads the playbook: " + first.err());

		CliRun again = traced("search", "customer", "yelling");
		assertEquals(0, again.exitCode(), again.toString());
		assertTrue(again.out().contains("Angry caller letting off steam about a faulty product"), again.out());
		assertFalse(again.err().contains(LOADING), "an up-to-date index answers alone: " + again.err());

		CliRun suggest = traced("suggest", "empa");
		assertEquals(0, suggest.exitCode(), suggest.toString());
		assertFalse(suggest.out().isBlank(), suggest.toString());
		assertFalse(suggest.err().contains(LOADING), suggest.err());

		CliRun duplicates = traced("duplicates", "--threshold", "0.3");
		assertEquals(0, duplicates.exitCode(), duplicates.toString());
		assertFalse(duplicates.err().contains(LOADING), duplicates.err());

		CliRun show = traced("list");
		assertTrue(show.err().contains(LOADING), "the trace shows loads where they happen: " + show);
	}

	@Test
	void filesSavedByAnotherProcessAreLoadedAndIndexedBeforeTheSearch() throws Exception {
		assertEquals(0, traced("search", "calm").exitCode());
		OpenPlaybook other = new XmiPlaybookStore().open(pb); // another process saves an edit
		other.playbook().getTechniques().get(0).setTitle("Quokka breathing technique");
		other.save();

		CliRun changed = traced("search", "quokka");
		assertEquals(0, changed.exitCode(), changed.toString());
		assertTrue(changed.err().contains(LOADING), "changed files are read: " + changed.err());
		assertTrue(changed.out().contains("Quokka breathing technique"), changed.out());

		CliRun again = traced("search", "quokka");
		assertTrue(again.out().contains("Quokka breathing technique"), again.out());
		assertFalse(again.err().contains(LOADING), "the updated index was committed: " + again.err());
	}

	@Test
	void aPlaybookThatCannotBeReadIsReportedAsBeforeWhenTheIndexMustBeUpdated() throws Exception {
		assertEquals(0, traced("search", "calm").exitCode());
		java.nio.file.Files.writeString(pb.resolve("playbook.xmi"), "<not xmi");
		CliRun broken = traced("search", "calm");
		assertEquals(1, broken.exitCode(), broken.toString());
		assertTrue(broken.err().contains("playbook.xmi"), "the broken file is named: " + broken.err());
	}
}
