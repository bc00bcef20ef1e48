package parley.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replacing a file so that readers, and a machine that loses power, see either the old or the new content,
 * never a mix or an empty file: write a temporary file beside the target, force it to disk, rename it over
 * the target, then sync the folder. Used by the store's journal, the merge file and PDF exports.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Forces {@code temp} to disk, renames it over {@code target} and syncs the folder. */
	public static void replace(Path temp, Path target) throws IOException {
		force(temp);
		move(temp, target);
		syncDirectory(target.toAbsolutePath().getParent());
	}

	/** Renames atomically where the file system can; otherwise an ordinary replacing move. */
	public static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Forces a file's content to disk. */
	public static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** Makes a rename in {@code dir} durable, where the platform can sync a directory. */
	public static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Not every platform can sync a directory; the rename itself is still atomic.
		}
	}
}
