package parley.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import parley.core.edit.EditingSession;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.testsupport.Command;
import parley.testsupport.Git;
import parley.vcs.PlaybookRepository;

/**
 * The remote's faults, for sync: a remote that cannot be reached, a remote that moves between fetch and push
 * (so it rejects the push), and a second process pushing to the remote all the while. Local versions are never
 * lost, the message says what happened and what to do, and the next sync brings everything together.
 */
class TestRemoteFaults extends MatrixBase {

	@Test
	@DisplayName("sync × remote unreachable (missing folder, refused connection)")
	void unreachable() throws Exception {
		Trials trials = new Trials("sync × remote unreachable");
		List<String> seen = new ArrayList<>();
		Path origin = Fixture.playbook(fresh("origin"));
		Path bare = Git.bareRemote(origin, fresh("shared.git"));
		Path mine = Fixture.cloneOf(bare, fresh("mine"));
		while (trials.next()) {
			String where = trials.where();
			String version = Fixture.version(mine, "all", "offline " + trials.trial());
			String address;
			try (ServerSocket closed = new ServerSocket(0)) {
				address = trials.trial() % 2 == 1 ? tmp.resolve("no-such-remote.git").toString()
						: "git://127.0.0.1:" + closed.getLocalPort() + "/shared.git";
			} // closed now: nothing listens on that port
			Git.git(mine, "remote", "set-url", "origin", address);
			Cli sync = parley(mine, "sync", "--author", FaultChild.AUTHOR);
			assertEquals(1, sync.exitCode(), where + ": sync with an unreachable remote:\n" + sync);
			Checks.userMessage(sync.err(), where, "refused", "not found", "does not exist", "not a git", "no such",
					"cannot be reached", "could not connect", "cannot connect");
			seen.add(sync.err().lines().findFirst().orElse("").replace(tmp.toString(), "TMP"));
			assertEquals(version, Fixture.head(mine, "HEAD"), where + ": a failed sync moved the local version");
			Checks.loadsAndValidates(mine, home, where);
			Checks.fsckClean(mine, where);
			Checks.noGitLocks(mine.resolve(".git"), where);
			Git.git(mine, "remote", "set-url", "origin", bare.toString());
			Cli again = parley(mine, "sync", "--author", FaultChild.AUTHOR);
			assertEquals(0, again.exitCode(), where + ": sync fails once the remote is back:\n" + again);
			Checks.reachable(bare, "refs/heads/main", List.of(version), where);
		}
		trials.report("messages: " + seen);
	}

	@Test
	@DisplayName("sync × remote rejects the push (it moved between fetch and push)")
	void pushRejectedByRace() throws Exception {
		Trials trials = new Trials("sync × push rejected (race)");
		List<String> seen = new ArrayList<>();
		Path origin = Fixture.playbook(fresh("origin"));
		Path bare = Git.bareRemote(origin, fresh("shared.git"));
		Path mine = Fixture.cloneOf(bare, fresh("mine"));
		Path theirs = Fixture.cloneOf(bare, fresh("theirs"));
		List<String> interloping = new ArrayList<>();
		// the other author: a version made beforehand, pushed by a separate git process at the worst moment
		Runnable push = () -> {
			Command.Result r = Git.result(theirs, "push", "-q", "origin", "main");
			if (r.code() != 0) {
				throw new IllegalStateException("the interloping push failed: " + r.out());
			}
		};
		try (RacingRemote race = new RacingRemote(push)) {
			Git.git(mine, "remote", "set-url", "origin", RacingRemote.address(bare));
			while (trials.next()) {
				String where = trials.where();
				assertEquals(0, parley(theirs, "sync").exitCode());
				if (trials.trial() % 2 == 0) {
					// the remote moved before this sync too: it merges, then finds the remote moved again
					Fixture.version(theirs, "phrases", "theirs early " + trials.trial());
					assertEquals(0, parley(theirs, "sync").exitCode());
				}
				String version = Fixture.version(mine, "techniques", "mine " + trials.trial());
				interloping.add(Fixture.version(theirs, "phrases", "theirs " + trials.trial()));
				race.arm();
				Cli sync = parley(mine, "sync", "--author", FaultChild.AUTHOR);
				assertEquals(trials.trial(), race.interruptions(), where + ": the push did not race:\n" + sync);
				assertEquals(1, sync.exitCode(), where + ": the push onto a remote that moved was not rejected:\n" + sync);
				Checks.userMessage(sync.err(), where, "new versions", "moved", "changed", "rejected");
				assertTrue(sync.err().contains("parley sync"), where + ": the message does not say to sync again:\n" + sync.err());
				seen.add(sync.err().lines().findFirst().orElse(""));
				Checks.reachable(mine, "HEAD", List.of(version), where + ": the local version after the rejected push");
				Checks.loadsAndValidates(mine, home, where);
				Checks.fsckClean(mine, where);
				Checks.fsckClean(bare, where + " (remote)");
				Checks.noGitLocks(mine.resolve(".git"), where);
				Checks.noGitLocks(bare, where + " (remote)");
				Cli again = parley(mine, "sync", "--author", FaultChild.AUTHOR);
				assertEquals(0, again.exitCode(), where + ": the sync after the rejected push fails:\n" + again);
				Checks.reachable(bare, "refs/heads/main", List.of(version), where);
				Checks.reachable(bare, "refs/heads/main", interloping, where);
				assertEquals(0, parley(theirs, "sync").exitCode());
			}
		}
		trials.report(seen.size() + " pushes rejected after the remote moved, every message asked for another sync,"
				+ " and the next sync kept both sides' versions: " + new java.util.TreeSet<>(seen));
	}

