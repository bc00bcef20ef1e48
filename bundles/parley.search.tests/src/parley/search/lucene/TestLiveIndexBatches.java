package parley.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.store.OpenPlaybook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.search.Hit;
import parley.search.SearchRequest;
import parley.testsupport.Playbooks;

/** Live index updates come in one batch per command, never from inside an EMF notification (issue 12, item 5). */
class TestLiveIndexBatches {

	@TempDir
	Path tmp;

	@Test
	void aCommandIsIndexedInOneBatchAfterItEnds() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		EditingSession session = new EditingSession(open);
		try (LuceneSearchService search = LuceneSearchService.open(open, n -> { });
				LiveIndexUpdater live = LiveIndexUpdater.attach(search, session)) {
			List<Technique> three = open.playbook().getTechniques().subList(0, 3);
			List<Long> seenInsideTheCommand = new ArrayList<>();
			three.get(2).eAdapters().add(new AdapterImpl() {
				@Override
				public void notifyChanged(Notification msg) {
					seenInsideTheCommand.add(search.changeCount());
				}
			});
			long before = search.changeCount();
			CompoundCommand command = new CompoundCommand("Rewrite three summaries");
			for (Technique t : three) {
				command.append(SetCommand.create(session.domain(), t, PlaybookPackage.Literals.TECHNIQUE__SUMMARY,
						"Offer the customer a capybara of calm."));
			}
			assertTrue(session.executeCommand(command));

			assertEquals(List.of(before), seenInsideTheCommand, "nothing is indexed while the command runs");
			assertEquals(before + 1, search.changeCount(), "one batch for the whole command");
			assertEquals(three.stream().map(Technique::getId).sorted().toList(), ids(search, "capybara"));

			session.undo();
			assertEquals(before + 2, search.changeCount(), "undo is one batch too");
			assertEquals(List.of(), ids(search, "capybara"));
		} finally {
			session.dispose();
		}
	}

	@Test
	void directEditsAreIndexedInOneBatchBeforeTheNextSearch() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		try (LuceneSearchService search = LuceneSearchService.open(open, n -> { });
				LiveIndexUpdater live = LiveIndexUpdater.attach(search)) {
			long before = search.changeCount();
			List<Technique> three = open.playbook().getTechniques().subList(0, 3);
			for (Technique t : three) {
				t.setSummary("Offer the customer a capybara of calm.");
				t.setTitle(t.getTitle() + " (capybara)");
			}
			assertEquals(before, search.changeCount(), "nothing is indexed inside a notification");
			assertEquals(three.stream().map(Technique::getId).sorted().toList(), ids(search, "capybara"));
			assertEquals(before + 1, search.changeCount(), "six notifications, one batch");
		}
	}

	private static List<String> ids(LuceneSearchService search, String query) throws Exception {
		return search.search(SearchRequest.of(query).withLimit(50)).hits().stream().map(Hit::id).sorted().toList();
	}
}
