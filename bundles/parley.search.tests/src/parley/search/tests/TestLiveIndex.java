package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.CuratedContent;
import parley.core.curation.CurationState;
import parley.core.edit.EditingSession;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;
import parley.search.Hit;
import parley.search.SearchException;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import parley.search.lucene.LiveIndexUpdater;
import parley.search.lucene.LuceneSearchService;
import parley.testsupport.Playbooks;

/** Model edits reach searches at once through EMF notifications and near-real-time readers. */
class TestLiveIndex {

	@TempDir
	Path tmp;

	@Test
	void editsAddsAndDeletesAreSearchableImmediately() throws Exception {
		try (Starter s = new Starter(tmp.resolve("pb")); LiveIndexUpdater live = LiveIndexUpdater.attach(s.search)) {
			Technique technique = s.playbook.playbook().getTechniques().get(0);
			technique.setSummary("Mention the narwhal to lighten the mood.");
			assertEquals(technique.getTitle(), s.titles("narwhal").get(0));

			Phrase phrase = PlaybookFactory.eINSTANCE.createPhrase();
			phrase.setTitle("Platypus greeting");
			phrase.setText("Good morning, you are speaking with the platypus desk.");
			s.playbook.playbook().getPhrases().add(phrase);
			assertEquals("Platypus greeting", s.titles("platypus").get(0));

			s.playbook.playbook().getPhrases().remove(phrase);
			assertEquals(0, s.hits("platypus").size());

			Tag tag = technique.getTags().get(0);
			tag.setName("axolotl");
			assertTrue(s.search.search(parley.search.SearchRequest.of("tag:axolotl").withLimit(100)).hits().stream()
					.anyMatch(h -> h.id().equals(technique.getId())), "renaming a tag re-indexes the entries that carry it");
		}
	}

	/**
	 * After the first rename the updater remembers who carries each tag instead of reading every entry again:
	 * links added and dropped since, and entries added since, must still be followed at the next rename.
	 */
	@Test
	void renamingATagAgainFollowsTheLinksMadeAndDroppedSinceTheFirstRename() throws Exception {
		try (Starter s = new Starter(tmp.resolve("pb")); LiveIndexUpdater live = LiveIndexUpdater.attach(s.search)) {
			Technique technique = s.playbook.playbook().getTechniques().get(0);
			Tag tag = technique.getTags().get(0);
			tag.setName("axolotl");
			assertTrue(tagged(s, "axolotl").contains(technique.getId()));

			Phrase carrier = s.playbook.playbook().getPhrases().stream().filter(p -> !p.getTags().contains(tag))
					.findFirst().orElseThrow();
			carrier.getTags().add(tag);
			technique.getTags().remove(tag);
			Phrase added = PlaybookFactory.eINSTANCE.createPhrase();
			added.setTitle("Quokka greeting");
			added.setText("Good morning from the quokka desk.");
			added.getTags().add(tag);
			s.playbook.playbook().getPhrases().add(added);
			assertEquals("Quokka greeting", s.titles("quokka").get(0));

			tag.setName("salamander");
			List<String> now = tagged(s, "salamander");
			assertTrue(now.contains(carrier.getId()), "a link made after the first rename: " + now);
			assertTrue(now.contains(added.getId()), "an entry added after the first rename: " + now);
			assertFalse(now.contains(technique.getId()), "a link dropped after the first rename: " + now);
			assertEquals(List.of(), tagged(s, "axolotl"), "nothing is left under the old name");
		}
	}

	private static List<String> tagged(Starter s, String tag) throws Exception {
		return s.search.search(parley.search.SearchRequest.of("tag:" + tag).withLimit(1000)).hits().stream()
				.map(h -> h.id()).toList();
	}

