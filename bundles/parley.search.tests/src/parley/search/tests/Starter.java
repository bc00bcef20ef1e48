package parley.search.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Entry;
import parley.search.Hit;
import parley.search.SearchException;
import parley.search.SearchRequest;
import parley.search.lucene.LuceneSearchService;
import parley.testsupport.Playbooks;

/** A copy of the starter playbook with its search service, and what the service reported. */
final class Starter implements AutoCloseable {
	final Path folder;
	final OpenPlaybook playbook;
	final LuceneSearchService search;
	final List<String> notices = new ArrayList<>();

	Starter(Path folder) throws Exception {
		this.folder = folder;
		if (!java.nio.file.Files.exists(folder.resolve("playbook.xmi"))) {
			Playbooks.starterCopy(folder);
		}
		this.playbook = new XmiPlaybookStore().open(folder);
		this.search = LuceneSearchService.open(playbook, notices::add);
	}

	List<Hit> hits(String query) throws SearchException {
		return search.search(SearchRequest.of(query).withLimit(10)).hits();
	}

	List<String> titles(String query) throws SearchException {
		return hits(query).stream().map(Hit::title).toList();
	}

	Entry entry(String title) {
		List<Entry> all = new ArrayList<>();
		all.addAll(playbook.playbook().getTechniques());
		all.addAll(playbook.playbook().getPhrases());
		all.addAll(playbook.playbook().getScenarios());
		all.addAll(playbook.playbook().getSources());
		return all.stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow(() -> new AssertionError(title));
	}

	@Override
	public void close() {
		search.close();
	}
}
