package parley.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import parley.core.store.PlaybookLayout;
import parley.model.playbook.Playbook;

/**
 * Where an export may write: never inside a playbook folder, where a PDF could overwrite {@code playbook.xmi},
 * a shard or the local state, and the playbook would no longer load. The one check the command line, the
 * workbench's export dialog and {@link Publisher}s share.
 *
 * <p>A path is inside a playbook folder when, with {@code ..} and symbolic links resolved, it lies under the
 * open playbook's folder or under any folder that holds a {@code playbook.xmi}, or when it is itself named
 * {@code playbook.xmi}.
 */
public final class OutputGuard {

	private OutputGuard() {
	}

	/**
	 * Checks an output path before anything is written.
	 *
	 * @param playbookFolder the folder of the playbook being exported, or null when it has none (a generated
	 *                       playbook); other playbook folders are recognised by their {@code playbook.xmi}
	 * @param out            the output path the user chose
	 * @return the path to write: {@code out} made absolute and normalised
	 * @throws OutputRefusedException when the output would land inside a playbook folder
	 */
	public static Path check(Path playbookFolder, Path out) throws OutputRefusedException {
		Path target = out.toAbsolutePath().normalize();
		Path where = located(target);
		if (playbookFolder != null) {
			Path folder = playbookFolder.toAbsolutePath().normalize();
			Path realFolder = real(folder);
			if (target.startsWith(folder) || where.startsWith(folder) || where.startsWith(realFolder)) {
				throw refused(target, folder);
			}
		}
		for (Path dir = where.getParent(); dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve(PlaybookLayout.ROOT_FILE))) {
				throw refused(target, dir);
			}
		}
		if (PlaybookLayout.ROOT_FILE.equals(String.valueOf(target.getFileName()))
				|| PlaybookLayout.ROOT_FILE.equals(String.valueOf(where.getFileName()))) {
			throw new OutputRefusedException("Refused to export to " + target + ": a file named "
					+ PlaybookLayout.ROOT_FILE + " is taken for a playbook, and a PDF there would make the folder"
					+ " look like a broken playbook. Choose a file outside the playbook folder, named like "
					+ target.resolveSibling("playbook.pdf") + ".", target, target.getParent());
		}
		return target;
	}

	/**
	 * Checks that {@code target} can be written as a file: its folder exists, it is not a folder, and neither
	 * it nor its folder is read-only.
	 *
	 * @throws PublishException saying which of these failed and what to do
	 */
	public static void checkWritable(Path target) throws PublishException {
		Path folder = target.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new PublishException("Cannot write " + target + ": the folder " + folder
					+ " does not exist; create it or choose another output path.");
		}
		if (Files.isDirectory(target)) {
			throw new PublishException("Cannot write " + target + ": it is a folder; give a file name such as "
					+ target.resolve("playbook.pdf") + ".");
		}
		if (Files.exists(target) && !Files.isWritable(target)) {
			throw new PublishException("Cannot write " + target + ": the file is read-only; choose another output"
					+ " path or make it writable.");
		}
		if (!Files.isWritable(folder)) {
			throw new PublishException("Cannot write " + target + ": no permission to write in " + folder
					+ "; choose another output path.");
		}
	}

	/** The folder a playbook was loaded from (where its {@code playbook.xmi} is), or null if it has none. */
	public static Path folderOf(Playbook playbook) {
		Resource resource = playbook.eResource();
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile() || !PlaybookLayout.ROOT_FILE.equals(uri.lastSegment())) {
			return null;
		}
		return Path.of(uri.toFileString()).toAbsolutePath().normalize().getParent();
	}

	/**
	 * Where the file system would put {@code target}: symbolic links among its folders resolved, and the
	 * target itself followed when it is a link (also a dangling one).
	 */
	private static Path located(Path target) {
		Path path = target;
		for (int depth = 0; depth < 40 && Files.isSymbolicLink(path); depth++) {
			try {
				Path link = Files.readSymbolicLink(path);
				Path parent = path.getParent();
				path = parent == null ? link : real(parent).resolve(link).normalize();
			} catch (IOException | UnsupportedOperationException e) {
				break;
			}
		}
		Path parent = path.getParent();
		return parent == null ? path : real(parent).resolve(path.getFileName());
	}

	/** The real path of the deepest existing folder of {@code path}, with the rest appended. */
	private static Path real(Path path) {
		Path existing = path;
		Path rest = null;
		while (existing != null && !Files.exists(existing)) {
			Path name = existing.getFileName();
			rest = rest == null ? name : name.resolve(rest);
			existing = existing.getParent();
		}
		if (existing == null) {
			return path;
		}
		try {
			Path realPath = existing.toRealPath();
			return rest == null ? realPath : realPath.resolve(rest);
		} catch (IOException e) {
			return path;
		}
	}

	private static OutputRefusedException refused(Path target, Path folder) {
		Path parent = folder.getParent();
		String name = String.valueOf(target.getFileName());
		if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
			name = "playbook.pdf";
		}
		String example = parent == null ? "" : ", such as " + parent.resolve(name);
		return new OutputRefusedException("Refused to export to " + target + ": it is inside the playbook folder "
				+ folder + ", where the PDF could overwrite the playbook's own files. Choose a file outside the"
				+ " playbook folder" + example + ".", target, folder);
	}
}
