package parley.reliability.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import parley.testsupport.Command;

/**
 * Real faults from the file system, never simulated in code: a small file system that fills up (a tmpfs
 * mounted for the test, else a loop-mounted ext4 image) and a read-only folder (a read-only bind mount when
 * running as root, who ignores permissions; write permission removed otherwise). When neither works on this
 * machine the cell is skipped with a message saying why, never faked.
 */
final class Mounts {

	private Mounts() {
	}

	/** A mounted file system or a folder made read-only; {@link #close()} undoes it. */
	static final class Mount implements AutoCloseable {
		final Path dir;
		final String how;
		private final Runnable undo;

		Mount(Path dir, String how, Runnable undo) {
			this.dir = dir;
			this.how = how;
			this.undo = undo;
		}

		@Override
		public void close() {
			undo.run();
		}
	}

	static boolean root() {
		Command.Result id = Command.run(List.of("id", "-u"));
		return id.code() == 0 && id.out().strip().equals("0");
	}

	/** A small file system of {@code bytes} mounted on {@code dir} (created if needed). */
	static Mount small(Path dir, long bytes) throws IOException {
		Files.createDirectories(dir);
		Command.Result tmpfs = Command.run(List.of("mount", "-t", "tmpfs", "-o", "size=" + bytes + ",mode=0755",
				"parley-faults", dir.toString()));
		if (tmpfs.code() == 0) {
			return new Mount(dir, "tmpfs of " + (bytes >> 20) + " MiB", () -> unmount(dir));
		}
		Path image = dir.resolveSibling(dir.getFileName() + ".ext4");
		Command.Result loop = Command.run(List.of("sh", "-c", "truncate -s " + Math.max(bytes, 8L << 20) + " '" + image
				+ "' && mkfs.ext4 -q -F -m 0 '" + image + "' && mount -o loop '" + image + "' '" + dir + "'"));
		if (loop.code() == 0) {
			return new Mount(dir, "loop-mounted ext4 image", () -> {
				unmount(dir);
				image.toFile().delete();
			});
		}
		image.toFile().delete();
		Assumptions.abort("A full disk cannot be made on this machine: mounting a small tmpfs failed (" + tmpfs.out().strip()
				+ ") and so did a loop-mounted ext4 image (" + loop.out().strip() + "). Run the matrix as root (CI does).");
		return null;
	}

	/** Makes {@code dir} and everything below it read-only until closed. */
	static Mount readOnly(Path dir) throws IOException {
		if (!root()) {
			Map<Path, Set<PosixFilePermission>> before = new java.util.LinkedHashMap<>();
			try (Stream<Path> walk = Files.walk(dir)) {
				for (Path p : (Iterable<Path>) walk::iterator) {
					Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
					before.put(p, perms);
					Set<PosixFilePermission> reduced = new java.util.HashSet<>(perms);
					reduced.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
							PosixFilePermission.OTHERS_WRITE));
					Files.setPosixFilePermissions(p, reduced);
				}
			}
			return new Mount(dir, "write permission removed", () -> before.forEach((p, perms) -> {
				try {
					Files.setPosixFilePermissions(p, perms);
				} catch (IOException e) {
					// best effort
				}
			}));
		}
		Command.Result bind = Command.run(List.of("sh", "-c", "mount --bind '" + dir + "' '" + dir + "' && mount -o remount,bind,ro '"
				+ dir + "' '" + dir + "'"));
		if (bind.code() == 0) {
			return new Mount(dir, "read-only bind mount", () -> unmount(dir));
		}
		unmount(dir);
		Assumptions.abort("A read-only folder cannot be made here: running as root (who ignores permissions) and a"
				+ " read-only bind mount failed (" + bind.out().strip() + ").");
		return null;
	}

	private static void unmount(Path dir) {
		if (Command.run(List.of("umount", dir.toString())).code() != 0) {
			Command.run(List.of("umount", "-l", dir.toString())); // a file still open in this JVM (git's pack cache)
		}
	}

	/** Free bytes on the file system of {@code dir}. */
	static long free(Path dir) throws IOException {
		return Files.getFileStore(dir).getUsableSpace();
	}

	/**
	 * Fills the file system of {@code dir} until about {@code leave} bytes are free, with a file named
	 * {@code filler} in {@code dir}; returns the filler (delete it to free the space).
	 */
	static Path fill(Path dir, long leave) throws IOException {
		Path filler = dir.resolve("filler");
		long toWrite = free(dir) - leave;
		ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
		try (FileChannel out = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			while (toWrite > 0) {
				zeros.clear().limit((int) Math.min(zeros.capacity(), toWrite));
				toWrite -= out.write(zeros);
			}
		} catch (IOException e) {
			// full already: that is what was asked
		}
		return filler;
	}
}
