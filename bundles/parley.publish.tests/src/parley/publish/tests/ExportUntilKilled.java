package parley.publish.tests;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.NullProgressMonitor;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.publish.pdf.PdfPublisher;

/**
 * Child process of {@link TestKilledExport}: exports the manual of the playbook in {@code args[0]} to
 * {@code args[1]}, prints each progress step, and stops for good in the middle of writing the pages, where
 * its parent kills it.
 */
public final class ExportUntilKilled {

	private ExportUntilKilled() {
	}

	public static void main(String[] args) throws Exception {
		Playbook playbook = new XmiPlaybookStore().open(Path.of(args[0])).playbook();
		CountDownLatch never = new CountDownLatch(1);
		new PdfPublisher().publish(playbook, TestSafeWriting.manual(), Path.of(args[1]), new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				System.out.println(name);
				System.out.flush();
				if (name.startsWith("Writing page 3")) {
					try {
						never.await(); // mid-export, until killed
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
			}
		});
		System.out.println("finished");
	}
}
