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

import parley.core.store.OpenPlaybook;
import parley.model.playbook.Technique;
import parley.testsupport.Git;

/**
 * Column "SIGKILL" of the fault matrix: a child process runs one operation over and over and is killed
 * (SIGKILL, no shutdown hook runs) at a random moment inside one of them. Afterwards the playbook loads and
 * validates, git finds nothing broken, nothing the child reported done is lost, the next run is not blocked,
 * and search heals itself.
 */
class TestKillMatrix extends MatrixBase {

	@Test
	@DisplayName("save × SIGKILL")
	void save() throws Exception {
		Trials trials = new Trials("save × SIGKILL");
		Path pb = Fixture.playbook(fresh("pb"));
		Map<String, Integer> landed = new TreeMap<>();
		while (trials.next()) {
			String where = trials.where();
			String label = "k" + trials.trial();
			int saved;
			try (Child child = Child.start("save", pb, home, "label=" + label, "entries=all")) {
				landed.merge(killDuring(child, "saving ", "saved ", trials), 1, Integer::sum);
				saved = child.reports("saved").size();
			}
			OpenPlaybook open = Checks.loadsAndValidates(pb, home, where);
			String generation = Checks.generation(open.playbook(), "all", where);
			assertTrue(generation.startsWith(label + " ") && Checks.number(generation) >= saved,
					where + ": saved generation " + label + " " + saved + " was lost; the playbook holds " + generation);
			assertTrue(Checks.number(generation) <= saved + 1, where + ": a save that never began is on disk: " + generation);
			Checks.fsckClean(pb, where);
			Checks.searchHeals(pb, home, generation, where);
			bounded(() -> {
				Fixture.save(pb, "all", label + " next");
				return null;
			}, "the next save");
		}
		trials.report("kills " + landed + "; every kill left one complete save, none reported saved was lost");
	}

	@Test
	@DisplayName("commit × SIGKILL")
	void commit() throws Exception {
		Trials trials = new Trials("commit × SIGKILL");
		Map<String, Integer> landed = new TreeMap<>();
		int locks = 0;
		Path pb = Fixture.playbook(fresh("pb"));
		while (trials.next()) {
			String where = trials.where();
			String label = "k" + trials.trial();
			List<String> versions;
			int saved;
			try (Child child = Child.start("commit", pb, home, "label=" + label, "entries=techniques")) {
				landed.merge(killDuring(child, "committing ", "committed ", trials), 1, Integer::sum);
				versions = second(child, "committed", 1);
				saved = child.reports("saved").size();
				assertEquals(List.of(), child.failures(), where + ": commits failed before the kill");
			}
			OpenPlaybook open = Checks.loadsAndValidates(pb, home, where);
			String generation = Checks.generation(open.playbook(), "techniques", where);
			assertEquals(label + " " + saved, generation, where + ": the last saved generation");
			Checks.fsckClean(pb, where);
			Checks.reachable(pb, "refs/heads/main", versions, where);
			locks += Checks.gitLocks(pb.resolve(".git")).size();
			untilDone(pb, where, "commit", "-m", "After the kill", "--author", FaultChild.AUTHOR);
			Checks.noGitLocks(pb.resolve(".git"), where);
			assertEquals(Checks.tree(pb, "HEAD"), Checks.workingTree(pb), where + ": the saved change is not in the version");
			Checks.searchHeals(pb, home, generation, where);
		}
		trials.report("kills " + landed + "; no version or saved change lost, git intact; git locks left by kills: " + locks
				+ ", none blocked the next commit");
	}

	@Test
	@DisplayName("release × SIGKILL")
	void release() throws Exception {
		Trials trials = new Trials("release × SIGKILL");
		Map<String, Integer> landed = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		String head = Fixture.head(pb, "HEAD");
		while (trials.next()) {
			String where = trials.where();
			String prefix = "k" + trials.trial() + "-";
			List<String> released;
			String inFlight;
			try (Child child = Child.start("release", pb, home, "prefix=" + prefix)) {
				landed.merge(killDuring(child, "releasing ", "released ", trials), 1, Integer::sum);
				released = second(child, "released", 0);
				List<String> begun = second(child, "releasing", 0);
				inFlight = begun.get(begun.size() - 1);
				assertEquals(List.of(), child.failures(), where + ": releases failed before the kill");
			}
			Checks.loadsAndValidates(pb, home, where);
			Checks.fsckClean(pb, where);
			for (String name : released) {
				assertEquals(head, Fixture.head(pb, "refs/tags/" + name + "^{commit}"), where + ": release " + name + " was lost");
			}
			Cli again = parley(pb, "release", inFlight, "-m", "Again", "--author", FaultChild.AUTHOR,
					"--allow-unapproved");
			if (again.exitCode() != 0) {
				assertTrue(again.err().contains("already exists"), where + ": the release interrupted by the kill cannot be made"
						+ " again:\n" + again);
			}
			assertEquals(head, Fixture.head(pb, "refs/tags/" + inFlight + "^{commit}"), where + ": release " + inFlight);
			Checks.noGitLocks(pb.resolve(".git"), where);
		}
		trials.report("kills " + landed + "; every reported release kept, the interrupted one can be made, no lock left");
	}

