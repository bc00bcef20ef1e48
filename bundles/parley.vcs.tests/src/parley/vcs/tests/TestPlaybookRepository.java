package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parley.testsupport.Git.git;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;
import parley.vcs.Author;
import parley.vcs.EntityChange;
import parley.vcs.PlaybookRepository;
import parley.vcs.SemanticDiff;
import parley.vcs.UnversionedChangesException;
import parley.vcs.VcsException;
import parley.vcs.Version;

/** Versions, history, releases and semantic diffs on a copy of the starter, checked with the git command line. */
class TestPlaybookRepository {

	@TempDir
	Path tmp;

	Path pb;
	Author ana = new Author("Ana Trainer", "ana@example.org");
	Author ben = new Author("Ben Lead", "ben@example.org");

	@BeforeEach
	void starter() throws Exception {
		pb = tmp.resolve("pb");
		Playbooks.starterCopy(pb);
	}


	@Test
	void versionsAreGitCommitsOnMainWithAuthorAndChangedEntries() throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			Version first = repo.commit("Starter content", ana);
			assertTrue(first.entities().size() > 100, "the first version lists every entry");
			assertNull(repo.commit("Nothing new", ana), "no changes, no version");

			OpenPlaybook open = new XmiPlaybookStore().open(pb);
			Technique technique = open.playbook().getTechniques().get(0);
			technique.setSummary("A sharper summary.");
			open.save();
			Version second = repo.commit("Sharpen a summary", ben);
			assertEquals(List.of(technique.getId()), second.entities());

