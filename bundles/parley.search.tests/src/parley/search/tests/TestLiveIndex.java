package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.playbook.Phrase;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;
import parley.search.lucene.LiveIndexUpdater;

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
}