	@Test
	@DisplayName("restore entry × SIGKILL")
	void restoreEntry() throws Exception {
		Trials trials = new Trials("restore entry × SIGKILL");
		Map<String, Integer> landed = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		String v1 = Fixture.version(pb, "techniques", "v1");
		String v2 = Fixture.version(pb, "techniques", "v2");
		String entry = new parley.core.store.XmiPlaybookStore().open(pb).playbook().getTechniques().get(3).getId();
		while (trials.next()) {
			String where = trials.where();
			try (Child child = Child.start("restore-entry", pb, home, "entry=" + entry, "versions=" + v1 + "," + v2)) {
				landed.merge(killDuring(child, "restoring ", "restored ", trials), 1, Integer::sum);
				assertEquals(List.of(), child.failures(), where + ": restores failed before the kill");
			}
			OpenPlaybook open = Checks.loadsAndValidates(pb, home, where);
			for (Technique t : open.playbook().getTechniques()) {
				if (t.getId().equals(entry)) {
					assertTrue(List.of("v1", "v2").contains(t.getSummary()), where + ": the restored entry is " + t.getSummary());
				} else {
					assertEquals("v2", t.getSummary(), where + ": restoring one entry changed another");
				}
			}
			Checks.fsckClean(pb, where);
			Checks.searchHeals(pb, home, "v2", where);
			Cli again = parley(pb, "restore", entry, "--from", v1, "--discard-unversioned");
			assertEquals(0, again.exitCode(), where + ": the restore after a killed restore fails:\n" + again);
		}
		trials.report("kills " + landed + "; the entry is always one version's, nothing else changes, next restore works");
	}

	@Test
	@DisplayName("restore playbook × SIGKILL")
	void restorePlaybook() throws Exception {
		Trials trials = new Trials("restore playbook × SIGKILL");
		Map<String, Integer> landed = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		String v1 = Fixture.version(pb, "all", "v1");
		String v2 = Fixture.version(pb, "all", "v2");
		Map<String, String> one = Checks.tree(pb, v1);
		Map<String, String> two = Checks.tree(pb, v2);
		while (trials.next()) {
			String where = trials.where();
			try (Child child = Child.start("restore-playbook", pb, home, "versions=" + v1 + "," + v2)) {
				killDuring(child, "restoring ", "restored ", trials);
			}
			// Parley completes (or discards) an interrupted restore, like a save, before anything reads the folder:
			// so the first command after the kill must find it wholly one version.
			Checks.loadsAndValidates(pb, home, where);
			Map<String, String> now = Checks.workingTree(pb);
			assertTrue(now.equals(one) || now.equals(two), where + ": the playbook folder is neither version after the kill"
					+ " and the next open: " + diff(now, one, two));
			Checks.fsckClean(pb, where);
			untilDone(pb, where, "restore", "--from", v1, "--discard-unversioned");
			assertEquals(one, Checks.workingTree(pb), where + ": the restore after the kill");
			Checks.noGitLocks(pb.resolve(".git"), where);
			Checks.searchHeals(pb, home, "v1", where);
			landed.merge(now.equals(one) ? "left v1" : "left v2", 1, Integer::sum);
		}
		trials.report("kills " + landed + "; the folder was always one whole version, the next restore worked");
	}

