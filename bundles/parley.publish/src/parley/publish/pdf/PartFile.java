package parley.publish.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

import parley.core.store.AtomicFiles;
import parley.publish.PublishException;

/**
 * The hidden file an export is written to before it is moved over its target: {@code .NAME.parley-part}
 * beside the target. The name depends only on the target, so the next export to the same file takes over
 * (truncates, then replaces or removes) whatever a killed export left behind; a failed or cancelled export
 * removes it. A lock on the file, held until it has been moved or removed, keeps two exports from writing
 * the same part at once (the operating system drops the lock of a killed process).
 */
final class PartFile implements AutoCloseable {

	/** What the name of a part file ends with. */
	static final String SUFFIX = ".parley-part";

	private static final int ATTEMPTS = 5;

	private final Path path;
	private final Path target;
	private final FileChannel channel;
	private final FileLock lock;
	private boolean moved;

	private PartFile(Path path, Path target, FileChannel channel, FileLock lock) {
		this.path = path;
		this.target = target;
		this.channel = channel;
		this.lock = lock;
	}

	/** The part file of {@code target}. */
	static Path of(Path target) {
		return target.resolveSibling("." + target.getFileName() + SUFFIX);
	}

	/**
	 * Creates the part file of {@code target}, or takes over the one a killed export left, and locks it. It
	 * gets the default permissions (the user's umask), so the finished PDF is as readable as any file they
	 * save.
	 *
	 * @throws PublishException when another export is writing to the same target, or the file cannot be made
	 */
	static PartFile open(Path target) throws PublishException {
		Path path = of(target);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			FileChannel channel = null;
			try {
				if (Files.isSymbolicLink(path)) {
					Files.delete(path); // never write through a link at our name
				}
				channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						LinkOption.NOFOLLOW_LINKS));
				FileLock lock;
				try {
					lock = channel.tryLock();
				} catch (OverlappingFileLockException e) {
					lock = null; // this process is exporting to the same file
				}
				if (lock == null) {
					channel.close();
					throw new PublishException("Cannot write " + target + ": another export to this file is running;"
							+ " wait until it has finished or choose another file.");
				}
				if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
					// the export that held it finished or gave up meanwhile: the file locked is no longer ours
					lock.release();
					channel.close();
					continue;
				}
				channel.truncate(0); // what a killed export left
				return new PartFile(path, target, channel, lock);
			} catch (IOException e) {
				closeQuietly(channel);
				throw new PublishException("Cannot write " + target + ": could not create the temporary file " + path
						+ " (" + PdfPublisher.reason(e) + "); choose another output path.", e);
			}
		}
		throw new PublishException("Cannot write " + target + ": other exports to the same file keep starting;"
				+ " wait until they have finished or choose another file.");
	}

	/** Where the part file is. */
	Path path() {
		return path;
	}

	/** A stream into the part file; closing it only flushes (the part file stays locked until {@link #close()}). */
	OutputStream stream() {
		return new FilterOutputStream(Channels.newOutputStream(channel)) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	/** Forces the content to disk and renames the part file over the target, atomically where possible. */
	void moveOverTarget() throws IOException {
		channel.force(true);
		AtomicFiles.move(path, target);
		moved = true;
		AtomicFiles.syncDirectory(target.toAbsolutePath().getParent());
	}

	/** Removes the part file unless it became the target, and unlocks it. */
	@Override
	public void close() {
		try {
			if (!moved) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// The next export to the same target takes it over.
		} finally {
			try {
				lock.release();
			} catch (IOException e) {
				// closing the channel releases it too
			}
			closeQuietly(channel);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// nothing was written through it that matters
			}
		}
	}
}
