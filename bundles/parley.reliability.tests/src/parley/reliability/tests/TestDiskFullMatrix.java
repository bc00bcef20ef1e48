package parley.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Technique;
import parley.testsupport.Git;

/**
 * Column "disk full" of the fault matrix: the playbook (or the export's folder, or the shared remote) lives on
 * a small file system that is filled up until only a random number of bytes is left, then the operation runs.
 * The first trial leaves nothing; later ones leave a random part of what the operation needed last time, so the
 * write fails at different points. The operation either succeeds or fails saying the disk is full; afterwards the
 * playbook loads, git finds nothing broken and nothing was lost; once space is freed the same command works.
 */
class TestDiskFullMatrix extends MatrixBase {

	private static final long SIZE = 64L << 20;
	private static final String[] FULL = { "space", "disk full", "quota" };

	/** One trial's free space: nothing at first, then a random part of what the operation needed last time. */
	private static long leave(Trials trials, long needed) {
		return trials.trial() == 1 || needed <= 0 ? 0 : (long) (trials.random().nextDouble() * needed);
	}

	/** Space the work takes on the file system of {@code dir}. */
	private static long used(Path dir, org.junit.jupiter.api.function.Executable work) throws Throwable {
		long before = Mounts.free(dir);
		work.execute();
		return Math.max(0, before - Mounts.free(dir));
	}

