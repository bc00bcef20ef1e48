package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, defect 7: in the window's real status bar (the bottom trim) a job that starts after the window
 * was laid out shows its whole name beside the saved state, not a cut-off "Ind".
 */
class TestStatusBarRoom extends WorkbenchFixture {

	@Test
	void aJobStartedLaterIsShownWhole() throws Exception {
		spin(() -> Job.getJobManager().isIdle());
		drain();
		CountDownLatch release = new CountDownLatch(1);
		Job job = Job.create("Indexing the playbook for search", monitor -> {
			monitor.beginTask("Indexing", 10);
			monitor.worked(3);
			try {
				release.await(20, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			monitor.done();
		});
		job.schedule();
		try {
			spin(() -> status.jobText().startsWith("Indexing the playbook for search"), status::jobText);
			spin(status::jobShownWhole, () -> "cut off: " + status.jobText());
			assertTrue(status.text().startsWith("All changes saved"), status.text());
		} finally {
			release.countDown();
			job.join();
		}
	}
}
