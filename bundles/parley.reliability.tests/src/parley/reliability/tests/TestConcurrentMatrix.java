package parley.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import parley.core.edit.EditingSession;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.model.playbook.Technique;
import parley.testsupport.Git;
import parley.vcs.PlaybookRepository;

/**
 * Column "second process" of the fault matrix: two Parley processes (each a child JVM running the command line)
 * do the same or a conflicting operation on one playbook at once, several times over, until each has done its
 * share while the other was running. A command that cannot proceed must fail saying why and what to do; nothing
 * either process reported done may be lost; afterwards the playbook loads, git is intact, no lock is left.
 */
class TestConcurrentMatrix extends MatrixBase {

	/** Operations each process finishes while the other runs. */
	private static final int ROUNDS = 3;

	private static Map<String, Integer> tally(List<String> messages) {
		Map<String, Integer> kinds = new TreeMap<>();
		for (String m : messages) {
			String first = m.lines().filter(l -> !l.startsWith("export:")).findFirst().orElse("").replaceAll("[0-9a-f]{8,}|/[^ ]+", "…");
			kinds.merge(first.length() > 90 ? first.substring(0, 90) + "…" : first, 1, Integer::sum);
		}
		return kinds;
	}

	private static void messagesAreClear(Child child, String where) {
		for (String message : child.failures()) {
			Checks.userMessage(message, where);
		}
	}

