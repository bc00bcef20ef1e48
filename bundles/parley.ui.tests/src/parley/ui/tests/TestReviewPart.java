package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import parley.core.curation.CurationException;
import parley.core.curation.CurationState;
import parley.core.curation.ReviewQueue;
import parley.core.curation.ReviewQueue.Group;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.ui.VersionControl;
import parley.ui.parts.DetailPart;
import parley.ui.parts.ReviewPart;

/**
 * The Review part: the core queue's groups with their counts, following the model; double-click opens. The start
 * page: entries by curation state and the latest versions.
 */
class TestReviewPart extends ShellFixture {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private static List<String> labels(ReviewQueue queue) {
		return Arrays.stream(Group.values()).map(g -> g.label() + " (" + queue.count(g) + ")").toList();
	}

	private List<String> expected() {
		return labels(ReviewQueue.of(playbook(), LocalDate.now(), null));
	}

	@Test
	void groupCountsMatchTheQueueAndFollowAnApproval() throws CurationException {
		editing.setEditor("Dana Reyes <dana@example.org>");
		ReviewPart review = ContextInjectionFactory.make(ReviewPart.class, context);
		shell.open();
		spin(() -> review.queue() != null);
		assertEquals(expected(), review.groupLabels());

		Technique a = (Technique) editing.create(P.getTechnique(), "Mirror the feeling");
		Technique b = (Technique) editing.create(P.getTechnique(), "Label the emotion");
		editing.executeCommand(editing.curator().submit(a, "Sam Lee <sam@example.org>", null));
		editing.executeCommand(editing.curator().submit(b, null, null));
		List<String> twoInReview = expected();
		spin(() -> review.groupLabels().equals(twoInReview));
		int inReview = ReviewQueue.of(playbook(), LocalDate.now(), null).count(Group.IN_REVIEW);
		assertTrue(inReview >= 2, twoInReview.toString());
		assertTrue(review.summaryText().contains("wait for a decision"), review.summaryText());

		editing.executeCommand(editing.curator().approve(a, null));
		List<String> oneApproved = expected();
		assertEquals(Group.IN_REVIEW.label() + " (" + (inReview - 1) + ")", oneApproved.get(0));
		spin(() -> review.groupLabels().equals(oneApproved));

		// the reviewer column names the reviewer; double-click opens the entry
		TreeItem group = review.viewer().getTree().getItem(0);
		TreeItem row = Arrays.stream(group.getItems()).filter(i -> i.getText(0).equals("Label the emotion"))
				.findFirst().orElseThrow(() -> new AssertionError("b is listed in review"));
		assertEquals("in review", row.getText(1));
		review.viewer().getTree().setSelection(row);
		review.viewer().getTree().notifyListeners(SWT.DefaultSelection, null);
		assertEquals("Technique 'Label the emotion'/null", opener.calls.get(opener.calls.size() - 1));
		assertEquals(b, opener.editor.entity());
	}

	@Test
	void theStartPageCountsEntriesByStateAndListsTheLatestVersions() {
		context.set(VersionControl.class, new VersionControl());
		DetailPart detail = ContextInjectionFactory.make(DetailPart.class, context);
		shell.open();
		long drafts = new PlaybookQueries(playbook()).entries().stream()
				.filter(e -> CurationState.of(e) == CurationState.DRAFT).count();
		spin(() -> detail.shownText().contains("\n  " + drafts + "  draft\n")
				&& detail.shownText().contains("Latest versions\n  ") && !detail.shownText().contains("reading…"));
		assertTrue(detail.shownText().contains("Select an entry in the playbook navigator."), detail.shownText());
		assertTrue(detail.shownText().contains("Waiting for review"), detail.shownText());

		editing.create(P.getTechnique(), "Mirror the feeling");
		spin(() -> detail.shownText().contains("\n  " + (drafts + 1) + "  draft\n"));
	}
}
