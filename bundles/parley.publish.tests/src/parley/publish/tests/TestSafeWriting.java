package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.playbook.Playbook;
import parley.publish.Layout;
import parley.publish.PublishException;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/** Exports never leave a broken or partial PDF behind, report progress and can be cancelled. */
class TestSafeWriting {

	@TempDir
	static Path shared;
	static Playbook playbook;

	@TempDir
	Path dir;

	@BeforeAll
	static void load() throws Exception {
		Path folder = shared.resolve("starter");
		playbook = Playbooks.starter(folder).playbook();
	}

	static PublishOptions manual() {
		return new PublishOptions(Layout.MANUAL, Selection.ALL, null, null, "v1", java.time.LocalDate.of(2026, 1, 2), null);
	}

	/** Records progress and cancels after a number of ticks once pages are being written. */
	static final class Recorder extends NullProgressMonitor {
		final List<String> tasks = new ArrayList<>();
		int total;
		int worked;
		int pageTicks;
		final int cancelAfterPages;

		Recorder(int cancelAfterPages) {
			this.cancelAfterPages = cancelAfterPages;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			tasks.add(name);
			total = totalWork;
		}

		@Override
		public void subTask(String name) {
			tasks.add(name);
			if (name.startsWith("Writing page")) {
				pageTicks++;
			}
		}

		@Override
		public void worked(int work) {
			worked += work;
		}

		@Override
		public boolean isCanceled() {
			return cancelAfterPages >= 0 && pageTicks >= cancelAfterPages;
		}
	}

	@Test
	void missingFolderIsAClearErrorAndWritesNothing() {
		Path out = dir.resolve("no-such-folder/manual.pdf");
		PublishException e = assertThrows(PublishException.class,
				() -> new PdfPublisher().publish(playbook, manual(), out, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains(out.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
		assertFalse(Files.exists(out.getParent()));
	}

	@Test
	void folderInsteadOfFileAndFileAsFolderAreClearErrors() throws Exception {
		PublishException folder = assertThrows(PublishException.class,
				() -> new PdfPublisher().publish(playbook, manual(), dir, new NullProgressMonitor()));
		assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
		Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
		PublishException underFile = assertThrows(PublishException.class, () -> new PdfPublisher().publish(playbook,
				manual(), file.resolve("manual.pdf"), new NullProgressMonitor()));
		assertTrue(underFile.getMessage().contains("does not exist"), underFile.getMessage());
		assertEquals("keep me", Files.readString(file));
	}

	@Test
	void cancellingWhileWritingPagesLeavesThePreviousFileAndNoLeftovers() throws Exception {
		Path out = dir.resolve("manual.pdf");
		Files.writeString(out, "the previous export");
		Recorder monitor = new Recorder(5);
		assertThrows(OperationCanceledException.class, () -> new PdfPublisher().publish(playbook, manual(), out, monitor));
		assertEquals("the previous export", Files.readString(out));
		assertEquals(List.of(out), TestPdfPublisher.filesIn(dir), "a temporary file was left behind");
		assertTrue(monitor.pageTicks >= 5);
	}

	@Test
	void cancellingBeforeStartWritesNothing() throws Exception {
		Path out = dir.resolve("cards.pdf");
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new PdfPublisher().publish(playbook, manual().withLayout(Layout.CARDS), out, monitor));
		assertEquals(List.of(), TestPdfPublisher.filesIn(dir));
	}

	/** The part file an export to {@code out} writes: one name per target, so the next export finds it. */
	static Path partOf(Path out) {
		return out.resolveSibling("." + out.getFileName() + ".parley-part");
	}

	/** Whether a complete PDF: it loads with the pages the export reported and ends with its trailer. */
	static void assertComplete(Path pdf, PublishResult result) throws Exception {
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals(result.bytes(), bytes.length);
		String tail = new String(bytes, Math.max(0, bytes.length - 16), Math.min(16, bytes.length),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		assertTrue(tail.strip().endsWith("%%EOF"), "ends with the PDF trailer, not with leftover bytes: " + tail);
		try (Pdf read = new Pdf(pdf)) {
			assertEquals(result.pages(), read.pageCount());
		}
	}

	@Test
	void theTemporaryFileIsNamedAfterItsTarget() throws Exception {
		Path out = dir.resolve("manual.pdf");
		List<List<Path>> seen = new ArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.matches("Writing page 1( of \\d+)?")) {
					try {
						seen.add(TestPdfPublisher.filesIn(dir));
					} catch (java.io.IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				}
			}
		};
		new PdfPublisher().publish(playbook, manual(), out, monitor);
		assertEquals(List.of(List.of(partOf(out))), seen, "while writing, only .manual.pdf.parley-part is there");
		assertEquals(List.of(out), TestPdfPublisher.filesIn(dir));
	}

	@Test
	void theNextExportReplacesThePartFileAKilledExportLeft() throws Exception {
		Path out = dir.resolve("manual.pdf");
		byte[] torn = new byte[3 << 20]; // larger than the manual: a part not truncated would show
		java.util.Arrays.fill(torn, (byte) 'x');
		System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, torn, 0, 9);
		Files.write(partOf(out), torn);
		PublishResult result = new PdfPublisher().publish(playbook, manual(), out, new NullProgressMonitor());
		assertEquals(List.of(out), TestPdfPublisher.filesIn(dir), "the leftover is gone");
		assertComplete(out, result);
	}