	@Test
	@DisplayName("save × save (two processes, different entries)")
	void saveAndSave() throws Exception {
		Trials trials = new Trials("save × save");
		Path pb = Fixture.playbook(fresh("pb"));
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			String a = "a" + trials.trial();
			String b = "b" + trials.trial();
			try (Child one = Child.start("save", pb, home, "label=" + a, "entries=techniques", "reopen=true", "stop=" + stop);
					Child two = Child.start("save", pb, home, "label=" + b, "entries=phrases", "reopen=true", "stop=" + stop)) {
				together(stop, one, "saved ", two, "saved ", ROUNDS);
				Playbook p = Checks.loadsAndValidates(pb, home, where).playbook();
				assertEquals(a + " " + one.reports("saved").size(), Checks.generation(p, "techniques", where),
						where + ": the last save of the first process was lost");
				assertEquals(b + " " + two.reports("saved").size(), Checks.generation(p, "phrases", where),
						where + ": the last save of the second process was lost");
			}
			Checks.searchHeals(pb, home, Checks.generation(open(pb).playbook(), "techniques", where), where);
		}
		trials.report("both processes' last saves are on disk, whole");
	}

	@Test
	@DisplayName("save × save (two processes, two entries of one file) (defect F2)")
	void saveAndSaveSameFile() throws Exception {
		Trials trials = new Trials("save × save, same file");
		Path pb = Fixture.playbook(fresh("pb"));
		String[] pair = sameShard(new XmiPlaybookStore().open(pb).playbook());
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			String a = "a" + trials.trial();
			String b = "b" + trials.trial();
			try (Child one = Child.start("save", pb, home, "label=" + a, "entry=" + pair[0], "reopen=true", "stop=" + stop);
					Child two = Child.start("save", pb, home, "label=" + b, "entry=" + pair[1], "reopen=true", "stop=" + stop)) {
				together(stop, one, "saved ", two, "saved ", ROUNDS);
				Playbook p = Checks.loadsAndValidates(pb, home, where).playbook();
				assertEquals(a + " " + one.reports("saved").size(), summary(p, pair[0]),
						where + ": the first process's last save was overwritten by the other process");
				assertEquals(b + " " + two.reports("saved").size(), summary(p, pair[1]),
						where + ": the second process's last save was overwritten by the other process");
			}
		}
		trials.report("both processes' last saves are on disk");
	}

	@Test
	@DisplayName("workbench save × restore entry (the editing session saves while 'parley restore' changes an entry of the same file)")
	void workbenchSaveAndRestoreEntry() throws Exception {
		Trials trials = new Trials("workbench save × restore entry");
		Path pb = Fixture.playbook(fresh("pb"));
		String v1 = Fixture.version(pb, "techniques", "v1");
		Fixture.version(pb, "techniques", "v2");
		String[] pair = sameShard(open(pb).playbook()); // [0] restored by the command line, [1] edited in the workbench
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			// The workbench's editing model (headless here): edits go through its command stack, Ctrl+S is save().
			EditingSession session = new EditingSession(open(pb));
			Technique edited = session.playbook().playbook().getTechniques().stream()
					.filter(t -> t.getId().equals(pair[1])).findFirst().orElseThrow();
			String label = "w" + trials.trial() + " ";
			int saves = 0;
			List<String[]> restored;
			// Every restore brings back v1, while the workbench still holds the entry as v2 (as it was opened).
			try (Child restorer = Child.start("restore-entry", pb, home, "entry=" + pair[0], "versions=" + v1,
					"stop=" + stop)) {
				long deadline = System.nanoTime() + Child.PATIENCE.toNanos();
				while (restorer.reports("restored").size() + restorer.reports("failed").size() < ROUNDS && restorer.isAlive()
						&& System.nanoTime() < deadline) {
					saves++;
					session.set(edited, edited.eClass().getEStructuralFeature("summary"), label + saves);
					session.save();
				}
				Files.createFile(stop);
				restorer.awaitExit(Child.PATIENCE);
				messagesAreClear(restorer, where);
				restored = restorer.reports("restored");
			}
			// and one more save after the last restore
			saves++;
			session.set(edited, edited.eClass().getEStructuralFeature("summary"), label + saves);
			session.save();
			assertTrue(!restored.isEmpty(), where + ": no restore finished while the workbench saved");
			Playbook p = Checks.loadsAndValidates(pb, home, where).playbook();
			assertEquals(label + saves, summary(p, pair[1]), where + ": the workbench's last save was lost");
			assertEquals("v1", summary(p, pair[0]), where + ": the restore the command line reported was undone by a"
					+ " workbench save of another entry of the same file");
		}
		trials.report("the workbench's last save and the last restore are both on disk");
	}

	@Test
	@DisplayName("commit × commit")
	void commitAndCommit() throws Exception {
		Trials trials = new Trials("commit × commit");
		Map<String, Integer> refused = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			String a = "a" + trials.trial();
			String b = "b" + trials.trial();
			List<String> versions = new ArrayList<>();
			try (Child one = Child.start("commit", pb, home, "label=" + a, "entries=techniques", "stop=" + stop);
					Child two = Child.start("commit", pb, home, "label=" + b, "entries=phrases", "stop=" + stop)) {
				together(stop, one, "committ", two, "committ", ROUNDS);
				for (Child c : List.of(one, two)) {
					versions.addAll(second(c, "committed", 1));
					messagesAreClear(c, where);
					tally(c.failures()).forEach((k, v) -> refused.merge(k, v, Integer::sum));
				}
				Checks.noGitLocks(pb.resolve(".git"), where);
				Checks.fsckClean(pb, where);
				Checks.reachable(pb, "refs/heads/main", versions, where);
				Cli last = parley(pb, "commit", "-m", "Whatever is left", "--author", FaultChild.AUTHOR);
				assertEquals(0, last.exitCode(), where + ": commit after both fails:\n" + last);
				Playbook p = new XmiPlaybookStore().open(pb).playbook();
				assertEquals(a + " " + one.reports("saved").size(), Checks.generation(p, "techniques", where));
				assertEquals(b + " " + two.reports("saved").size(), Checks.generation(p, "phrases", where));
				assertEquals(Checks.tree(pb, "HEAD"), Checks.workingTree(pb), where + ": saved changes are missing from the last version");
			}
		}
		trials.report("every version either process reported is in the history, the last one holds both; refusals: " + refused);
	}

	@Test
	@DisplayName("commit × save in progress (a version never holds half a save) (defect F1)")
	void commitWhileSaving() throws Exception {
		Trials trials = new Trials("commit × save");
		int versions = 0;
		Path pb = Fixture.playbook(fresh("pb"));
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			try (Child saver = Child.start("save", pb, home, "label=s" + trials.trial(), "entries=all", "stop=" + stop);
					Child committer = Child.start("commit-only", pb, home, "stop=" + stop)) {
				together(stop, saver, "saved ", committer, "committed ", ROUNDS);
				messagesAreClear(committer, where);
				try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
					for (String id : second(committer, "committed", 1)) {
						versions++;
						Checks.generation(repo.load(id).playbook(), "all", where + ": version " + id);
					}
				}
				Checks.fsckClean(pb, where);
				Checks.noGitLocks(pb.resolve(".git"), where);
			}
		}
		trials.report(versions + " versions made during saves, each holds one whole save");
	}

	@Test
	@DisplayName("release × release (the same names)")
	void releaseAndRelease() throws Exception {
		Trials trials = new Trials("release × release");
		Map<String, Integer> refused = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			String prefix = "t" + trials.trial() + "-";
			String head = Fixture.version(pb, "techniques", "release " + trials.trial());
			try (Child one = Child.start("release", pb, home, "prefix=" + prefix, "stop=" + stop);
					Child two = Child.start("release", pb, home, "prefix=" + prefix, "stop=" + stop)) {
				together(stop, one, "released ", two, "released ", ROUNDS);
				for (Child c : List.of(one, two)) {
					messagesAreClear(c, where);
					tally(c.failures()).forEach((k, v) -> refused.merge(k, v, Integer::sum));
					for (String name : second(c, "released", 0)) {
						assertEquals(head, Fixture.head(pb, "refs/tags/" + name + "^{commit}"), where + ": release " + name);
					}
				}
			}
			Checks.fsckClean(pb, where);
			Checks.noGitLocks(pb.resolve(".git"), where);
			Cli next = parley(pb, "release", prefix + "after", "-m", "After", "--author", FaultChild.AUTHOR,
					"--allow-unapproved");
			assertEquals(0, next.exitCode(), where + ": release after both fails:\n" + next);
		}
		trials.report("every release either process reported exists; refusals: " + refused);
	}

	@Test
	@DisplayName("restore entry × commit")
	void restoreEntryAndCommit() throws Exception {
		Trials trials = new Trials("restore entry × commit");
		int versions = 0;
		Path pb = Fixture.playbook(fresh("pb"));
		String v1 = Fixture.version(pb, "techniques", "v1");
		String v2 = Fixture.version(pb, "techniques", "v2");
		String entry = new XmiPlaybookStore().open(pb).playbook().getTechniques().get(7).getId();
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			List<String> made;
			try (Child restorer = Child.start("restore-entry", pb, home, "entry=" + entry, "versions=" + v1 + "," + v2,
					"stop=" + stop); Child committer = Child.start("commit-only", pb, home, "stop=" + stop)) {
				together(stop, restorer, "restored ", committer, "committ", ROUNDS);
				messagesAreClear(restorer, where);
				messagesAreClear(committer, where);
				made = second(committer, "committed", 1);
			}
			try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
				for (String id : made) {
					versions++;
					for (Technique t : repo.load(id).playbook().getTechniques()) {
						assertTrue(t.getSummary().equals("v2") || t.getId().equals(entry) && t.getSummary().equals("v1"),
								where + ": version " + id + " has " + t.getTitle() + " = " + t.getSummary());
					}
				}
			}
			Checks.loadsAndValidates(pb, home, where);
			Checks.fsckClean(pb, where);
			Checks.reachable(pb, "refs/heads/main", made, where);
			Checks.noGitLocks(pb.resolve(".git"), where);
		}
		trials.report(versions + " versions made while restoring, each with the entry from one version");
	}

	@Test
	@DisplayName("restore playbook × restore playbook")
	void restorePlaybookTwice() throws Exception {
		Trials trials = new Trials("restore playbook × restore playbook");
		Map<String, Integer> refused = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		String v1 = Fixture.version(pb, "all", "v1");
		String v2 = Fixture.version(pb, "all", "v2");
		Map<String, String> one = Checks.tree(pb, v1);
		Map<String, String> two = Checks.tree(pb, v2);
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			try (Child a = Child.start("restore-playbook", pb, home, "versions=" + v1 + "," + v2, "stop=" + stop);
					Child b = Child.start("restore-playbook", pb, home, "versions=" + v2 + "," + v1, "stop=" + stop)) {
				together(stop, a, "restored ", b, "restored ", ROUNDS);
				for (Child c : List.of(a, b)) {
					messagesAreClear(c, where);
					tally(c.failures()).forEach((k, v) -> refused.merge(k, v, Integer::sum));
				}
			}
			Map<String, String> now = Checks.workingTree(pb);
			assertTrue(now.equals(one) || now.equals(two), where + ": after both restores the folder is neither version");
			Checks.noGitLocks(pb.resolve(".git"), where);
			Checks.loadsAndValidates(pb, home, where);
			assertEquals(0, parley(pb, "restore", "--from", v2, "--discard-unversioned").exitCode());
		}
		trials.report("the folder was always one whole version afterwards; refusals: " + refused);
	}

	@Test
	@DisplayName("sync × sync (two processes syncing one clone, a third pushing)")
	void syncAndSync() throws Exception {
		Trials trials = new Trials("sync × sync");
		Map<String, Integer> refused = new TreeMap<>();
		while (trials.next()) {
			String where = trials.where();
			Path origin = Fixture.playbook(fresh("origin"));
			Path bare = Git.bareRemote(origin, fresh("shared.git"));
			Path mine = Fixture.cloneOf(bare, fresh("mine"));
			Path theirs = Fixture.cloneOf(bare, fresh("theirs"));
			Path stop = fresh("stop");
			List<String> versions = new ArrayList<>();
			try (Child a = Child.start("sync", mine, home, "label=a", "entries=techniques", "stop=" + stop);
					Child b = Child.start("sync", mine, home, "label=b", "entries=phrases", "stop=" + stop);
					Child c = Child.start("sync", theirs, home, "label=c", "entries=scenarios", "stop=" + stop)) {
				together(stop, a, "synced ", b, "synced ", ROUNDS);
				c.awaitExit(Child.PATIENCE);
				for (Child child : List.of(a, b, c)) {
					versions.addAll(second(child, "committed", 1));
					messagesAreClear(child, where);
					tally(child.failures()).forEach((k, v) -> refused.merge(k, v, Integer::sum));
				}
			}
			for (Path clone : List.of(mine, theirs, mine)) {
				untilDone(clone, where, "sync", "--author", FaultChild.AUTHOR);
				Checks.noGitLocks(clone.resolve(".git"), where);
			}
			Checks.noGitLocks(bare, where + " (remote)");
			Checks.fsckClean(mine, where);
			Checks.fsckClean(bare, where + " (remote)");
			Checks.reachable(bare, "refs/heads/main", versions, where);
			Checks.loadsAndValidates(mine, home, where);
		}
		trials.report("every version of the three processes reached the remote; refusals: " + refused);
	}

	@Test
	@DisplayName("reindex × search")
	void reindexAndSearch() throws Exception {
		Trials trials = new Trials("reindex × search");
		Map<String, Integer> refused = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			try (Child indexer = Child.start("reindex", pb, home, "stop=" + stop);
					Child searcher = Child.start("search", pb, home, "stop=" + stop)) {
				together(stop, indexer, "reindexed ", searcher, "searched ", ROUNDS);
				assertEquals(List.of(), searcher.failures(), where + ": searches failed while reindexing");
				messagesAreClear(indexer, where);
				tally(indexer.failures()).forEach((k, v) -> refused.merge(k, v, Integer::sum));
			}
			Checks.searchHeals(pb, home, null, where);
		}
		trials.report("every search worked during reindexing; reindex refusals: " + refused);
	}

	@Test
	@DisplayName("reindex × reindex")
	void reindexAndReindex() throws Exception {
		Trials trials = new Trials("reindex × reindex");
		Map<String, Integer> refused = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			try (Child a = Child.start("reindex", pb, home, "stop=" + stop);
					Child b = Child.start("reindex", pb, home, "stop=" + stop)) {
				together(stop, a, "reindexed ", b, "reindexed ", ROUNDS);
				for (Child c : List.of(a, b)) {
					messagesAreClear(c, where);
					tally(c.failures()).forEach((k, v) -> refused.merge(k, v, Integer::sum));
				}
			}
			Fixture.save(pb, "all", "after " + trials.trial());
			Checks.searchHeals(pb, home, "after " + trials.trial(), where);
		}
		trials.report("the index healed; refusals: " + refused);
	}

	@Test
	@DisplayName("export × export (the same file)")
	void exportAndExport() throws Exception {
		Trials trials = new Trials("export × export");
		Map<String, Integer> refused = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		Path out = Files.createDirectories(fresh("out")).resolve("manual.pdf");
		while (trials.next()) {
			String where = trials.where();
			Path stop = fresh("stop");
			List<String> titles = new ArrayList<>();
			String card = "scenario=" + Fixture.oneCard(pb).get(3);
			try (Child a = Child.start("export", pb, home, "out=" + out, "label=A", card, "stop=" + stop);
					Child b = Child.start("export", pb, home, "out=" + out, "label=B", card, "stop=" + stop)) {
				together(stop, a, "exported ", b, "exported ", 2);
				for (Child c : List.of(a, b)) {
					messagesAreClear(c, where);
					tally(c.failures()).forEach((k, v) -> refused.merge(k, v, Integer::sum));
				}
				second(a, "exported", 0).forEach(i -> titles.add("A " + i));
				second(b, "exported", 0).forEach(i -> titles.add("B " + i));
			}
			assertTrue(!titles.isEmpty(), where + ": no export completed");
			String title = Checks.completePdf(out, where);
			assertTrue(titles.contains(title), where + ": the file is '" + title + "', not one of the exports " + titles);
			assertEquals(List.of(), Checks.partFiles(out), where + ": partial files left by exports that completed");
		}
		trials.report("the file was always one complete export that a process reported; refusals: " + refused);
	}

	/** Two techniques stored in the same file (shard), by id. */
	private static String[] sameShard(Playbook p) {
		Map<String, String> seen = new TreeMap<>();
		for (Technique t : p.getTechniques()) {
			String shard = parley.core.store.PlaybookLayout.shardName(t.getId());
			if (seen.containsKey(shard)) {
				return new String[] { seen.get(shard), t.getId() };
			}
			seen.put(shard, t.getId());
		}
		throw new AssertionError("no two techniques share a file");
	}

	private static String summary(Playbook p, String id) {
		return p.getTechniques().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow().getSummary();
	}

	static OpenPlaybook open(Path pb) throws Exception {
		return new XmiPlaybookStore().open(pb);
	}
}
