package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import parley.cli.ParleyCli;
import parley.core.store.LocalState;
import parley.testsupport.Git;
import parley.testsupport.Playbooks;

/**
 * {@code history}, {@code diff} and {@code sync} read git without loading the playbook (issue 12):
 * {@code PARLEY_TRACE=model} traces every load on stderr, and these commands print none. A save that was
 * interrupted is still completed before git reads the folder. {@code commit} parses the files git's status says
 * changed (a playbook that does not load is never saved as a version, {@code TestDamagedPlaybooks}) and no other
 * shard; in a folder that is not a repository yet it loads the playbook.
 */
class TestVersionCommandsWithoutModel extends StarterCliTest {

	private static final String LOADING = "parley: trace: loading the playbook";
	private static final String PARSING = "parley: trace: parsing only these files of the playbook in ";
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

	/** The files a traced commit parsed (besides playbook.xmi), or null when it parsed none on its own. */
	private static List<String> parsed(CliRun run) {
		return run.err().lines().filter(l -> l.startsWith(PARSING))
				.map(l -> List.of(l.substring(l.indexOf(": ", PARSING.length()) + 2).split(" "))).findFirst().orElse(null);
	}

	@Test
	void historyDiffAndSyncDoNotLoadThePlaybookAndCommitParsesOnlyWhatChanged() throws Exception {
		CliRun first = traced(pb, "commit", "-m", "Starter", "--author", AUTHOR);
		assertEquals(0, first.exitCode(), first.toString());
		assertFalse(first.err().contains(LOADING), first.toString());
		assertTrue(parsed(first).contains(pb.relativize(shardWith(pb, "Active listening")).toString().replace('\\', '/')),
				"the first version takes every file, so every file is parsed: " + first);
		rename(pb, "Active listening", "Listen actively");
		CliRun renamed = traced(pb, "commit", "-m", "Rename a technique", "--author", AUTHOR);
		assertEquals(0, renamed.exitCode(), renamed.toString());
		assertFalse(renamed.err().contains(LOADING), "commit does not load the playbook: " + renamed);
		assertEquals(List.of(pb.relativize(shardWith(pb, "Listen actively")).toString().replace('\\', '/')),
				parsed(renamed), "only the changed shard is parsed: " + renamed);

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
	void aCommitOfALargePlaybookParsesOnlyTheChangedShardAndRefusesItBroken() throws Exception {
		Path big = tmp.resolve("big");
		Playbooks.synthetic(big, 4000, 12);
		CliRun first = traced(big, "commit", "-m", "Generated", "--author", AUTHOR);
		assertEquals(0, first.exitCode(), first.toString());
		assertTrue(first.err().contains(LOADING), "a folder that is no repository yet is loaded whole: " + first);

		Path shard = big.resolve("techniques/7.xmi");
		String text = Files.readString(shard);
		int at = text.indexOf("title=\"") + "title=\"".length();
		Files.writeString(shard, text.substring(0, at) + "Renamed " + text.substring(at));
		CliRun renamed = traced(big, "commit", "-m", "Rename one", "--author", AUTHOR);
		assertEquals(0, renamed.exitCode(), renamed.toString());
		assertEquals("Saved version", renamed.out().substring(0, "Saved version".length()), renamed.toString());
		assertFalse(renamed.err().contains(LOADING), "the other shards are not parsed: " + renamed);
		assertEquals(List.of("techniques/7.xmi"), parsed(renamed), renamed.toString());

		String head = Git.git(big, "rev-parse", "HEAD");
		Files.writeString(big.resolve("phrases/3.xmi"), "<not xmi");
		CliRun broken = traced(big, "commit", "-m", "Broken", "--author", AUTHOR);
		assertEquals(1, broken.exitCode(), broken.toString());
		assertTrue(broken.err().startsWith("parley: ") && broken.err().contains("phrases/3.xmi"), broken.toString());
		assertFalse(broken.err().contains(LOADING), broken.toString());
		assertEquals(head, Git.git(big, "rev-parse", "HEAD"), "no version was saved");
	}

	@Test
	void conflictsAndRestoringAWholeVersionDoNotLoadThePlaybook() throws Exception {
		assertEquals(0, traced(pb, "commit", "-m", "Starter", "--author", AUTHOR).exitCode());
		rename(pb, "Active listening", "Listen actively");
		assertEquals(0, traced(pb, "commit", "-m", "Rename a technique", "--author", AUTHOR).exitCode());

		CliRun conflicts = traced(pb, "conflicts");
		assertEquals(0, conflicts.exitCode(), conflicts.toString());
		assertEquals("No conflicts.\n", conflicts.out());
		assertFalse(conflicts.err().contains(LOADING), "conflicts reads the merge's file alone: " + conflicts);

		CliRun whole = traced(pb, "restore", "--from", "HEAD~1");
		assertEquals(0, whole.exitCode(), whole.toString());
		assertEquals("Restored the whole playbook as it was in HEAD~1. Review with 'parley diff', save with"
				+ " 'parley commit -m ...'.\n", whole.out());
		assertFalse(whole.err().contains(LOADING), "a whole version is restored from git alone: " + whole);
		assertTrue(Files.readString(shardWith(pb, "Active listening")).contains("title=\"Active listening\""));

		CliRun entry = traced(pb, "restore", "Active listening", "--from", "HEAD", "--discard-unversioned");
		assertEquals(0, entry.exitCode(), entry.toString());
		assertTrue(entry.err().contains(LOADING), "an entry named by its title is found in the model: " + entry);
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
