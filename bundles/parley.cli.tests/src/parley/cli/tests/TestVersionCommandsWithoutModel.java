package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import parley.cli.ParleyCli;
import parley.core.store.LocalState;

/**
 * {@code history}, {@code diff} and {@code sync} read git without loading the playbook (issue 12):
 * {@code PARLEY_TRACE=model} traces every load on stderr, and these commands print none. A save that was
 * interrupted is still completed before git reads the folder. {@code commit} loads the playbook, because a
 * playbook that does not load is never saved as a version ({@code TestDamagedPlaybooks}).
 */
class TestVersionCommandsWithoutModel extends StarterCliTest {

	private static final String LOADING = "parley: trace: loading the playbook";
	private static final String AUTHOR = "Ana <ana@example.org>";

	private CliRun traced(Path dir, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new ParleyCli(new PrintWriter(out), new PrintWriter(err),
				Map.of("PARLEY_HOME", home.toString(), "PARLEY_TRACE", "model"), dir).run(args);
		return new CliRun(code, out.toString(), err.toString());
	}

	private static Path shardWith(Path playbook, String title) throws Exception {
		try (var files = Files.list(playbook.resolve("techniques"))) {
			return files.filter(f -> {
				try {
					return Files.readString(f).contains("title=\"" + title + "\"");
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).findFirst().orElseThrow();
		}
	}

	private static void rename(Path playbook, String from, String to) throws Exception {
		Path shard = shardWith(playbook, from);
		Files.writeString(shard, Files.readString(shard).replace("title=\"" + from + "\"", "title=\"" + to + "\""));
	}

	@Test
	void historyDiffAndSyncDoNotLoadThePlaybookButCommitDoes() throws Exception {
		CliRun first = traced(pb, "commit", "-m", "Starter", "--author", AUTHOR);
		assertEquals(0, first.exitCode(), first.toString());
		assertTrue(first.err().contains(LOADING), "commit checks that the playbook loads: " + first);
		rename(pb, "Active listening", "Listen actively");
		assertEquals(0, traced(pb, "commit", "-m", "Rename a technique", "--author", AUTHOR).exitCode());

		CliRun history = traced(pb, "history");
		assertEquals(0, history.exitCode(), history.toString());
		assertTrue(history.out().contains("Rename a technique") && history.out().contains("Starter"), history.out());
		assertFalse(history.err().contains(LOADING), "history reads git alone: " + history);

		CliRun between = traced(pb, "diff", "HEAD~1", "HEAD");
		assertEquals(0, between.exitCode(), between.toString());
		assertEquals("Changed technique 'Listen actively':\n  - title: 'Active listening' → 'Listen actively'\n",
				between.out());
		assertFalse(between.err().contains(LOADING), "a diff of two versions reads git alone: " + between);

		rename(pb, "Listen actively", "Listen first");
		CliRun now = traced(pb, "diff");
		assertEquals(0, now.exitCode(), now.toString());
		assertEquals("Changed technique 'Listen first':\n  - title: 'Listen actively' → 'Listen first'\n", now.out());
		assertFalse(now.err().contains(LOADING), "a diff with the folder parses only the changed files: " + now);
		rename(pb, "Listen first", "Listen actively");

		CliRun entry = traced(pb, "history", "Listen actively");
		assertEquals(0, entry.exitCode(), entry.toString());
		assertTrue(entry.err().contains(LOADING), "an entry named by its title is found in the model: " + entry);

		Path bare = tmp.resolve("shared.git");
		Process p = new ProcessBuilder("git", "clone", "--bare", "-q", pb.toString(), bare.toString())
				.redirectErrorStream(true).start();
		assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
		Path a = tmp.resolve("a");
		Path b = tmp.resolve("b");
		assertEquals(0, CliRun.run(home, tmp, "clone", bare.toString(), a.toString()).exitCode());
		assertEquals(0, CliRun.run(home, tmp, "clone", bare.toString(), b.toString()).exitCode());

		CliRun upToDate = traced(a, "sync");
		assertEquals(0, upToDate.exitCode(), upToDate.toString());
		assertEquals("Already in step with origin.\n", upToDate.out());
		assertFalse(upToDate.err().contains(LOADING), "a sync that changes nothing reads git alone: " + upToDate);

		rename(a, "Listen actively", "Listen closely");
		assertEquals(0, traced(a, "commit", "-m", "Closer", "--author", AUTHOR).exitCode());
		CliRun sent = traced(a, "sync");
		assertEquals("Sent your versions to origin.\n", sent.out(), sent.toString());
		assertFalse(sent.err().contains(LOADING), sent.toString());

		CliRun taken = traced(b, "sync");
		assertEquals("Took the new versions from origin.\n", taken.out(), taken.toString());
		assertFalse(taken.err().contains(LOADING), "a fast-forward reads git alone: " + taken);
		assertEquals(0, traced(b, "show", "Listen closely").exitCode());
	}

	@Test
	void aBrokenFileIsNamedByDiffWhileHistoryStillReadsGit() throws Exception {
		assertEquals(0, traced(pb, "commit", "-m", "Starter", "--author", AUTHOR).exitCode());
		Path shard = shardWith(pb, "Active listening");
		Files.writeString(shard, "<not xmi");
		String name = pb.relativize(shard).toString().replace('\\', '/');

		CliRun history = traced(pb, "history");
		assertEquals(0, history.exitCode(), history.toString());
		assertTrue(history.out().contains("Starter"), history.out());

		CliRun diff = traced(pb, "diff"); // the broken file changed, so the diff parses it
		assertEquals(1, diff.exitCode(), diff.toString());
		assertTrue(diff.err().startsWith("parley: ") && diff.err().contains(name), diff.err());

		CliRun sync = traced(pb, "sync"); // a changed file is a change no version holds: refused before any fetch
		assertEquals(1, sync.exitCode(), sync.toString());
		assertTrue(sync.err().contains("not saved as a version"), sync.err());
	}

	@Test
	void anInterruptedSaveIsCompletedBeforeGitReadsTheFolder() throws Exception {
		assertEquals(0, traced(pb, "commit", "-m", "Starter", "--author", AUTHOR).exitCode());
		// A save that reached its commit point and was killed before it renamed its files over the shard's.
		Path shard = shardWith(pb, "Active listening");
		Path journal = LocalState.file(pb, LocalState.JOURNAL);
		Files.createDirectories(journal);
		Files.writeString(journal.resolve("0.tmp"),
				Files.readString(shard).replace("title=\"Active listening\"", "title=\"Listen actively\""));
		Files.writeString(journal.resolve("commit"), "0.tmp\t" + pb.relativize(shard).toString().replace('\\', '/') + "\n");

		CliRun diff = traced(pb, "diff");
		assertEquals(0, diff.exitCode(), diff.toString());
		assertEquals("Changed technique 'Listen actively':\n  - title: 'Active listening' → 'Listen actively'\n",
				diff.out(), "the save was completed first");
		assertFalse(diff.err().contains(LOADING), diff.toString());
		assertFalse(Files.exists(journal.resolve("commit")), "the journal was replayed");
	}
}
