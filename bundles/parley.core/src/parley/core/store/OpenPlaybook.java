package parley.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;

import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * A playbook loaded from (or created in) a folder: the model, the resources it is stored in, and
 * {@link #save()}. Not thread-safe: callers serialise access (the workbench on its model thread, the CLI
 * on its only thread); {@link #save()} also takes a file lock so two processes never interleave saves.
 */
public final class OpenPlaybook {

	private static final Comparator<EObject> BY_ID = Comparator.comparing(o -> ((Identified) o).getId());

	private final XmiPlaybookStore store;
	private final Path folder;
	private final ResourceSet resourceSet;
	private final Playbook playbook;
	/** relative path -> bytes last read from or written to disk */
	private final Map<String, byte[]> onDisk;
	private final List<FileProblem> warnings;
	/** relative path -> shard resource */
	private final Map<String, Resource> shards = new HashMap<>();

	OpenPlaybook(XmiPlaybookStore store, Path folder, ResourceSet resourceSet, Playbook playbook,
			Map<String, byte[]> onDisk, List<FileProblem> warnings) {
		this.store = store;
		this.folder = folder;
		this.resourceSet = resourceSet;
		this.playbook = playbook;
		this.onDisk = onDisk;
		this.warnings = warnings;
	}

	/** The playbook folder (absolute). */
	public Path folder() {
		return folder;
	}

	public Playbook playbook() {
		return playbook;
	}

	/** The resource set holding the playbook and its shards (for editing domains and change recorders). */
	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/**
	 * Problems that did not stop loading: references to entries that do not exist, entries filed under the
	 * wrong type. The references are kept as they are (saving writes them back unchanged), so nothing is lost.
	 */
	public List<FileProblem> loadProblems() {
		return List.copyOf(warnings);
	}

	/** The store this playbook came from. */
	public PlaybookStore store() {
		return store;
	}

	/** Puts every shard's root objects into the playbook's lists (cross-resource containment). */
	void assemble(List<Resource> loadedShards, List<FileProblem> errors) {
		Map<String, Identified> seen = new HashMap<>();
		for (Resource shard : loadedShards) {
			String relative = relative(shard);
			shards.put(relative, shard);
			String folderName = relative.substring(0, relative.indexOf('/'));
			PlaybookLayout.Kind kind = PlaybookLayout.kindOfFolder(folderName);
			List<EObject> accepted = new ArrayList<>(shard.getContents().size());
			for (EObject object : shard.getContents()) {
				if (object.eClass() != kind.type()) {
					errors.add(new FileProblem(Path.of(relative), 0, 0, "holds a " + object.eClass().getName()
							+ " but the " + folderName + " folder may only hold " + kind.type().getName()
							+ " elements; move it to the folder of its type"));
					continue;
				}
				Identified element = (Identified) object;
				Identified previous = seen.putIfAbsent(element.getId(), element);
				if (previous != null) {
					errors.add(new FileProblem(Path.of(relative), 0, 0, "id " + element.getId()
							+ " is used twice (also in " + relative(previous.eResource())
							+ "); give one of the two elements a new id"));
					continue;
				}
				accepted.add(object);
			}
			@SuppressWarnings("unchecked")
			InternalEList<EObject> list = (InternalEList<EObject>) playbook.eGet(kind.containment());
			list.addAllUnique(accepted);
		}
	}

	/** Records every reference to an entry that does not exist in this playbook. */
	void checkReferences() {
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(resourceSet);
		List<FileProblem> found = new ArrayList<>();
		unresolved.forEach((proxy, settings) -> {
			String target = ((InternalEObject) proxy).eProxyURI().fragment();
			for (EStructuralFeature.Setting setting : settings) {
				EObject owner = setting.getEObject();
				found.add(new FileProblem(Path.of(owner.eResource() == null ? "?" : relative(owner.eResource())), 0, 0,
						describe(owner) + ": field '" + setting.getEStructuralFeature().getName()
								+ "' refers to " + target + ", which is not in this playbook;"
								+ " restore that entry or remove the reference"));
			}
		});
		found.sort(Comparator.comparing(FileProblem::toString));
		warnings.addAll(found);
	}

	/**
	 * Writes every changed file atomically: after a crash at any point, the folder loads as it was before
	 * this call or as it is after it. Files whose content did not change are not touched.
	 *
	 * @throws StoreException if the folder cannot be written or the model holds a reference to an element
	 *                        that is no longer part of the playbook; the files on disk are unchanged then
	 */
	public void save() throws StoreException {
		Map<String, byte[]> output = new TreeMap<>();
		List<String> emptied = new ArrayList<>();
		try {
			output.put(PlaybookLayout.ROOT_FILE, serialize(playbook.eResource()));
			placeEntities();
			for (Map.Entry<String, Resource> shard : shards.entrySet()) {
				if (shard.getValue().getContents().isEmpty()) {
					emptied.add(shard.getKey());
				} else {
					output.put(shard.getKey(), serialize(shard.getValue()));
				}
			}
		} catch (IOException e) {
			if (e.getCause() instanceof DanglingHREFException dangling) {
				throw new StoreException("Nothing was saved: an entry refers to an element that was removed from the"
						+ " playbook (" + XmiPlaybookStore.clean(dangling.getMessage())
						+ "). Remove that reference, or undo the removal, then save again.", e);
			}
			throw new StoreException("Nothing was saved: " + e.getMessage(), e);
		}
		SaveJournal journal = new SaveJournal(folder);
		output.forEach((relative, bytes) -> {
			if (!Arrays.equals(bytes, onDisk.get(relative))) {
				journal.write(relative, bytes);
			}
		});
		for (String relative : emptied) {
			if (onDisk.containsKey(relative)) {
				journal.delete(relative);
			}
		}
		if (journal.isEmpty()) {
			return;
		}
		Path local = folder.resolve(PlaybookLayout.LOCAL_DIR);
		try {
			Files.createDirectories(local);
			try (FileChannel channel = FileChannel.open(local.resolve("lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				journal.commit();
			}
		} catch (IOException e) {
			throw new StoreException("Could not save the playbook in " + folder + ": " + e.getMessage()
					+ ". The previous version on disk is intact; check free space and permissions, then save again.",
					e);
		}
		onDisk.putAll(output);
		for (String relative : emptied) {
			onDisk.remove(relative);
			Resource gone = shards.remove(relative);
			resourceSet.getResources().remove(gone);
		}
	}

	/** Files every entity in its shard, drops removed ones, and orders each shard by id. */
	private void placeEntities() {
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			@SuppressWarnings("unchecked")
			EList<EObject> entities = (EList<EObject>) playbook.eGet(kind.containment());
			for (EObject object : entities) {
				String relative = PlaybookLayout.shardPath(kind, (Identified) object);
				Resource shard = shards.computeIfAbsent(relative,
						r -> resourceSet.createResource(XmiPlaybookStore.uri(folder, r)));
				if (((InternalEObject) object).eDirectResource() != shard) {
					shard.getContents().add(object);
				}
			}
		}
		for (Resource shard : shards.values()) {
			EList<EObject> roots = shard.getContents();
			roots.removeIf(root -> root.eContainer() != playbook);
			ECollections.sort(roots, BY_ID);
		}
	}

	private static byte[] serialize(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		resource.save(out, XmiPlaybookStore.saveOptions());
		return out.toByteArray();
	}

	private String relative(Resource resource) {
		return folder.relativize(Path.of(resource.getURI().toFileString())).toString().replace('\\', '/');
	}

	/** "Technique 'Active listening' (id)" for messages. */
	static String describe(EObject object) {
		if (object instanceof parley.model.playbook.Step step && step.eContainer() != null) {
			int index = ((List<?>) step.eContainer().eGet(step.eContainingFeature())).indexOf(step) + 1;
			return describe(step.eContainer()) + " step " + index;
		}
		String type = object.eClass().getName();
		String id = object instanceof Identified i ? i.getId() : "?";
		if (object instanceof Entry entry && entry.getTitle() != null) {
			return type + " '" + entry.getTitle() + "' (" + id + ")";
		}
		return type + " " + id;
	}
}
