package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.junit.jupiter.api.Test;

import parley.ui.parts.StatusLine;

/** Background jobs in the status bar: any scheduled Job shows its name and progress while it runs. */
class TestBackgroundJobs extends ShellFixture {

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aRunningJobShowsInTheStatusLineUntilItEnds() throws Exception {
		StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
		shell.open();
		spin(() -> Job.getJobManager().isIdle());
		drainEvents();
		assertEquals("", status.jobText(), "nothing runs yet");
		CountDownLatch release = new CountDownLatch(1);
		Job job = Job.create("Indexing the playbook", monitor -> {
			monitor.beginTask("Indexing", 10);
			monitor.worked(5);
			await(release);
			monitor.done();
		});
		job.schedule();
		spin(() -> status.jobText().startsWith("Indexing the playbook"));
		spin(() -> status.jobPercent() == 50);
		assertTrue(status.jobText().contains("50%"), status.jobText());
		release.countDown();
		job.join();
		spin(() -> status.jobText().isEmpty());
		assertEquals(-1, status.jobPercent(), "the bar is hidden when nothing runs");
	}

	@Test
	void systemJobsAndJobsWithoutWorkAreShownAsTheyShouldBe() throws Exception {
		StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
		shell.open();
		CountDownLatch release = new CountDownLatch(2);
		Job system = Job.create("Hidden housekeeping", monitor -> {
			await(release);
		});
		system.setSystem(true);
		Job busy = Job.create("Syncing with origin", monitor -> {
			monitor.beginTask("Syncing", IProgressMonitor.UNKNOWN);
			await(release);
		});
		system.schedule();
		busy.schedule();
		spin(() -> status.jobText().startsWith("Syncing with origin"));
		assertEquals(-1, status.jobPercent(), "no percentage for work of unknown size");
		assertTrue(!status.jobText().contains("Hidden"), status.jobText());
		release.countDown();
		release.countDown();
		busy.join();
		system.join();
		spin(() -> status.jobText().isEmpty());
	}

	@Test
	void aRescheduledJobShowsItsProgressAgain() throws Exception {
		StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
		shell.open();
		java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicReference<CountDownLatch> gate = new java.util.concurrent.atomic.AtomicReference<>(
				new CountDownLatch(1));
		Job job = Job.create("Updating the index", monitor -> {
			monitor.beginTask("Updating", 4);
			monitor.worked(runs.incrementAndGet());
			await(gate.get());
			monitor.done();
		});
		job.schedule();
		spin(() -> status.jobPercent() == 25);
		gate.get().countDown();
		job.join();
		spin(() -> status.jobText().isEmpty());
		gate.set(new CountDownLatch(1));
		job.schedule();
		spin(() -> status.jobPercent() == 50);
		assertTrue(status.jobText().startsWith("Updating the index"), status.jobText());
		gate.get().countDown();
		job.join();
		spin(() -> status.jobText().isEmpty());
	}
}