			assertEquals(2, repo.history().size());
			assertEquals(List.of(second.id(), first.id()), repo.history(technique.getId()).stream().map(Version::id).toList());
			assertEquals(List.of(first.id()), repo.history(open.playbook().getPhrases().get(0).getId()).stream().map(Version::id).toList());
		}
		assertEquals("main\n", git(pb, "branch", "--show-current"));
		String log = git(pb, "log", "--format=%s|%an|%ae");
		assertEquals("Sharpen a summary|Ben Lead|ben@example.org\nStarter content|Ana Trainer|ana@example.org\n", log);
		assertEquals("", git(pb, "status", "--porcelain"), "everything is committed; .parley/ is ignored");
	}

	@Test
	void semanticDiffNamesEntriesByTitleAndFieldsInPlainWords() throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			repo.commit("Starter content", ana);
			OpenPlaybook open = new XmiPlaybookStore().open(pb);
			Phrase avoid = open.playbook().getPhrases().stream().filter(p -> p.getKind() == PhraseKind.AVOID).findFirst().orElseThrow();
			Phrase extra = open.playbook().getPhrases().stream().filter(p -> p.getKind() == PhraseKind.RECOMMENDED
					&& !avoid.getReplacements().contains(p)).findFirst().orElseThrow();
			avoid.getReplacements().add(extra);
			Technique technique = open.playbook().getTechniques().get(1);
			String oldTitle = technique.getTitle();
			technique.setTitle("Renamed technique");
			Phrase added = PlaybookFactory.eINSTANCE.createPhrase();
			added.setTitle("Brand new phrase");
			added.setText("Let me check that for you.");
			open.playbook().getPhrases().add(added);
			open.save();

			List<EntityChange> changes = repo.diff("HEAD", null);
			String text = SemanticDiff.describe(changes);
			assertTrue(text.contains("Added phrase 'Brand new phrase'."), text);
			assertTrue(text.contains("Changed technique 'Renamed technique':\n  - title: '" + oldTitle + "' → 'Renamed technique'"), text);
			assertTrue(text.contains("Changed phrase '" + avoid.getTitle() + "':\n  - replacements: added '" + extra.getTitle() + "'"), text);
			assertEquals(3, changes.size(), text);

			Version v = repo.commit("Edits", ben);
			assertEquals(3, v.entities().size());
			assertEquals(changes.stream().map(EntityChange::id).sorted().toList(), v.entities().stream().sorted().toList());
			assertEquals(SemanticDiff.describe(changes), SemanticDiff.describe(repo.diff("HEAD~1", "HEAD")));
		}
	}

	/**
	 * A diff parses only the entries that differ of each changed shard; what they link to in the same shard
	 * (unchanged, so not parsed) is still named by its title, and added, removed and changed entries beside
	 * unchanged ones in one shard are all found, between versions and against the folder.
	 */
	@Test
	void semanticDiffOfPartlyParsedShardsNamesLinksIntoTheSameShard() throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			OpenPlaybook open = new XmiPlaybookStore().open(pb);
			Phrase avoid = open.playbook().getPhrases().stream().filter(p -> p.getKind() == PhraseKind.AVOID).findFirst().orElseThrow();
			String shard = PlaybookLayout.shardName(avoid.getId());
			Phrase neighbour = PlaybookFactory.eINSTANCE.createPhrase();
			neighbour.setId(shard + avoid.getId().substring(1, 8) + "-0000-4000-8000-000000000001");
			neighbour.setTitle("Neighbour in the same shard");
			neighbour.setText("I can sort that out with you now.");
			open.playbook().getPhrases().add(neighbour);
			Phrase doomed = open.playbook().getPhrases().stream()
					.filter(p -> p != avoid && p != neighbour && PlaybookLayout.shardName(p.getId()).equals(shard)
							&& open.playbook().getPhrases().stream().noneMatch(q -> q.getReplacements().contains(p)))
					.findFirst().orElse(null);
			open.save();
			repo.commit("Add a neighbour", ana);

			avoid.getReplacements().add(neighbour);
			avoid.setText(avoid.getText() + " (reworded)");
			String removed = null;
			if (doomed != null) {
				removed = doomed.getTitle();
				open.playbook().getPhrases().remove(doomed);
			}
			open.save();

			String text = SemanticDiff.describe(repo.diff("HEAD", null));
			assertTrue(text.contains("Changed phrase '" + avoid.getTitle() + "':"), text);
			assertTrue(text.contains("replacements: added 'Neighbour in the same shard'"), text);
			assertTrue(text.contains("(reworded)"), text);
			assertFalse(text.contains("(missing entry)"), text);
			if (removed != null) {
				assertTrue(text.contains("Removed phrase '" + removed + "'."), text);
			}
			assertEquals(removed != null ? 2 : 1, repo.diff("HEAD", null).size(), text);
			repo.commit("Link the neighbour", ben);
			assertEquals(text, SemanticDiff.describe(repo.diff("HEAD~1", "HEAD")));
			assertEquals(List.of(), repo.diff("HEAD", null), "nothing differs from the latest version");
		}
	}

	@Test
	void versionNameSaysWhichReleaseOrVersionTheFolderHolds() throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			assertEquals("unversioned draft", repo.versionName());
			Version first = repo.commit("Starter content", ana);
			assertEquals("version " + first.shortId(), repo.versionName());
			repo.release("v1.0", null, ana, true, LocalDate.now());
			assertEquals("v1.0", repo.versionName());
			OpenPlaybook open = new XmiPlaybookStore().open(pb);
			open.playbook().getScenarios().get(0).setOutcome("Calmer than before.");
			open.save();
			assertEquals("v1.0 with unsaved changes", repo.versionName());
			Version second = repo.commit("Outcome", ben);
			assertEquals("version " + second.shortId() + ", after v1.0", repo.versionName());
		}
	}

	@Test
	void releasesAreAnnotatedTagsWithNotesFromTheDiff() throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			repo.commit("Starter content", ana);
			String first = repo.release("v1.0", "First team release", ana, true, LocalDate.now());
			assertTrue(first.contains("First release."), first);
			OpenPlaybook open = new XmiPlaybookStore().open(pb);
			open.playbook().getScenarios().get(0).setOutcome("The customer leaves calmer than they arrived.");
			open.save();
			repo.commit("Clearer outcome", ben);
			String notes = repo.release("v1.1", "Spring update", ben, true, LocalDate.now());
			assertTrue(notes.startsWith("Spring update\n\nChanges since v1.0:"), notes);
			assertTrue(notes.contains("outcome:"), notes);
			assertEquals(List.of("v1.1"), repo.history().get(0).releases());
			VcsException again = assertThrows(VcsException.class,
					() -> repo.release("v1.1", "again", ben, true, LocalDate.now()));
			assertTrue(again.getMessage().contains("already exists"));
		}
		assertEquals("v1.0\nv1.1\n", git(pb, "tag"));
		assertTrue(git(pb, "tag", "-n20", "v1.1").contains("Changes since v1.0"));
	}

	@Test
	void restoreBringsBackAnEditedOrDeletedEntryAndTheWholePlaybook() throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			Version v1 = repo.commit("Starter content", ana);
			OpenPlaybook open = new XmiPlaybookStore().open(pb);
			parley.model.playbook.Scenario scenario = open.playbook().getScenarios().get(0);
			String scenarioId = scenario.getId();
			String oldSituation = scenario.getSituation();
			int oldSteps = scenario.getSteps().size();
			scenario.setSituation("Rewritten badly.");
			scenario.getSteps().remove(0);
			Technique technique = open.playbook().getTechniques().get(2);
			String techniqueId = technique.getId();
			String techniqueTitle = technique.getTitle();
			org.eclipse.emf.ecore.util.EcoreUtil.delete(technique, true);
			open.save();
			repo.commit("Bad edits", ben);

			assertEquals(List.of(), repo.restoreEntry(scenarioId, v1.id()));
			List<String> skipped = repo.restoreEntry(techniqueId, v1.id());
			OpenPlaybook restored = new XmiPlaybookStore().open(pb);
			parley.model.playbook.Scenario back = restored.playbook().getScenarios().stream().filter(s -> s.getId().equals(scenarioId)).findFirst().orElseThrow();
			assertEquals(oldSituation, back.getSituation());
			assertEquals(oldSteps, back.getSteps().size());
			Technique again = restored.playbook().getTechniques().stream().filter(t -> t.getId().equals(techniqueId)).findFirst().orElseThrow();
			assertEquals(techniqueTitle, again.getTitle());
			assertTrue(skipped.isEmpty(), skipped.toString());
			assertEquals(2, repo.history().size(), "restoring does not rewrite history");
			repo.commit("Restore", ana);
			// The two entries are as they were; links that other entries had to the deleted technique were
			// removed with it and are theirs to restore.
			assertTrue(repo.diff(v1.id(), "HEAD").stream().noneMatch(c -> c.id().equals(scenarioId) || c.id().equals(techniqueId)),
					SemanticDiff.describe(repo.diff(v1.id(), "HEAD")));

			// The whole playbook back to v1.
			OpenPlaybook later = new XmiPlaybookStore().open(pb);
			later.playbook().getPhrases().get(0).setText("Something else entirely.");
			later.playbook().getPhrases().add(PlaybookFactory.eINSTANCE.createPhrase());
			later.playbook().getPhrases().get(later.playbook().getPhrases().size() - 1).setTitle("Added later");
			later.playbook().getPhrases().get(later.playbook().getPhrases().size() - 1).setText("Later text.");
			later.save();
			repo.commit("Later edits", ben);
			// Saved changes that no version holds are never replaced without being asked.
			OpenPlaybook unversioned = new XmiPlaybookStore().open(pb);
			unversioned.playbook().getPhrases().get(1).setText("Saved, not yet versioned.");
			unversioned.save();
			String phraseId = unversioned.playbook().getPhrases().get(1).getId();
			UnversionedChangesException refused = assertThrows(UnversionedChangesException.class,
					() -> repo.restoreEntry(phraseId, v1.id()));
			assertEquals(phraseId, refused.unversioned().get(0).id());
			assertThrows(UnversionedChangesException.class, () -> repo.restorePlaybook(v1.id()));
			assertEquals("Saved, not yet versioned.", new XmiPlaybookStore().open(pb).playbook().getPhrases().stream()
					.filter(p -> p.getId().equals(phraseId)).findFirst().orElseThrow().getText(), "nothing was replaced");
			repo.restorePlaybook(v1.id(), true);
			assertEquals(List.of(), repo.diff(v1.id(), null), "the working playbook equals version 1");
		}
	}

	@Test
	void badInputGetsClearErrors() throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			assertTrue(assertThrows(VcsException.class, () -> repo.release("v1", "x", ana, true, LocalDate.now())).getMessage().contains("no version"));
			assertTrue(assertThrows(VcsException.class, () -> repo.commit("  ", ana)).getMessage().contains("message"));
			repo.commit("Starter content", ana);
			assertTrue(assertThrows(VcsException.class, () -> repo.diff("no-such-version", null)).getMessage()
					.contains("There is no version 'no-such-version'"));
			OpenPlaybook saved = repo.load("HEAD");
			saved.playbook().setTitle("Changed in an old version");
			assertThrows(parley.core.store.StoreException.class, saved::save, "a saved version is read-only");
		}
	}
}