	@Test
	void aCancelledExportRemovesTheLeftoverItTookOver() throws Exception {
		Path out = dir.resolve("manual.pdf");
		Files.writeString(out, "the previous export");
		Files.writeString(partOf(out), "%PDF-1.7 torn by a kill");
		assertThrows(OperationCanceledException.class,
				() -> new PdfPublisher().publish(playbook, manual(), out, new Recorder(2)));
		assertEquals("the previous export", Files.readString(out));
		assertEquals(List.of(out), TestPdfPublisher.filesIn(dir), "no part file is left");
	}

	@Test
	void anExportToAFileAnotherExportIsWritingIsRefused() throws Exception {
		Path out = dir.resolve("manual.pdf");
		Files.writeString(out, "the previous export");
		Path part = partOf(out);
		try (java.nio.channels.FileChannel running = java.nio.channels.FileChannel.open(part,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
			running.write(java.nio.ByteBuffer.wrap("%PDF-1.7 half written".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
			try (java.nio.channels.FileLock lock = running.lock()) {
				PublishException e = assertThrows(PublishException.class,
						() -> new PdfPublisher().publish(playbook, manual(), out, new NullProgressMonitor()));
				assertTrue(e.getMessage().contains("another export to this file is running"), e.getMessage());
				assertEquals("%PDF-1.7 half written", Files.readString(part), "the running export's part is untouched");
				assertEquals("the previous export", Files.readString(out));
			}
		}
		// that export died without cleaning up: the next one takes its part file over
		PublishResult result = new PdfPublisher().publish(playbook, manual(), out, new NullProgressMonitor());
		assertEquals(List.of(out), TestPdfPublisher.filesIn(dir));
		assertComplete(out, result);
	}

	@Test
	void progressCountsEveryPageAndReplacesTheOldFileWhenDone() throws Exception {
		Path out = dir.resolve("manual.pdf");
		Files.writeString(out, "old");
		Recorder monitor = new Recorder(-1);
		PublishResult result = new PdfPublisher().publish(playbook, manual(), out, monitor);
		assertTrue(monitor.total > 0);
		assertEquals(monitor.total, monitor.worked, "progress does not reach its end");
		assertEquals(result.pages(), monitor.pageTicks);
		assertTrue(monitor.tasks.contains("Writing page " + result.pages() + " of " + result.pages()), monitor.tasks.toString());
		assertTrue(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		assertEquals(Files.size(out), result.bytes());
		assertEquals(List.of(out), TestPdfPublisher.filesIn(dir));
		// the PDF gets the permissions of any new file (the umask), not those of a private temporary file
		Path reference = Files.createFile(dir.resolve("reference"));
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
	}
}