	@Test
	@DisplayName("sync × SIGKILL (fetch, merge, push)")
	void sync() throws Exception {
		Trials trials = new Trials("sync × SIGKILL");
		Map<String, Integer> landed = new TreeMap<>();
		Map<String, Integer> outcomes = new TreeMap<>();
		int locks = 0;
		while (trials.next()) {
			String where = trials.where();
			Path origin = Fixture.playbook(fresh("origin"));
			Path bare = Git.bareRemote(origin, fresh("shared.git"));
			Path a = Fixture.cloneOf(bare, fresh("a"));
			Path b = Fixture.cloneOf(bare, fresh("b"));
			List<String> mine;
			List<String> theirs;
			try (Child other = Child.start("sync", b, home, "label=b", "entries=phrases", "count=5");
					Child child = Child.start("sync", a, home, "label=a", "entries=techniques")) {
				landed.merge(killDuring(child, "syncing ", "synced ", trials), 1, Integer::sum);
				mine = second(child, "committed", 1);
				second(child, "synced", 1).forEach(o -> outcomes.merge(o, 1, Integer::sum));
				other.awaitExit(Child.PATIENCE);
				theirs = second(other, "committed", 1);
				for (String message : other.failures()) {
					Checks.userMessage(message, where + " (the other process)");
				}
			}
			Checks.loadsAndValidates(a, home, where);
			Checks.fsckClean(a, where);
			Checks.fsckClean(bare, where + " (remote)");
			Checks.noGitLocks(bare, where + " (remote)");
			locks += Checks.gitLocks(a.resolve(".git")).size();
			untilDone(a, where, "sync", "--author", FaultChild.AUTHOR);
			untilDone(b, where + " (the other clone)", "sync", "--author", FaultChild.AUTHOR);
			untilDone(a, where, "sync", "--author", FaultChild.AUTHOR);
			Checks.noGitLocks(a.resolve(".git"), where);
			Checks.reachable(bare, "refs/heads/main", mine, where + ": a version of the killed process");
			Checks.reachable(bare, "refs/heads/main", theirs, where + ": a version of the other process");
			Checks.loadsAndValidates(a, home, where);
			Checks.searchHeals(a, home, null, where);
		}
		trials.report("kills " + landed + "; syncs seen before the kills " + outcomes + "; every version of both processes"
				+ " reached the remote after 'parley sync'; git locks left by kills: " + locks + ", none blocked the next sync");
	}

	@Test
	@DisplayName("reindex × SIGKILL")
	void reindex() throws Exception {
		Trials trials = new Trials("reindex × SIGKILL");
		Map<String, Integer> landed = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		Fixture.save(pb, "all", "indexed 1");
		while (trials.next()) {
			String where = trials.where();
			try (Child child = Child.start("reindex", pb, home)) {
				landed.merge(killDuring(child, "reindexing ", "reindexed ", trials), 1, Integer::sum);
				assertEquals(List.of(), child.failures(), where + ": reindex failed before the kill");
			}
			Fixture.save(pb, "all", "indexed " + (trials.trial() + 1)); // the index must follow this change too
			Checks.searchHeals(pb, home, "indexed " + (trials.trial() + 1), where);
			Cli again = parley(pb, "reindex");
			assertEquals(0, again.exitCode(), where + ": reindex after a killed reindex fails:\n" + again);
		}
		trials.report("kills " + landed + "; the index healed itself every time (all entries, current text found)");
	}

	@Test
	@DisplayName("export × SIGKILL")
	void export() throws Exception {
		Trials trials = new Trials("export × SIGKILL");
		Map<String, Integer> landed = new TreeMap<>();
		Path pb = Fixture.playbook(fresh("pb"));
		Path out = Files.createDirectories(fresh("out")).resolve("manual.pdf");
		int parts = 0;
		while (trials.next()) {
			String where = trials.where();
			int exported;
			int begun;
			try (Child child = Child.start("export", pb, home, "out=" + out)) {
				landed.merge(killDuring(child, "exporting ", "exported ", trials), 1, Integer::sum);
				exported = child.reports("exported").size();
				begun = child.reports("exporting").size();
				assertEquals(List.of(), child.failures(), where + ": exports failed before the kill");
			}
			String title = Checks.completePdf(out, where);
			int number = Integer.parseInt(title.substring("Export ".length()));
			assertTrue(number >= exported && number <= begun, where + ": after export " + exported + " completed (" + begun
					+ " begun), the file is '" + title + "'");
			parts += Checks.partFiles(out).size();
			Cli again = parley(pb, "export", "pdf", "--out", out.toString(), "--title", "After the kill");
			assertEquals(0, again.exitCode(), where + ": export after a killed export fails:\n" + again);
			assertEquals("After the kill", Checks.completePdf(out, where));
			assertEquals(List.of(), Checks.partFiles(out), where + ": the partial file of the killed export is still there");
		}
		trials.report("kills " + landed + "; the PDF was always a complete one (old or new); partial files left by kills: "
				+ parts + ", each taken over by the next export");
	}

	private static String diff(Map<String, String> now, Map<String, String> one, Map<String, String> two) {
		List<String> lines = new ArrayList<>();
		for (String path : new java.util.TreeSet<>(now.keySet())) {
			String n = now.get(path);
			lines.add(path + (n.equals(one.get(path)) ? " =v1" : "") + (n.equals(two.get(path)) ? " =v2" : ""));
		}
		return String.join(", ", lines);
	}
}
