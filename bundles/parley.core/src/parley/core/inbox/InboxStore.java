package parley.core.inbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import parley.core.store.AtomicFiles;
import parley.core.store.ConfinedXmiResource;
import parley.core.store.FileProblem;
import parley.core.store.LocalState;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Candidate;
import parley.model.playbook.Inbox;
import parley.model.playbook.PlaybookFactory;

/**
 * Reads and writes a playbook's inbox, {@code inbox.xmi} in its {@link LocalState} folder: local to this copy of
 * the playbook, never versioned, never arriving by clone or sync. Writes replace the file atomically while
 * holding the playbook's lock; {@link #update} reads, changes and writes in one locked step, so two processes
 * settling candidates at once both keep their decisions.
 */
public final class InboxStore {

	/** The file's name in the local state folder. */
	public static final String FILE = LocalState.INBOX;

	/** The largest inbox file read. */
	public static final long MAX_BYTES = 64L * 1024 * 1024;

	/** A change to an inbox, made by {@link #update}. */
	public interface Change<T> {
		T apply(Inbox inbox) throws StoreException;
	}

	private InboxStore() {
	}

	/** The inbox file of a playbook folder (it may not exist). */
	public static Path file(Path playbookFolder) {
		return LocalState.file(playbookFolder, FILE);
	}

	/** The playbook's inbox, empty when it has none. */
	public static Inbox load(Path playbookFolder) throws StoreException {
		Path file = file(playbookFolder);
		try {
			LocalState.check(playbookFolder, file.getParent());
			if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				return PlaybookFactory.eINSTANCE.createInbox();
			}
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				throw new StoreException("The inbox " + file + " is not a regular file; move it away and import again.");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new StoreException("The inbox " + file + " is larger than " + (MAX_BYTES >> 20)
						+ " MB; discard candidates you do not need or move the file away.");
			}
			return parse(file, Files.readAllBytes(file));
		} catch (IOException e) {
			throw new StoreException("The inbox " + file + " cannot be read (" + e.getMessage()
					+ "); check its permissions, or move it away to start an empty inbox.", e);
		}
	}

	private static Inbox parse(Path file, byte[] bytes) throws StoreException {
		Resource resource = new ConfinedXmiResource(URI.createFileURI(file.toString()));
		XmiPlaybookStore.confinedResourceSet().getResources().add(resource);
		Exception failure = null;
		try {
			resource.load(new ByteArrayInputStream(bytes), XmiPlaybookStore.safeParserOptions());
		} catch (IOException | RuntimeException e) {
			failure = e;
		}
		List<FileProblem> problems = XmiPlaybookStore.problems(FILE, resource, failure);
		if (problems.isEmpty() && (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Inbox))) {
			problems = List.of(new FileProblem(Path.of(FILE), 0, 0, "expected exactly one Inbox element"));
		}
		if (!problems.isEmpty()) {
			throw new StoreException("The inbox " + file + " cannot be read (" + problems.get(0)
					+ "); move it away to start an empty inbox (import the documents again to refill it).", failure);
		}
		return (Inbox) resource.getContents().get(0);
	}

	/** Replaces the playbook's inbox file with {@code inbox}, atomically. */
	public static void save(Path playbookFolder, Inbox inbox) throws StoreException {
		try {
			LocalState.locked(playbookFolder, () -> {
				write(playbookFolder, inbox);
				return null;
			});
		} catch (IOException e) {
			throw failedWrite(playbookFolder, e);
		}
	}

	/**
	 * Reads the inbox, applies {@code change} and writes it back, holding the playbook's lock throughout; when
	 * {@code change} throws, nothing is written.
	 */
	public static <T> T update(Path playbookFolder, Change<T> change) throws StoreException {
		try {
			return LocalState.locked(playbookFolder, () -> {
				try {
					Inbox inbox = load(playbookFolder);
					T result = change.apply(inbox);
					write(playbookFolder, inbox);
					return result;
				} catch (StoreException e) {
					throw new WrappedStoreException(e);
				}
			});
		} catch (WrappedStoreException e) {
			throw e.store;
		} catch (IOException e) {
			throw failedWrite(playbookFolder, e);
		}
	}

	/**
	 * Writes what this process did to some candidates into the inbox file as it is now (another process may have
	 * filed or settled others since this one read it): candidates the file has get their decision from
	 * {@code touched}; the others are added (with the links among them).
	 */
	public static void record(Path playbookFolder, Collection<Candidate> touched) throws StoreException {
		if (touched.isEmpty()) {
			return;
		}
		update(playbookFolder, inbox -> {
			Map<String, Candidate> present = new HashMap<>();
			inbox.getCandidates().forEach(c -> present.put(c.getId(), c));
			List<Candidate> added = new ArrayList<>();
			for (Candidate candidate : touched) {
				Candidate there = present.get(candidate.getId());
				if (there == null) {
					added.add(candidate);
				} else {
					there.setDecision(candidate.getDecision());
					there.setEntryId(candidate.getEntryId());
					there.setDecidedBy(candidate.getDecidedBy());
					there.setDecidedAt(candidate.getDecidedAt());
				}
			}
			inbox.getCandidates().addAll(EcoreUtil.copyAll(added));
			return null;
		});
	}

	private static final class WrappedStoreException extends IOException {
		private static final long serialVersionUID = 1L;
		final StoreException store;

		WrappedStoreException(StoreException store) {
			super(store.getMessage(), store);
			this.store = store;
		}
	}

	private static StoreException failedWrite(Path playbookFolder, IOException e) {
		return new StoreException("Could not save the inbox " + file(playbookFolder) + ": " + e.getMessage()
				+ ". The inbox on disk is as it was; check free space and permissions, then try again.", e);
	}

	private static void write(Path playbookFolder, Inbox inbox) throws IOException {
		Path dir = LocalState.ensure(playbookFolder);
		Resource resource = inbox.eResource();
		Resource temporary = null;
		if (resource == null) {
			temporary = new ConfinedXmiResource(URI.createFileURI(dir.resolve(FILE).toString()));
			temporary.getContents().add(inbox);
			resource = temporary;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Map<Object, Object> options = new HashMap<>();
			options.put(XMLResource.OPTION_ENCODING, "UTF-8");
			options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
			resource.save(bytes, options);
		} finally {
			if (temporary != null) {
				temporary.getContents().remove(inbox);
			}
		}
		Path temp = Files.createTempFile(dir, FILE, ".part");
		try {
			Files.write(temp, bytes.toByteArray());
			AtomicFiles.replace(temp, dir.resolve(FILE));
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