	@Test
	void editingWhileAnotherProcessHoldsTheIndexNeverFailsAndIsSearchableOnceItIsFree() throws Exception {
		Path pb = tmp.resolve("pb");
		Starter holder = new Starter(pb); // stands in for another Parley process: it holds the index's write lock
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		EditingSession session = new EditingSession(open);
		List<String> notices = new ArrayList<>();
		try (LuceneSearchService search = LuceneSearchService.open(open, notices::add);
				LiveIndexUpdater live = LiveIndexUpdater.attach(search, session)) {
			Technique technique = open.playbook().getTechniques().get(0);
			assertDoesNotThrow(() -> session.set(technique, PlaybookPackage.Literals.TECHNIQUE__SUMMARY,
					"Mention the narwhal to lighten the mood."));
			assertEquals("Mention the narwhal to lighten the mood.", technique.getSummary(), "the edit is made");
			assertTrue(session.isDirty() && session.canUndo(), "the edit is a command like any other, to save or undo");
			assertTrue(notices.stream().anyMatch(n -> n.contains("not searchable yet")), notices.toString());
			assertEquals(List.of(), titles(search, "narwhal"), "the other process's index is searched as it is");

			holder.close(); // the other process lets the index go
			Phrase phrase = open.playbook().getPhrases().get(0);
			assertDoesNotThrow(() -> session.set(phrase, PlaybookPackage.Literals.ENTRY__TITLE, "Quokka greeting"));
			assertEquals(List.of(technique.getTitle()), titles(search, "narwhal"), "the earlier edit caught up");
			assertEquals("Quokka greeting", titles(search, "quokka").get(0));
			assertTrue(notices.stream().anyMatch(n -> n.contains("up to date again")), notices.toString());

			session.save();
			search.playbookSaved();
		} finally {
			holder.close();
			session.dispose();
		}
		try (Starter again = new Starter(pb)) {
			assertEquals(List.of(), again.notices, "the index was committed as matching the saved playbook");
			assertEquals("Quokka greeting", again.titles("quokka").get(0));
		}
	}

	@Test
	void directEditsOfAReadOnlyIndexNeverThrowAndAreSearchableOnceItIsFree() throws Exception {
		Path pb = tmp.resolve("pb");
		Starter holder = new Starter(pb);
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		List<String> notices = new ArrayList<>();
		try (LuceneSearchService search = LuceneSearchService.open(open, notices::add);
				LiveIndexUpdater live = LiveIndexUpdater.attach(search)) {
			Technique technique = open.playbook().getTechniques().get(0);
			assertDoesNotThrow(() -> technique.setSummary("Mention the narwhal to lighten the mood."));
			assertEquals(List.of(), titles(search, "narwhal"));
			assertTrue(notices.stream().anyMatch(n -> n.contains("not searchable yet")), notices.toString());
			holder.close();
			assertEquals(List.of(technique.getTitle()), titles(search, "narwhal"), "caught up at the next search");
		} finally {
			holder.close();
		}
	}

	private static List<String> titles(LuceneSearchService search, String query) throws SearchException {
		return search.search(SearchRequest.of(query).withLimit(10)).hits().stream().map(Hit::title).toList();
	}

	@Test
	void anApprovedEntryEditedSinceItsApprovalIsFacetedAndFilteredAsChangedSinceApproval() throws Exception {
		Path pb = tmp.resolve("pb");
		Playbooks.starterCopy(pb);
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		EditingSession session = new EditingSession(open);
		session.setEditor("Ana Lopez <ana@example.org>");
		try (LuceneSearchService search = LuceneSearchService.open(open, n -> { });
				LiveIndexUpdater live = LiveIndexUpdater.attach(search, session)) {
			Technique technique = open.playbook().getTechniques().stream()
					.filter(t -> CurationState.of(t) == CurationState.APPROVED).findFirst().orElseThrow();
			if (CuratedContent.lastApproval(technique) == null) { // approved before approvals were recorded
				assertTrue(session.executeCommand(session.curator().approve(technique, null)));
			}
			session.set(technique, PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Mention the narwhal to lighten the mood.");
			assertEquals(CurationState.CHANGED, CurationState.of(technique));

			SearchResults narwhal = search.search(SearchRequest.of("narwhal").withFacets());
			assertEquals(Map.of("changed-since-approval", 1), narwhal.facets().get("status"));
			for (String status : List.of("changed-since-approval", "changed", "changed since approval")) {
				SearchResults filtered = search.search(SearchRequest.of("").withLimit(200)
						.withFilters(Map.of("status", List.of(status))));
				assertEquals(List.of(technique.getId()), filtered.hits().stream().map(Hit::id).toList(), status);
			}
			assertEquals(List.of(technique.getTitle()), titles(search, "status:changed"));
			assertEquals(0, search.search(SearchRequest.of("narwhal status:approved")).totalHits(),
					"an entry changed since approval is not approved as it stands");
		} finally {
			session.dispose();
		}
	}
}
