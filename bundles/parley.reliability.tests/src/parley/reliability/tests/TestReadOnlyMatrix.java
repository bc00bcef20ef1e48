package parley.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.testsupport.Git;

/**
 * Column "read-only folder" of the fault matrix: the playbook folder (for an export, the output folder; for a
 * sync, the shared remote) cannot be written. The fault is the same every time, so each cell runs once. The
 * command fails saying the folder cannot be written and what to do, changes nothing, and works once the folder
 * is writable again.
 */
class TestReadOnlyMatrix extends MatrixBase {

	private static final String[] READ_ONLY = { "read-only", "permission", "denied", "not writable", "cannot write",
			"could not write" };

	/** Everything a version and the folder hold: files, branch, tags. */
	private static String state(Path pb) throws Exception {
		return Checks.workingTree(pb) + " " + Git.git(pb, "for-each-ref");
	}

	@Test
	@DisplayName("save × read-only folder")
	void save() throws Exception {
		Trials trials = new Trials("save × read-only");
		trials.next();
		Path pb = Fixture.playbook(fresh("pb"));
		Fixture.save(pb, "all", "before"); // the journal folder exists, as after any save
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		FaultChild.mark(open.playbook(), "all", "after");
		String before = state(pb);
		try (Mounts.Mount ro = Mounts.readOnly(pb)) {
			assertEquals("before", Checks.generation(new XmiPlaybookStore().open(pb).playbook(), "all", trials.where()),
					"a playbook in a read-only folder can be read");
			StoreException e = assertThrows(StoreException.class, open::save);
			Checks.userMessage(e.getMessage(), trials.where(), READ_ONLY);
			assertEquals(before, state(pb));
		}
		bounded(() -> {
			open.save();
			return null;
		}, "saving again");
		assertEquals("after", Checks.generation(Checks.loadsAndValidates(pb, home, trials.where()).playbook(), "all", trials.where()));
		trials.report("refused with a message, nothing changed; saving again once writable kept the change");
	}

	/** Runs a command on a read-only playbook, checks the refusal, then runs it again once writable. */
	private void refusedThenWorks(String cell, Path pb, String... command) throws Exception {
		Trials trials = new Trials(cell);
		trials.next();
		String where = trials.where();
		String before = state(pb);
		try (Mounts.Mount ro = Mounts.readOnly(pb)) {
			Cli read = parley(pb, "validate");
			assertEquals(0, read.exitCode(), where + ": a playbook in a read-only folder cannot even be read:\n" + read);
			Cli refused = parley(pb, command);
			assertNotEquals(0, refused.exitCode(), where + ": " + String.join(" ", command) + " succeeded in a read-only folder");
			Checks.userMessage(refused.err(), where, READ_ONLY);
			assertEquals(before, state(pb), where + ": a refused command changed the playbook");
			trials.report("refused: " + refused.err().lines().findFirst().orElse("").replace(pb.toString(), "PLAYBOOK"));
		}
		Checks.loadsAndValidates(pb, home, where);
		Cli again = parley(pb, command);
		assertEquals(0, again.exitCode(), where + ": fails once the folder is writable:\n" + again);
		Checks.fsckClean(pb, where);
		Checks.noGitLocks(pb.resolve(".git"), where);
	}

	@Test
	@DisplayName("commit × read-only folder")
	void commit() throws Exception {
		Path pb = Fixture.playbook(fresh("pb"));
		Fixture.save(pb, "techniques", "unversioned");
		refusedThenWorks("commit × read-only", pb, "commit", "-m", "x", "--author", FaultChild.AUTHOR);
	}

	@Test
	@DisplayName("release × read-only folder")
	void release() throws Exception {
		Path pb = Fixture.playbook(fresh("pb"));
		refusedThenWorks("release × read-only", pb, "release", "v1", "-m", "x", "--author", FaultChild.AUTHOR,
				"--allow-unapproved");
	}

	@Test
	@DisplayName("restore entry × read-only folder")
	void restoreEntry() throws Exception {
		Path pb = Fixture.playbook(fresh("pb"));
		String v1 = Fixture.version(pb, "techniques", "v1");
		Fixture.version(pb, "techniques", "v2");
		String entry = new XmiPlaybookStore().open(pb).playbook().getTechniques().get(2).getId();
		refusedThenWorks("restore entry × read-only", pb, "restore", entry, "--from", v1, "--discard-unversioned");
	}

