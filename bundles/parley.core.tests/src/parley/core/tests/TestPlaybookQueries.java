package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.service.EntryFilter;
import parley.core.service.EntryType;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

class TestPlaybookQueries {

	@TempDir
	Path tmp;

	private Playbook playbook;
	private PlaybookQueries queries;

	@BeforeEach
	void open() throws Exception {
		playbook = Playbooks.starter(tmp.resolve("pb")).playbook();
		queries = new PlaybookQueries(playbook);
	}

	@Test
	void findsByIdPrefixTitleAndPart() {
		Technique t = playbook.getTechniques().get(3);
		assertEquals(List.of(t), queries.find(t.getId()));
		assertEquals(List.of(t), queries.find(t.getId().substring(0, 8)));
		assertEquals(List.of(t), queries.find(t.getTitle().toUpperCase()));
		assertTrue(queries.find("listen").size() > 1, "a title part can match several entries");
		assertEquals(List.of(), queries.find("no such entry anywhere"));
	}

	@Test
	void filtersByTypeTagAndStatus() {
		List<Entry> techniques = queries.list(new EntryFilter(EntryType.TECHNIQUE, null, null));
		assertEquals(playbook.getTechniques().size(), techniques.size());
		List<Entry> listening = queries.list(new EntryFilter(null, "LISTENING", null));
		assertTrue(!listening.isEmpty() && listening.stream().allMatch(
				e -> e.getTags().stream().anyMatch(tag -> tag.getName().equals("listening"))));
		List<Entry> drafts = queries.list(new EntryFilter(null, null, Status.DRAFT));
		assertTrue(drafts.stream().allMatch(e -> e.getStatus() == Status.DRAFT));
		assertEquals(Status.IN_REVIEW, EntryFilter.parseStatus("In Review"));
		assertEquals(EntryType.PHRASE, EntryType.parse("phrases"));
	}

	@Test
	void listsAreSortedByTypeThenTitle() {
		List<Entry> all = queries.list(EntryFilter.ALL);
		assertEquals(queries.entries().size(), all.size());
		assertTrue(all.get(0) instanceof Technique);
		List<String> titles = all.stream().filter(e -> e instanceof Technique).map(Entry::getTitle).toList();
		assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles);
	}
}