	@Test
	@DisplayName("sync × remote changed during sync (a second process pushing all the while)")
	void remoteChangedDuringSync() throws Exception {
		Trials trials = new Trials("sync × remote changed during sync");
		java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
		int refused = 0;
		while (trials.next()) {
			String where = trials.where();
			Path origin = Fixture.playbook(fresh("origin"));
			Path bare = Git.bareRemote(origin, fresh("shared.git"));
			Path mine = Fixture.cloneOf(bare, fresh("mine"));
			Path theirs = Fixture.cloneOf(bare, fresh("theirs"));
			Path stop = fresh("stop");
			List<String> versions = new ArrayList<>();
			String lastA;
			String lastB;
			try (Child a = Child.start("sync", mine, home, "label=a", "entries=techniques", "stop=" + stop);
					Child b = Child.start("sync", theirs, home, "label=b", "entries=phrases", "stop=" + stop)) {
				together(stop, a, "synced ", b, "synced ", 4);
				for (Child c : List.of(a, b)) {
					versions.addAll(second(c, "committed", 1));
					for (String message : c.failures()) {
						Checks.userMessage(message, where);
						refused++;
					}
					second(c, "synced", 1).forEach(o -> outcomes.merge(o, 1, Integer::sum));
				}
				lastA = "a " + second(a, "committed", 0).get(second(a, "committed", 0).size() - 1);
				lastB = "b " + second(b, "committed", 0).get(second(b, "committed", 0).size() - 1);
			}
			for (Path clone : List.of(mine, theirs, mine)) {
				Cli sync = parley(clone, "sync", "--author", FaultChild.AUTHOR);
				assertEquals(0, sync.exitCode(), where + ": the final sync fails:\n" + sync);
			}
			Checks.reachable(bare, "refs/heads/main", versions, where);
			Checks.fsckClean(bare, where + " (remote)");
			Checks.noGitLocks(bare, where + " (remote)");
			try (PlaybookRepository repo = PlaybookRepository.open(mine)) {
				var merged = repo.load("refs/remotes/origin/main").playbook();
				assertEquals(lastA, Checks.generation(merged, "techniques", where), where + ": the first process's last change");
				assertEquals(lastB, Checks.generation(merged, "phrases", where), where + ": the second process's last change");
			}
			assertEquals(Fixture.head(mine, "HEAD"), Fixture.head(theirs, "HEAD"), where);
			Checks.loadsAndValidates(theirs, home, where);
		}
		trials.report("outcomes " + outcomes + ", " + refused + " sync(s) refused with a message; every version of both"
				+ " processes and both last changes are on the remote");
	}

	@Test
	@DisplayName("sync × merge keeps files that are not the model (synonyms.txt)")
	void syncKeepsSynonyms() throws Exception {
		Path origin = Fixture.playbook(fresh("origin"));
		Path bare = Git.bareRemote(origin, fresh("shared.git"));
		Path mine = Fixture.cloneOf(bare, fresh("mine"));
		Path theirs = Fixture.cloneOf(bare, fresh("theirs"));
		Files.writeString(theirs.resolve("synonyms.txt"), "yelling, shouting, screaming\n");
		Fixture.version(theirs, "phrases", "theirs");
		assertEquals(0, parley(theirs, "sync").exitCode());
		Fixture.version(mine, "techniques", "mine");
		Cli sync = parley(mine, "sync", "--author", FaultChild.AUTHOR);
		assertEquals(0, sync.exitCode(), sync.toString());
		assertTrue(Files.exists(mine.resolve("synonyms.txt")), "the merge dropped synonyms.txt from the folder");
		assertTrue(Checks.tree(bare, "refs/heads/main").containsKey("synonyms.txt"), "the merge version dropped synonyms.txt");
	}

	@Test
	@DisplayName("sync × two authors edit different fields of one entry (modified stamps)")
	void differentFieldsOfOneEntryMerge() throws Exception {
		Path origin = Fixture.playbook(fresh("origin"));
		Path bare = Git.bareRemote(origin, fresh("shared.git"));
		Path mine = Fixture.cloneOf(bare, fresh("mine"));
		Path theirs = Fixture.cloneOf(bare, fresh("theirs"));
		editInWorkbench(theirs, Instant.parse("2026-03-01T10:00:00Z"), PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Theirs.");
		assertEquals(0, parley(theirs, "commit", "-m", "Theirs", "--author", FaultChild.AUTHOR).exitCode());
		assertEquals(0, parley(theirs, "sync").exitCode());
		editInWorkbench(mine, Instant.parse("2026-03-01T11:00:00Z"), PlaybookPackage.Literals.TECHNIQUE__RATIONALE, "Mine.");
		assertEquals(0, parley(mine, "commit", "-m", "Mine", "--author", FaultChild.AUTHOR).exitCode());
		Cli sync = parley(mine, "sync", "--author", FaultChild.AUTHOR);
		assertEquals(0, sync.exitCode(), "different fields of one entry must merge without a conflict:\n" + sync);
	}

	/** Edits the first technique as the workbench does (the entry is stamped modified at {@code when}). */
	private static void editInWorkbench(Path pb, Instant when, org.eclipse.emf.ecore.EStructuralFeature field, String value)
			throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		EditingSession session = new EditingSession(open, Clock.fixed(when, ZoneOffset.UTC));
		Technique first = open.playbook().getTechniques().get(0);
		session.set(first, field, value);
		session.save();
	}
}
