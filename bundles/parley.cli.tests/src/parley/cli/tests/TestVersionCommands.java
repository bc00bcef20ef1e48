package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Source;
import parley.model.playbook.Technique;
import parley.testsupport.Git;

/** commit, history, diff and release on a copy of the starter playbook. */
class TestVersionCommands extends StarterCliTest {

	@Test
	void commitHistoryDiffAndRelease() throws Exception {
		CliRun first = parley("commit", "-m", "Starter content", "--author", "Ana Trainer <ana@example.org>");
		assertEquals(0, first.exitCode(), first.toString());
		assertTrue(first.out().startsWith("Saved version "), first.out());
		assertEquals("Nothing changed since the last version; nothing to save.\n",
				parley("commit", "-m", "again", "--author", "Ana <a@b.c>").out());

		Path shard = Files.list(pb.resolve("techniques")).filter(p -> {
			try {
				return Files.readString(p).contains("title=\"Active listening\"");
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}).findFirst().orElseThrow();
		Files.writeString(shard, Files.readString(shard).replace("title=\"Active listening\"", "title=\"Listen actively\""));

		CliRun diff = parley("diff");
		assertEquals(0, diff.exitCode(), diff.toString());
		assertEquals("Changed technique 'Listen actively':\n  - title: 'Active listening' → 'Listen actively'\n", diff.out());

		assertEquals(0, parley("commit", "-m", "Rename a technique", "--author", "Ben Lead <ben@example.org>").exitCode());
		CliRun history = parley("history", "Listen actively", "--json");
		JsonArray versions = JsonParser.parseString(history.out()).getAsJsonArray();
		assertEquals(2, versions.size(), "the starter version and the rename both touched it");
		assertEquals("Rename a technique", versions.get(0).getAsJsonObject().get("message").getAsString());
		assertEquals("Ben Lead", versions.get(0).getAsJsonObject().get("author").getAsString());

		CliRun release = parley("release", "v1.0", "-m", "First release", "--author", "Ana Trainer <ana@example.org>",
				"--allow-unapproved");
		assertEquals(0, release.exitCode(), release.toString());
		assertTrue(parley("history").out().contains("(release v1.0)"));
		assertEquals(0, parley("diff", "HEAD~1", "v1.0").exitCode());

		CliRun restore = parley("restore", "Listen actively", "--from", "HEAD~1");
		assertEquals(0, restore.exitCode(), restore.toString());
		assertEquals("Changed technique 'Active listening':\n  - title: 'Listen actively' → 'Active listening'\n", parley("diff").out());
		// The restored entry is saved but in no version: restoring the whole playbook would lose it, so it asks.
		CliRun refused = parley("restore", "--from", "v1.0");
		assertEquals(1, refused.exitCode(), refused.toString());
		assertTrue(refused.err().contains("Active listening: title") && refused.err().contains("--discard-unversioned"),
				refused.err());
		assertEquals("Changed technique 'Active listening':\n  - title: 'Listen actively' → 'Active listening'\n", parley("diff").out(),
				"nothing was restored");
		CliRun whole = parley("restore", "--from", "v1.0", "--discard-unversioned");
		assertEquals(0, whole.exitCode(), whole.toString());
		assertEquals("No changes.\n", parley("diff").out());
		assertEquals(2, parley("restore", "Listen actively").exitCode(), "--from is required");
	}

	@Test
	void releaseRefusesUnapprovedContentAndSaysHowToGoAhead() throws Exception {
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		CliRun refused = parley("release", "v1.0", "-m", "First", "--author", "Ana <ana@example.org>");
		assertEquals(1, refused.exitCode(), refused.toString());
		assertTrue(refused.err().contains("not approved as they stand or due for review"), refused.err());
		assertTrue(refused.err().contains("(in review)") && refused.err().contains("(draft)"), refused.err());
		assertTrue(refused.err().contains("--allow-unapproved") && refused.err().contains("parley review"), refused.err());
		assertEquals("", Git.git(pb, "tag"), "nothing released");
		CliRun allowed = parley("release", "v1.0", "-m", "First", "--author", "Ana <ana@example.org>",
				"--allow-unapproved");
		assertEquals(0, allowed.exitCode(), allowed.toString());
		assertTrue(allowed.out().contains("Released with "), allowed.out());
		assertEquals("v1.0\n", Git.git(pb, "tag"));
	}

	@Test
	void releaseWarnsOfEntriesThatRepeatTheirSourcesWithoutHoldingItBack() throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		Technique technique = open.playbook().getTechniques().get(0);
		Source source = technique.getSources().get(0);
		String copied = "Listen to the whole complaint before you answer and never interrupt a customer who explains.";
		source.setImportedText("An article.\n" + copied + "\n");
		technique.setRationale(copied);
		open.save();
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		CliRun release = parley("release", "v1.0", "-m", "First", "--author", "Ana <ana@example.org>",
				"--allow-unapproved");
		assertEquals(0, release.exitCode(), release.toString());
		assertTrue(release.err().startsWith("warning: 1 entry repeats its sources' wording (rewrite it in your own"
				+ " words):\n  Technique '" + technique.getTitle() + "' [rationale]: repeats 15 words of '"
				+ source.getTitle() + "'"), release.err());
		assertEquals("v1.0\n", Git.git(pb, "tag"), "the warning does not hold the release back");
	}