	@Test
	@DisplayName("restore playbook × read-only folder")
	void restorePlaybook() throws Exception {
		Path pb = Fixture.playbook(fresh("pb"));
		String v1 = Fixture.version(pb, "all", "v1");
		Fixture.version(pb, "all", "v2");
		refusedThenWorks("restore playbook × read-only", pb, "restore", "--from", v1, "--discard-unversioned");
	}

	@Test
	@DisplayName("sync × read-only folder")
	void sync() throws Exception {
		Path origin = Fixture.playbook(fresh("origin"));
		Path bare = Git.bareRemote(origin, fresh("shared.git"));
		Path mine = Fixture.cloneOf(bare, fresh("mine"));
		Path theirs = Fixture.cloneOf(bare, fresh("theirs"));
		Fixture.version(theirs, "phrases", "theirs");
		assertEquals(0, parley(theirs, "sync").exitCode());
		refusedThenWorks("sync × read-only", mine, "sync", "--author", FaultChild.AUTHOR);
		Checks.reachable(mine, "HEAD", List.of(Fixture.head(theirs, "HEAD")), "sync × read-only");
	}

	@Test
	@DisplayName("sync × read-only remote (the remote refuses the push)")
	void syncReadOnlyRemote() throws Exception {
		Trials trials = new Trials("sync × read-only remote");
		trials.next();
		String where = trials.where();
		Path origin = Fixture.playbook(fresh("origin"));
		Path bare = Git.bareRemote(origin, fresh("shared.git"));
		Path mine = Fixture.cloneOf(bare, fresh("mine"));
		String version = Fixture.version(mine, "all", "mine");
		String remoteBefore = Fixture.head(bare, "refs/heads/main");
		try (Mounts.Mount ro = Mounts.readOnly(bare)) {
			Cli refused = parley(mine, "sync", "--author", FaultChild.AUTHOR);
			assertNotEquals(0, refused.exitCode(), where + ": sync reported success though the remote cannot be written");
			Checks.userMessage(refused.err(), where, READ_ONLY);
			assertEquals(remoteBefore, Fixture.head(bare, "refs/heads/main"));
			trials.report("refused: " + refused.err().lines().findFirst().orElse("").replace(mine.toString(), "PLAYBOOK"));
		}
		Checks.reachable(mine, "HEAD", List.of(version), where);
		Cli again = parley(mine, "sync", "--author", FaultChild.AUTHOR);
		assertEquals(0, again.exitCode(), where + ": sync fails once the remote is writable:\n" + again);
		Checks.reachable(bare, "refs/heads/main", List.of(version), where);
		Checks.fsckClean(bare, where);
		Checks.noGitLocks(bare, where);
	}

	@Test
	@DisplayName("reindex × read-only folder")
	void reindex() throws Exception {
		Path pb = Fixture.playbook(fresh("pb"));
		assertEquals(0, parley(pb, "reindex").exitCode());
		Fixture.save(pb, "all", "stale index");
		refusedThenWorks("reindex × read-only", pb, "reindex");
		Checks.searchHeals(pb, home, "stale index", "reindex × read-only");
	}

	@Test
	@DisplayName("export × read-only output folder")
	void export() throws Exception {
		Trials trials = new Trials("export × read-only");
		trials.next();
		String where = trials.where();
		Path pb = Fixture.playbook(fresh("pb"));
		Path dir = Files.createDirectories(fresh("out"));
		Path out = dir.resolve("manual.pdf");
		assertEquals(0, export(pb, out, "Old").exitCode());
		try (Mounts.Mount ro = Mounts.readOnly(dir)) {
			Cli refused = export(pb, out, "New");
			assertNotEquals(0, refused.exitCode(), where + ": export succeeded into a read-only folder");
			Checks.userMessage(refused.err(), where, READ_ONLY);
			assertEquals("Old", Checks.completePdf(out, where));
			trials.report("refused: " + refused.err().lines().filter(l -> !l.startsWith("export:")).findFirst().orElse("")
					.replace(dir.toString(), "FOLDER"));
		}
		assertEquals(0, export(pb, out, "New").exitCode());
		assertEquals("New", Checks.completePdf(out, where));
		assertEquals(List.of(), Checks.partFiles(out));
	}

	/** A quick export (one pocket card) of {@code pb} to {@code out}, titled {@code title}. */
	private Cli export(Path pb, Path out, String title) throws Exception {
		List<String> args = new java.util.ArrayList<>(List.of("export", "pdf", "--out", out.toString(), "--title", title));
		args.addAll(Fixture.oneCard(pb));
		return parley(pb, args.toArray(String[]::new));
	}
}
