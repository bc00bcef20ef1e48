package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parley.testsupport.Git.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;
import parley.testsupport.Await;
import parley.testsupport.Folders;
import parley.testsupport.Playbooks;
import parley.testsupport.SharedPlaybook;
import parley.vcs.Author;
import parley.vcs.Conflict;
import parley.vcs.PlaybookRepository;
import parley.vcs.SyncResult;
import parley.vcs.VcsException;

/**
 * Two authors share a playbook through a bare git remote (and, once, a real git server on loopback):
 * edits to different entries, different fields of one entry, link lists, and the same field.
 */
class TestSync {

	@TempDir
	Path tmp;

	SharedPlaybook team;
	Path shared;
	Author ana = new Author("Ana", "ana@example.org");
	Author ben = new Author("Ben", "ben@example.org");

	@BeforeEach
	void shareTheStarter() throws Exception {
		team = SharedPlaybook.starter(tmp, ana);
		shared = team.remote();
		assertEquals(SyncResult.Outcome.PUSHED, team.firstSync().outcome());
	}

	private static void edit(Path pb, Consumer<Playbook> change) throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		change.accept(open.playbook());
		open.save();
	}

	private static Playbook read(Path pb) throws Exception {
		return new XmiPlaybookStore().open(pb).playbook();
	}

	@Test
	void editsOfDifferentEntriesAndFieldsAndLinksMerge() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		Playbook start = read(a);
		Technique t0 = start.getTechniques().get(0);
		Technique t1 = start.getTechniques().get(1);
		Tag tagA = start.getTags().get(0);
		Tag tagB = start.getTags().get(1);
		edit(a, p -> {
			p.getTechniques().get(0).setSummary("Ana's summary.");
			p.getTechniques().get(1).setSummary("Ana's second summary.");
			p.getPhrases().get(0).getTags().add(p.getTags().get(0));
		});
		edit(b, p -> {
			p.getPhrases().get(1).setText("Ben's wording.");
			p.getTechniques().get(1).setRationale("Ben's rationale.");
			p.getPhrases().get(0).getTags().add(p.getTags().get(1));
		});
		assertEquals(SyncResult.Outcome.PUSHED, SharedPlaybook.commitAndSync(a, "Ana's edits", ana).outcome());
		assertEquals(SyncResult.Outcome.MERGED, SharedPlaybook.commitAndSync(b, "Ben's edits", ben).outcome());
		try (PlaybookRepository repo = PlaybookRepository.open(a)) {
			assertEquals(SyncResult.Outcome.PULLED, repo.sync("origin", ana).outcome());
		}
		for (Path side : List.of(a, b)) {
			Playbook p = read(side);
			assertEquals("Ana's summary.", p.getTechniques().stream().filter(t -> t.getId().equals(t0.getId())).findFirst().orElseThrow().getSummary());
			Technique merged = p.getTechniques().stream().filter(t -> t.getId().equals(t1.getId())).findFirst().orElseThrow();
			assertEquals("Ana's second summary.", merged.getSummary(), "different fields of one entry merge");
			assertEquals("Ben's rationale.", merged.getRationale());
			assertEquals("Ben's wording.", p.getPhrases().get(1).getText());
			List<String> tags = p.getPhrases().get(0).getTags().stream().map(Tag::getId).toList();
			assertTrue(tags.contains(tagA.getId()) && tags.contains(tagB.getId()), "both added links are kept: " + tags);
		}
		String log = git(a, "log", "--format=%s|%an|%P");
		assertTrue(log.lines().anyMatch(l -> l.startsWith("Merge the shared playbook") && l.split("\\|")[2].contains(" ")),
				"a merge version with two parents: " + log);
		assertEquals(git(a, "rev-parse", "HEAD"), git(b, "rev-parse", "HEAD"));
	}

	/**
	 * A merge reads only the entries their side changed; links from those to entries nobody touched (not read,
	 * or read as stubs when in the same file) must still arrive: a new phrase's replacement (in its own file) and
	 * tag, a new link in a scenario step.
	 */
	@Test
	void theirLinksToEntriesNobodyTouchedArriveWithTheMerge() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		Playbook start = read(a);
		String replacement = start.getPhrases().get(2).getId();
		String tag = start.getTags().get(3).getId();
		String scenario = start.getScenarios().get(0).getId();
		Technique unlinked = start.getTechniques().stream()
				.filter(t -> !start.getScenarios().get(0).getSteps().get(0).getTechniques().contains(t)).findFirst().orElseThrow();
		String[] added = new String[1];
		edit(a, p -> {
			Phrase phrase = PlaybookFactory.eINSTANCE.createPhrase();
			phrase.setId(replacement.charAt(0) + phrase.getId().substring(1)); // in the replacement's file
			phrase.setTitle("Ana's new phrase");
			phrase.setText("I will stay with this until it is fixed.");
			phrase.getReplacements().add(find(p.getPhrases(), replacement));
			phrase.getTags().add(find(p.getTags(), tag));
			p.getPhrases().add(phrase);
			added[0] = phrase.getId();
			find(p.getScenarios(), scenario).getSteps().get(0).getTechniques().add(find(p.getTechniques(), unlinked.getId()));
		});
		edit(b, p -> p.getTechniques().get(0).setSummary("Ben's summary."));
		assertEquals(SyncResult.Outcome.PUSHED, SharedPlaybook.commitAndSync(a, "Ana's links", ana).outcome());
		assertEquals(SyncResult.Outcome.MERGED, SharedPlaybook.commitAndSync(b, "Ben's edit", ben).outcome());
		Playbook merged = read(b);
		Phrase arrived = find(merged.getPhrases(), added[0]);
		assertEquals(List.of(replacement), arrived.getReplacements().stream().map(Phrase::getId).toList());
		assertEquals(List.of(tag), arrived.getTags().stream().map(Tag::getId).toList());
		assertTrue(find(merged.getScenarios(), scenario).getSteps().get(0).getTechniques().stream()
				.anyMatch(t -> t.getId().equals(unlinked.getId())), "the step's new link arrived");
		assertEquals("Ben's summary.", merged.getTechniques().get(0).getSummary());
	}

	/**
	 * A merge reads only the entries their versions name as changed; a shard of theirs that is no shard at all
	 * must still be refused as damaged, not read as "they deleted those entries".
	 */
	@Test
	void aDamagedShardOfTheirsIsRefusedNotTakenAsDeletingItsEntries() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		Technique first = read(a).getTechniques().get(0);
		Path shard = a.resolve("techniques").resolve(parley.core.store.PlaybookLayout.shardName(first.getId()) + ".xmi");
		java.nio.file.Files.writeString(shard, "<not xmi");
		git(a, "-c", "user.name=Ana", "-c", "user.email=ana@example.org", "commit", "-q", "-am",
				"Damaged\n\n" + PlaybookRepository.CHANGED_TRAILER + ": " + first.getId());
		git(a, "push", "-q", "origin", "main");
		edit(b, p -> p.getTechniques().get(1).setSummary("Ben's summary."));
		assertThrows(VcsException.class, () -> SharedPlaybook.commitAndSync(b, "Ben's edit", ben));
		assertEquals(first.getTitle(), find(read(b).getTechniques(), first.getId()).getTitle(),
				"the entry is still there");
	}

	private static <T extends parley.model.playbook.Identified> T find(List<T> list, String id) {
		return list.stream().filter(e -> id.equals(e.getId())).findFirst().orElseThrow();
	}

	@Test
	void versionsMadeWithPlainGitMergeToo() throws Exception {
		// Parley's versions name the entries they change, so a merge compares only those; a version made
		// outside Parley says nothing, and the merge then compares every entry.
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		String first = read(a).getTechniques().get(0).getId();
		edit(a, p -> p.getTechniques().get(0).setSummary("Edited with a text editor and plain git."));
		git(a, "-c", "user.name=Ana", "-c", "user.email=ana@example.org", "commit", "-q", "-am", "Plain git edit");
		git(a, "push", "-q", "origin", "main");
		edit(b, p -> p.getTechniques().get(1).setSummary("Ben's summary."));
		assertEquals(SyncResult.Outcome.MERGED, SharedPlaybook.commitAndSync(b, "Ben's edit", ben).outcome());
		Playbook merged = read(b);
		assertEquals("Edited with a text editor and plain git.", merged.getTechniques().stream()
				.filter(t -> t.getId().equals(first)).findFirst().orElseThrow().getSummary());
		assertTrue(merged.getTechniques().stream().anyMatch(t -> "Ben's summary.".equals(t.getSummary())));
	}

	@Test
	void sameFieldIsAConflictResolvedByChoiceAndNothingIsLost() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		String id = read(a).getTechniques().get(2).getId();
		edit(a, p -> p.getTechniques().get(2).setSummary("Ana's version."));
		edit(b, p -> p.getTechniques().get(2).setSummary("Ben's version."));
		assertEquals(SyncResult.Outcome.PUSHED, SharedPlaybook.commitAndSync(a, "Ana", ana).outcome());
		SyncResult result = SharedPlaybook.commitAndSync(b, "Ben", ben);
		assertEquals(SyncResult.Outcome.CONFLICTS, result.outcome());
		Conflict conflict = result.conflicts().get(0);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(id, conflict.id());
		assertEquals("summary", conflict.field());
		assertEquals("Ben's version.", conflict.mine());
		assertEquals("Ana's version.", conflict.theirs());
		try (PlaybookRepository repo = PlaybookRepository.open(b)) {
			assertEquals(List.of(conflict), repo.conflicts(), "the conflict survives the process");
			assertThrows(VcsException.class, () -> repo.sync("origin", ben), "no sync until resolved");
			assertThrows(VcsException.class, () -> repo.commit("too early", ben));
			assertEquals(0, repo.resolve(id, "summary", PlaybookRepository.Choice.THEIRS, null));
			assertEquals("Ana's version.", read(b).getTechniques().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow().getSummary());
			repo.commit("Merge, taking Ana's summary", ben);
			assertEquals(SyncResult.Outcome.PUSHED, repo.sync("origin", ben).outcome());
		}
		assertTrue(git(b, "log", "-p", "--all").contains("Ben's version."), "Ben's value stays in history");
		try (PlaybookRepository repo = PlaybookRepository.open(a)) {
			assertEquals(SyncResult.Outcome.PULLED, repo.sync("origin", ana).outcome());
		}
		assertEquals(git(a, "rev-parse", "HEAD"), git(b, "rev-parse", "HEAD"));
	}

	@Test
	void aMergeInProgressCanBeGivenUpAndTriedAgain() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		edit(a, p -> p.getTechniques().get(3).setSummary("Ana."));
		edit(b, p -> p.getTechniques().get(3).setSummary("Ben."));
		SharedPlaybook.commitAndSync(a, "Ana", ana);
		assertEquals(SyncResult.Outcome.CONFLICTS, SharedPlaybook.commitAndSync(b, "Ben", ben).outcome());
		try (PlaybookRepository repo = PlaybookRepository.open(b)) {
			repo.abortMerge();
			assertEquals(List.of(), repo.conflicts());
			assertEquals("", git(b, "status", "--porcelain"), "back to the last saved version");
			assertEquals("Ben.", read(b).getTechniques().get(3).getSummary());
			assertEquals(SyncResult.Outcome.CONFLICTS, repo.sync("origin", ben).outcome(), "and sync can try again");
		}
	}

	@Test
	void aConflictCanBeResolvedWithAnEditedValue() throws Exception {
		Path a = team.cloneAs("a");
		Path b = team.cloneAs("b");
		String id = read(a).getScenarios().get(0).getId();
		edit(a, p -> p.getScenarios().get(0).setOutcome("Calmer."));
		edit(b, p -> p.getScenarios().get(0).setOutcome("Reassured."));
		SharedPlaybook.commitAndSync(a, "Ana", ana);
		assertEquals(SyncResult.Outcome.CONFLICTS, SharedPlaybook.commitAndSync(b, "Ben", ben).outcome());
		try (PlaybookRepository repo = PlaybookRepository.open(b)) {
			repo.resolve(id, "outcome", PlaybookRepository.Choice.VALUE, "Calmer and reassured.");
			repo.commit("Merge", ben);
			assertEquals(SyncResult.Outcome.PUSHED, repo.sync("origin", ben).outcome());
		}
		assertEquals("Calmer and reassured.", read(b).getScenarios().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow().getOutcome());
	}

	@Test
	void unsavedChangesAndARejectedPushAreExplained() throws Exception {
		Path a = team.cloneAs("a");
		edit(a, p -> p.getTechniques().get(0).setSummary("Unsaved."));
		try (PlaybookRepository repo = PlaybookRepository.open(a)) {
			VcsException e = assertThrows(VcsException.class, () -> repo.sync("origin", ana));
			assertTrue(e.getMessage().contains("not saved as a version"), e.getMessage());
			VcsException bad = assertThrows(VcsException.class, () -> repo.sync("nowhere", ana));
			assertTrue(bad.getMessage().contains("Sync with 'nowhere' failed") || bad.getMessage().contains("not saved"), bad.getMessage());
		}
	}

	@Test
	void syncWorksWithARealGitServerOnLoopback() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Process daemon = new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port,
				"--base-path=" + tmp, "--export-all", "--enable=receive-pack", tmp.toString()).redirectErrorStream(true).start();
		try {
			String url = "git://127.0.0.1:" + port + "/shared.git";
			Path a = tmp.resolve("net-a");
			Path b = tmp.resolve("net-b");
			Await.await(() -> {
				try {
					PlaybookRepository.cloneFrom(url, a).close();
					return true;
				} catch (VcsException notYet) {
					delete(a);
					return false;
				}
			}, Duration.ofSeconds(10), "the git daemon to serve " + url);
			PlaybookRepository.cloneFrom(url, b).close();
			edit(a, p -> p.getTechniques().get(0).setSummary("Over the wire."));
			assertEquals(SyncResult.Outcome.PUSHED, SharedPlaybook.commitAndSync(a, "Over the wire", ana).outcome());
			edit(b, p -> p.getPhrases().get(0).setText("Meanwhile."));
			assertEquals(SyncResult.Outcome.MERGED, SharedPlaybook.commitAndSync(b, "Meanwhile", ben).outcome());
			try (PlaybookRepository repo = PlaybookRepository.open(a)) {
				assertEquals(SyncResult.Outcome.PULLED, repo.sync("origin", ana).outcome());
			}
			assertEquals("Meanwhile.", read(a).getPhrases().get(0).getText());
			assertEquals("Over the wire.", read(b).getTechniques().get(0).getSummary());
		} finally {
			daemon.destroy();
			daemon.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void anAddressBecomesTheDefaultRemoteAndUnversionedChangesAreSeen() throws Exception {
		Path local = tmp.resolve("local");
		Playbooks.starterCopy(local);
		try (PlaybookRepository repo = PlaybookRepository.open(local)) {
			assertTrue(repo.hasUnversionedChanges(), "before the first version");
			repo.commit("Starter", ana);
			assertEquals(false, repo.hasUnversionedChanges());
			assertTrue(repo.remotes().isEmpty());
			assertThrows(VcsException.class, () -> repo.remoteFor("origin", "origin"), "no such remote, not an address");
			Path other = tmp.resolve("other.git");
			git(tmp, "init", "-q", "--bare", "-b", "main", other.toString());
			assertEquals("origin", repo.remoteFor(other.toString(), "origin"));
			assertEquals(java.util.Map.of("origin", other.toString()), repo.remotes());
			assertEquals("origin", repo.remoteFor("", "origin"), "blank means the default");
			assertEquals("origin", repo.remoteFor(other.toString(), "origin"), "a known address gives its name");
			assertThrows(VcsException.class, () -> repo.remoteFor(shared.toString(), "origin"), "origin is taken");
			assertEquals(SyncResult.Outcome.PUSHED, repo.sync("origin", ana).outcome());
		}
		edit(local, p -> p.getTechniques().get(0).setSummary("Changed."));
		try (PlaybookRepository repo = PlaybookRepository.open(local)) {
			assertTrue(repo.hasUnversionedChanges());
		}
	}

	private static void delete(Path dir) {
		try {
			Folders.deleteRecursively(dir);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