	@Test
	void cloneCopiesASharedPlaybookWithItsHistory() throws Exception {
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		Path bare = tmp.resolve("shared.git");
		Git.bareClone(pb, bare);
		Path copy = tmp.resolve("copy");
		CliRun clone = CliRun.run(home, tmp, "clone", bare.toString(), copy.toString());
		assertEquals(0, clone.exitCode(), clone.toString());
		assertTrue(clone.out().contains("(1 version;"), clone.out());
		assertEquals(parley("stats", "--json").out().replace(pb.toString(), "X"),
				CliRun.run(home, copy, "stats", "--json").out().replace(copy.toString(), "X"));
		CliRun again = CliRun.run(home, tmp, "clone", bare.toString(), copy.toString());
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("is not empty"), again.err());
		CliRun missing = CliRun.run(home, tmp, "clone", tmp.resolve("nowhere.git").toString(), tmp.resolve("x").toString());
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().contains("Could not clone"), missing.err());
	}

	@Test
	void syncMergesAndConflictsAreSettledFromTheCommandLine() throws Exception {
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		Path bare = tmp.resolve("shared.git");
		Git.bareClone(pb, bare);
		Path a = tmp.resolve("a");
		Path b = tmp.resolve("b");
		assertEquals(0, CliRun.run(home, tmp, "clone", bare.toString(), a.toString()).exitCode());
		assertEquals(0, CliRun.run(home, tmp, "clone", bare.toString(), b.toString()).exitCode());
		for (Path side : new Path[] { a, b }) {
			Path shard = Files.list(side.resolve("techniques")).filter(f -> {
				try {
					return Files.readString(f).contains("title=\"Active listening\"");
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).findFirst().orElseThrow();
			Files.writeString(shard, Files.readString(shard).replace("title=\"Active listening\"",
					"title=\"" + (side == a ? "Listen first" : "Listen fully") + "\""));
			assertEquals(0, CliRun.run(home, side, "commit", "-m", "Rename", "--author", "X <x@example.org>").exitCode());
		}
		assertEquals("Sent your versions to origin.\n", CliRun.run(home, a, "sync").out());
		CliRun conflict = CliRun.run(home, b, "sync", "--author", "Ben <ben@example.org>");
		assertEquals(1, conflict.exitCode(), conflict.toString());
		assertTrue(conflict.out().contains("mine:   Listen fully") && conflict.out().contains("theirs: Listen first"), conflict.out());
		String id = CliRun.run(home, b, "show", "Listen fully", "--json").out().replaceAll("(?s).*\"id\": \"([^\"]+)\".*", "$1");
		CliRun resolve = CliRun.run(home, b, "resolve", id.substring(0, 8), "title", "--value", "Listen first, fully");
		assertEquals(0, resolve.exitCode(), resolve.toString());
		assertEquals("No conflicts.\n", CliRun.run(home, b, "conflicts").out());
		assertEquals(0, CliRun.run(home, b, "commit", "-m", "Merge", "--author", "Ben <ben@example.org>").exitCode());
		assertEquals("Sent your versions to origin.\n", CliRun.run(home, b, "sync").out());
		assertEquals("Took the new versions from origin.\n", CliRun.run(home, a, "sync").out());
		assertEquals(0, CliRun.run(home, a, "show", "Listen first, fully").exitCode());
	}

	@Test
	void badInputIsExplained() {
		CliRun noVersions = parley("diff");
		assertEquals(1, noVersions.exitCode());
		assertTrue(noVersions.err().contains("no saved version"), noVersions.err());
		assertEquals(2, parley("commit").exitCode(), "a message is required");
		CliRun author = parley("commit", "-m", "x", "--author", "just a name");
		assertEquals(2, author.exitCode());
		assertTrue(author.err().contains("Name <email>"), author.err());
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "A <a@b.c>").exitCode());
		CliRun unknown = parley("diff", "v9");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("There is no version 'v9'"), unknown.err());
		assertEquals(2, parley("release", "bad name!", "-m", "x").exitCode());
	}
}