	@Test
	@DisplayName("save × disk full")
	void save() throws Throwable {
		Trials trials = new Trials("save × disk full");
		int failed = 0;
		long needed = 0;
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path pb = Fixture.playbook(disk.dir.resolve("pb"));
			Fixture.save(pb, "all", "full 0");
			while (trials.next()) {
				String where = trials.where();
				String text = "full " + trials.trial();
				OpenPlaybook open = new XmiPlaybookStore().open(pb);
				String before = Checks.generation(open.playbook(), "all", where);
				FaultChild.mark(open.playbook(), "all", text);
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				try {
					open.save();
				} catch (StoreException e) {
					failed++;
					Checks.userMessage(e.getMessage(), where, FULL);
				}
				String after = Checks.generation(Checks.loadsAndValidates(pb, home, where).playbook(), "all", where);
				assertTrue(after.equals(before) || after.equals(text), where + ": after the failed save the playbook holds " + after);
				Files.delete(filler);
				needed = used(disk.dir, () -> bounded(() -> {
					open.save(); // the same session saves again once there is room: its changes were kept
					return null;
				}, "saving again"));
				assertEquals(text, Checks.generation(Checks.loadsAndValidates(pb, home, where).playbook(), "all", where),
						where + ": the change was lost");
				Checks.searchHeals(pb, home, text, where);
			}
		}
		trials.report(failed + " save(s) failed for want of space, each with a message; the playbook was always one whole"
				+ " save, and saving again once space was freed kept the change");
	}

	@Test
	@DisplayName("commit × disk full")
	void commit() throws Throwable {
		Trials trials = new Trials("commit × disk full");
		int failed = 0;
		long needed = 0;
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path pb = Fixture.playbook(disk.dir.resolve("pb"));
			while (trials.next()) {
				String where = trials.where();
				String text = "full " + trials.trial();
				Fixture.save(pb, "techniques", text);
				String head = Fixture.head(pb, "HEAD");
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				Cli commit = parley(pb, "commit", "-m", text, "--author", FaultChild.AUTHOR);
				if (commit.exitCode() != 0) {
					failed++;
					Checks.userMessage(commit.err(), where, FULL);
					assertEquals(head, Fixture.head(pb, "HEAD"), where + ": a failed commit moved the branch");
				}
				Checks.loadsAndValidates(pb, home, where);
				Checks.fsckClean(pb, where);
				Files.delete(filler);
				needed = used(disk.dir, () -> {
					Cli again = parley(pb, "commit", "-m", text, "--author", FaultChild.AUTHOR);
					assertEquals(0, again.exitCode(), where + ": commit fails once space is free:\n" + again);
				});
				Checks.noGitLocks(pb.resolve(".git"), where);
				String version = Checks.generation(new XmiPlaybookStore().open(pb).playbook(), "techniques", where);
				assertEquals(text, version, where);
				assertEquals(Checks.tree(pb, "HEAD"), withoutUntracked(pb), where + ": the saved change is not in the version");
			}
		}
		trials.report(failed + " commit(s) failed for want of space, each with a message, the branch unmoved; git intact;"
				+ " the commit worked once space was freed");
	}

	@Test
	@DisplayName("release × disk full")
	void release() throws Throwable {
		Trials trials = new Trials("release × disk full");
		int failed = 0;
		long needed = 0;
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path pb = Fixture.playbook(disk.dir.resolve("pb"));
			while (trials.next()) {
				String where = trials.where();
				String name = "full" + trials.trial();
				Fixture.version(pb, "techniques", name);
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				Cli release = parley(pb, "release", name, "-m", "Release", "--author", FaultChild.AUTHOR,
						"--allow-unapproved");
				if (release.exitCode() != 0) {
					failed++;
					Checks.userMessage(release.err(), where, FULL);
				}
				Checks.fsckClean(pb, where);
				Files.delete(filler);
				needed = used(disk.dir, () -> {
					Cli again = parley(pb, "release", name, "-m", "Release", "--author", FaultChild.AUTHOR,
						"--allow-unapproved");
					assertTrue(again.exitCode() == 0 || release.exitCode() == 0 && again.err().contains("already exists"),
							where + ": the release cannot be made once space is free:\n" + again);
				});
				assertEquals(Fixture.head(pb, "HEAD"), Fixture.head(pb, "refs/tags/" + name + "^{commit}"), where);
				Checks.noGitLocks(pb.resolve(".git"), where);
			}
		}
		trials.report(failed + " release(s) failed for want of space, each with a message; the release worked once space"
				+ " was freed");
	}

	@Test
	@DisplayName("restore entry × disk full")
	void restoreEntry() throws Throwable {
		Trials trials = new Trials("restore entry × disk full");
		int failed = 0;
		long needed = 0;
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path pb = Fixture.playbook(disk.dir.resolve("pb"));
			String v1 = Fixture.version(pb, "techniques", "v1");
			Fixture.version(pb, "techniques", "v2");
			String entry = new XmiPlaybookStore().open(pb).playbook().getTechniques().get(5).getId();
			while (trials.next()) {
				String where = trials.where();
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				Cli restore = parley(pb, "restore", entry, "--from", v1, "--discard-unversioned");
				if (restore.exitCode() != 0) {
					failed++;
					Checks.userMessage(restore.err(), where, FULL);
				}
				for (Technique t : Checks.loadsAndValidates(pb, home, where).playbook().getTechniques()) {
					assertTrue(t.getSummary().equals("v2") || t.getId().equals(entry) && t.getSummary().equals("v1"),
							where + ": " + t.getTitle() + " reads " + t.getSummary());
				}
				Files.delete(filler);
				needed = used(disk.dir, () -> {
					Cli again = parley(pb, "restore", entry, "--from", v1, "--discard-unversioned");
					assertEquals(0, again.exitCode(), where + ": restore fails once space is free:\n" + again);
				});
				OpenPlaybook open = Checks.loadsAndValidates(pb, home, where);
				assertEquals("v1", open.playbook().getTechniques().stream().filter(t -> t.getId().equals(entry)).findFirst()
						.orElseThrow().getSummary(), where);
				parley(pb, "restore", "--from", "HEAD", "--discard-unversioned"); // back to v2 for the next trial
				Checks.searchHeals(pb, home, "v2", where);
			}
		}
		trials.report(failed + " restore(s) failed for want of space, each with a message; the entry was one version's;"
				+ " restore worked once space was freed");
	}

	@Test
	@DisplayName("restore playbook × disk full")
	void restorePlaybook() throws Throwable {
		Trials trials = new Trials("restore playbook × disk full");
		int failed = 0;
		long needed = 0;
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path pb = Fixture.playbook(disk.dir.resolve("pb"));
			String v1 = Fixture.version(pb, "all", "v1");
			String v2 = Fixture.version(pb, "all", "v2");
			Map<String, String> one = Checks.tree(pb, v1);
			Map<String, String> two = Checks.tree(pb, v2);
			while (trials.next()) {
				String where = trials.where();
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				Cli restore = parley(pb, "restore", "--from", v1, "--discard-unversioned");
				if (restore.exitCode() != 0) {
					failed++;
					Checks.userMessage(restore.err(), where, FULL);
				}
				Map<String, String> now = withoutUntracked(pb);
				assertTrue(now.equals(one) || now.equals(two), where + ": after the failed restore the folder is neither"
						+ " version (" + restore.err().strip() + ")");
				Files.delete(filler);
				needed = used(disk.dir, () -> {
					Cli again = parley(pb, "restore", "--from", v1, "--discard-unversioned");
					assertEquals(0, again.exitCode(), where + ": restore fails once space is free:\n" + again);
				});
				assertEquals(one, withoutUntracked(pb), where);
				assertEquals(0, parley(pb, "restore", "--from", v2, "--discard-unversioned").exitCode());
				Checks.noGitLocks(pb.resolve(".git"), where);
			}
		}
		trials.report(failed + " restore(s) failed for want of space; the folder was always one version");
	}

	@Test
	@DisplayName("sync × disk full (fetch and merge into a full disk)")
	void syncLocalDiskFull() throws Throwable {
		Trials trials = new Trials("sync × disk full (local)");
		int failed = 0;
		long needed = 0;
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path origin = Fixture.playbook(fresh("origin"));
			Path bare = Git.bareRemote(origin, fresh("shared.git"));
			Path mine = Fixture.cloneOf(bare, disk.dir.resolve("mine"));
			Path theirs = Fixture.cloneOf(bare, fresh("theirs"));
			while (trials.next()) {
				String where = trials.where();
				Fixture.version(theirs, "phrases", "theirs " + trials.trial());
				assertEquals(0, parley(theirs, "sync").exitCode());
				if (trials.trial() % 2 == 0) {
					Fixture.version(mine, "techniques", "mine " + trials.trial()); // both moved: a merge
				}
				String head = Fixture.head(mine, "HEAD");
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				Cli sync = parley(mine, "sync", "--author", FaultChild.AUTHOR);
				if (sync.exitCode() != 0) {
					failed++;
					Checks.userMessage(sync.err(), where, FULL);
					Checks.reachable(mine, "HEAD", List.of(head), where);
				}
				Checks.loadsAndValidates(mine, home, where);
				Checks.fsckClean(mine, where);
				Files.delete(filler);
				needed = used(disk.dir, () -> untilDone(mine, where, "sync", "--author", FaultChild.AUTHOR));
				Checks.reachable(bare, "refs/heads/main", List.of(head, Fixture.head(theirs, "HEAD")), where);
				Checks.noGitLocks(mine.resolve(".git"), where);
				assertEquals(Checks.tree(mine, "HEAD"), withoutUntracked(mine), where + ": the folder is not the version synced");
				assertEquals(0, parley(theirs, "sync").exitCode());
			}
		}
		trials.report(failed + " sync(s) failed for want of local space, each with a message; no version lost; sync worked"
				+ " once space was freed");
	}

	@Test
	@DisplayName("sync × disk full (the remote's disk is full: push refused)")
	void syncRemoteDiskFull() throws Throwable {
		Trials trials = new Trials("sync × disk full (remote)");
		int failed = 0;
		long needed = 0;
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path origin = Fixture.playbook(fresh("origin"));
			Path bare = Git.bareRemote(origin, disk.dir.resolve("shared.git"));
			Path mine = Fixture.cloneOf(bare, fresh("mine"));
			while (trials.next()) {
				String where = trials.where();
				String head = Fixture.version(mine, "all", "mine " + trials.trial());
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				Cli sync = parley(mine, "sync", "--author", FaultChild.AUTHOR);
				if (sync.exitCode() != 0) {
					failed++;
					Checks.userMessage(sync.err(), where, FULL);
				}
				Checks.fsckClean(bare, where + " (remote)");
				Checks.reachable(mine, "HEAD", List.of(head), where);
				Files.delete(filler);
				needed = used(disk.dir, () -> untilDone(mine, where, "sync", "--author", FaultChild.AUTHOR));
				Checks.reachable(bare, "refs/heads/main", List.of(head), where);
				Checks.noGitLocks(bare, where + " (remote)");
			}
		}
		trials.report(failed + " push(es) refused for want of space on the remote, each with a message; versions kept"
				+ " locally and sent once space was freed");
	}

	@Test
	@DisplayName("reindex × disk full")
	void reindex() throws Throwable {
		Trials trials = new Trials("reindex × disk full");
		int failed = 0;
		long needed = 0;
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path pb = Fixture.playbook(disk.dir.resolve("pb"));
			while (trials.next()) {
				String where = trials.where();
				String text = "indexed " + trials.trial();
				Fixture.save(pb, "all", text);
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				Cli reindex = parley(pb, "reindex");
				if (reindex.exitCode() != 0) {
					failed++;
					Checks.userMessage(reindex.err(), where, FULL);
				}
				Cli search = parley(pb, "search", "customer");
				if (search.exitCode() != 0) {
					Checks.userMessage(search.err(), where + ": search on a full disk", FULL);
				}
				Files.delete(filler);
				needed = used(disk.dir, () -> Checks.searchHeals(pb, home, text, where));
				assertEquals(0, parley(pb, "reindex").exitCode(), where);
			}
		}
		trials.report(failed + " reindex run(s) failed for want of space, each with a message; search healed once space"
				+ " was freed");
	}

	@Test
	@DisplayName("export × disk full")
	void export() throws Throwable {
		Trials trials = new Trials("export × disk full");
		int failed = 0;
		long needed = 0;
		Path pb = Fixture.playbook(fresh("pb"));
		try (Mounts.Mount disk = Mounts.small(fresh("disk"), SIZE)) {
			Path out = disk.dir.resolve("manual.pdf");
			assertEquals(0, export(pb, out, "Old").exitCode());
			while (trials.next()) {
				String where = trials.where();
				Path filler = Mounts.fill(disk.dir, leave(trials, needed));
				Cli export = export(pb, out, "New " + trials.trial());
				String title = Checks.completePdf(out, where);
				if (export.exitCode() != 0) {
					failed++;
					Checks.userMessage(export.err(), where, FULL);
					assertEquals("Old", title, where + ": a failed export replaced the old file");
				}
				assertEquals(List.of(), Checks.partFiles(out), where + ": a failed export left its partial file");
				Files.delete(filler);
				needed = used(disk.dir, () -> assertEquals(0, export(pb, out, "New " + trials.trial()).exitCode()));
				assertEquals("New " + trials.trial(), Checks.completePdf(out, where));
				assertEquals(0, export(pb, out, "Old").exitCode());
			}
		}
		trials.report(failed + " export(s) failed for want of space, each with a message; the old PDF stayed whole and no"
				+ " partial file was left");
	}

	/** A quick export (one pocket card) of {@code pb} to {@code out}, titled {@code title}. */
	private Cli export(Path pb, Path out, String title) throws Exception {
		List<String> args = new java.util.ArrayList<>(List.of("export", "pdf", "--out", out.toString(), "--title", title));
		args.addAll(Fixture.oneCard(pb));
		return parley(pb, args.toArray(String[]::new));
	}

	/** The working folder's files as git would version them (the filler and other strays left out). */
	private static Map<String, String> withoutUntracked(Path pb) throws java.io.IOException {
		Map<String, String> files = Checks.workingTree(pb);
		files.keySet().removeIf(path -> path.equals("filler"));
		return files;
	}
}
