package parley.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.TreeMap;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;

import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * A playbook loaded from (or created in) a folder: the model, the resources it is stored in, and
 * {@link #save()}. Not thread-safe: callers serialise access (the workbench on its model thread, the CLI
 * on its only thread); {@link #save()} also takes a file lock so two processes never interleave saves.
 * <p>
 * Longer than 400 lines on purpose: it holds one loaded playbook's life cycle (assembling the shards, resolving
 * links by id, saving with the merge of concurrent saves, reading an entity's saved copy); each step is short and
 * they share the resources and the files on disk.
 */
public final class OpenPlaybook {

	private static final Comparator<EObject> BY_ID = Comparator.comparing(o -> ((Identified) o).getId());

	private final XmiPlaybookStore store;
	private final Path folder;
	private final ResourceSet resourceSet;
	private final Playbook playbook;
	/** the files (relative paths) that exist on disk as of the last load or save */
	private final Set<String> onDisk;
	private final List<FileProblem> warnings = new ArrayList<>();
	/** A saved version opened for reading: {@link #save()} is refused. */
	boolean readOnly;
	/** relative path -> shard resource */
	private final Map<String, Resource> shards = new HashMap<>();

	OpenPlaybook(XmiPlaybookStore store, Path folder, ResourceSet resourceSet, Playbook playbook, Set<String> onDisk) {
		this.store = store;
		this.folder = folder;
		this.resourceSet = resourceSet;
		this.playbook = playbook;
		this.onDisk = onDisk;
		playbook.eResource().setTrackingModification(true);
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

	/** From now on an edit marks its file modified, so a save rewrites only what changed. */
	void trackModifications() {
		for (Resource shard : shards.values()) {
			shard.setTrackingModification(true);
			if (shard instanceof ShardResource tracked) {
				tracked.resetBase();
			}
		}
		playbook.eResource().setModified(false);
	}

	/**
	 * Resolves every cross-file reference by id in one pass (instead of EMF's lazy, URI-parsing proxy
	 * resolution) and records each reference to an element that is not in this playbook. Runs before
	 * modification tracking is switched on, so it marks nothing modified; unresolved proxies stay in place
	 * and are saved back unchanged. A reference to an element of the wrong type (a phrase's replacement that
	 * names a tag) is added to {@code errors}: the file is wrong, and no list may hold an element of another type.
	 */
	void resolveReferences(List<FileProblem> errors) {
		List<EObject> elements = Elements.all(playbook);
		Map<String, EObject> byId = new HashMap<>(elements.size() * 2);
		for (EObject element : elements) {
			byId.put(((Identified) element).getId(), element);
		}
		// Elements are independent (each one's lists are touched by one thread only), so split the work.
		int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), elements.size() / 5000));
		List<FileProblem> found = java.util.Collections.synchronizedList(new ArrayList<>());
		List<FileProblem> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
		java.util.stream.IntStream.range(0, parts).parallel().forEach(part -> {
			int from = elements.size() * part / parts;
			int to = elements.size() * (part + 1) / parts;
			for (EObject element : elements.subList(from, to)) {
				resolve(element, byId, found, wrong);
			}
		});
		for (Resource resource : resourceSet.getResources()) {
			if (resource instanceof ShardResource shard) {
				shard.clearPending();
			}
		}
		List<FileProblem> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparing(FileProblem::toString));
		warnings.addAll(sorted);
		List<FileProblem> wrongSorted = new ArrayList<>(wrong);
		wrongSorted.sort(Comparator.comparing(FileProblem::toString));
		errors.addAll(wrongSorted);
	}

	private void resolve(EObject element, Map<String, EObject> byId, List<FileProblem> found, List<FileProblem> wrong) {
		ShardResource file = fileOf(element);
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
				continue;
			}
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				EcoreEList<EObject> list = (EcoreEList<EObject>) element.eGet(reference);
				for (int i = 0; i < list.size(); i++) {
					if (list.basicGet(i) instanceof InternalEObject proxy && proxy.eIsProxy()) {
						EObject target = byId.get(idOf(file, proxy));
						if (target == null) {
							found.add(missing(file, element, reference, proxy));
						} else if (reference.getEReferenceType().isInstance(target)) {
							list.setUnique(i, target);
						} else {
							wrong.add(wrongType(file, element, reference, target));
						}
					}
				}
			} else if (element.eGet(reference, false) instanceof InternalEObject proxy && proxy.eIsProxy()) {
				EObject target = byId.get(idOf(file, proxy));
				if (target == null) {
					found.add(missing(file, element, reference, proxy));
				} else if (reference.getEReferenceType().isInstance(target)) {
					element.eSet(reference, target);
				} else {
					wrong.add(wrongType(file, element, reference, target));
				}
			}
		}
	}

	private FileProblem wrongType(ShardResource file, EObject owner, EReference reference, EObject target) {
		String expected = reference.getEReferenceType().getName();
		return new FileProblem(Path.of(file == null ? PlaybookLayout.ROOT_FILE : relative(file)), 0, 0,
				Labels.describe(owner) + ": field '" + reference.getName() + "' refers to "
						+ ((Identified) target).getId() + ", which is a " + target.eClass().getName() + ", not a "
						+ expected + "; point it at a " + expected + " or remove the reference");
	}

	/** The file an element is stored in: its entity's shard. */
	private ShardResource fileOf(EObject element) {
		EObject entity = element;
		while (entity.eContainer() != null && entity.eContainer() != playbook) {
			entity = entity.eContainer();
		}
		return ((InternalEObject) entity).eDirectResource() instanceof ShardResource shard ? shard : null;
	}

	private static String idOf(ShardResource file, InternalEObject proxy) {
		String pending = file == null ? null : file.pendingId(proxy);
		return pending != null ? pending : proxy.eProxyURI().fragment();
	}

	private FileProblem missing(ShardResource file, EObject owner, EReference reference, InternalEObject proxy) {
		String id = idOf(file, proxy);
		if (file != null) {
			file.keepUnresolved(proxy);
		}
		String href = file == null ? null : file.pendingHref(proxy);
		String where = href != null && leavesPlaybook(href)
				? " through '" + UnsafePathException.printable(href) + "', outside the playbook folder (never read)"
				: "";
		return new FileProblem(Path.of(file == null ? PlaybookLayout.ROOT_FILE : relative(file)), 0, 0,
				Labels.describe(owner) + ": field '" + reference.getName() + "' refers to " + id + where
						+ ", which is not in this playbook; restore that entry or remove the reference");
	}

	/** Whether an href's file part names something other than a model file of this playbook. */
	private static boolean leavesPlaybook(String href) {
		int hash = href.indexOf('#');
		String path = hash < 0 ? href : href.substring(0, hash);
		if (path.isEmpty()) {
			return false;
		}
		if (path.contains(":") || path.startsWith("/")) {
			return true;
		}
		String normal = path.startsWith("../") ? path.substring(3) : path;
		return !PlaybookPaths.isModelFile(normal);
	}

	/**
	 * Writes every changed file atomically: after a crash at any point, the folder loads as it was before
	 * this call or as it is after it. Only files whose elements changed since the last load or save are
	 * serialised and written (edits mark their shard modified).
	 *
	 * @throws StoreException if the folder cannot be written or the model holds a reference to an element
	 *                        that is no longer part of the playbook; the files on disk are unchanged then
	 */
	public void save() throws StoreException {
		if (readOnly) {
			throw new StoreException("This is a saved version of the playbook (" + folder
					+ "); it cannot be changed. Restore what you need from it instead.");
		}
		placeEntities();
		Map<String, Resource> changed = new TreeMap<>();
		List<String> emptied = new ArrayList<>();
		Resource root = playbook.eResource();
		if (root.isModified() || !onDisk.contains(PlaybookLayout.ROOT_FILE)) {
			changed.put(PlaybookLayout.ROOT_FILE, root);
		}
		for (Map.Entry<String, Resource> shard : shards.entrySet()) {
			Resource resource = shard.getValue();
			if (resource.getContents().isEmpty()) {
				emptied.add(shard.getKey());
			} else if (resource.isModified() || !onDisk.contains(shard.getKey())) {
				changed.put(shard.getKey(), resource);
			}
		}
		boolean written = false;
		try {
			Map<String, byte[]> bytes = serialize(changed);
			Map<String, byte[]> plan = new TreeMap<>(bytes);
			for (String relative : emptied) {
				if (onDisk.contains(relative)) {
					plan.put(relative, null);
				}
			}
			if (!plan.isEmpty()) {
				try {
					LocalState.locked(folder, () -> {
						SaveJournal journal = new SaveJournal(folder);
						for (Map.Entry<String, byte[]> file : plan.entrySet()) {
							byte[] content = withConcurrentChanges(file.getKey(), file.getValue());
							if (content == null) {
								journal.delete(file.getKey());
							} else {
								journal.write(file.getKey(), content);
							}
						}
						journal.commit();
						return null;
					});
				} catch (IOException e) {
					throw new StoreException("Could not save the playbook in " + folder + ": " + e.getMessage()
							+ ". The previous version on disk is intact; check free space and permissions, then save again.",
							e);
				}
			}
			for (Map.Entry<String, byte[]> file : bytes.entrySet()) {
				if (changed.get(file.getKey()) instanceof ShardResource shard) {
					shard.read(file.getValue());
					shard.resetBase();
				}
			}
			written = true;
		} finally {
			if (!written) {
				// Serialising a resource clears its modified flag (EMF does that); the files were not written, so
				// mark them again, or the next save would find nothing to write and the changes would be lost.
				changed.values().forEach(resource -> resource.setModified(true));
			}
		}
		for (Map.Entry<String, Resource> saved : changed.entrySet()) {
			saved.getValue().setModified(false);
			onDisk.add(saved.getKey());
		}
		for (String relative : emptied) {
			onDisk.remove(relative);
			resourceSet.getResources().remove(shards.remove(relative));
		}
	}

	/**
	 * What to write for a file this save changes ({@code ours}, null to remove it), given that another process may
	 * have written it since this one last read or wrote it: then the entries are merged ({@link ShardMerge}), so
	 * the other's saved entries are kept. Runs under the save lock. The playbook's own file keeps this save's
	 * fields (it holds no entries).
	 */
	private byte[] withConcurrentChanges(String relative, byte[] ours) throws IOException {
		Resource resource = PlaybookLayout.ROOT_FILE.equals(relative) ? playbook.eResource() : shards.get(relative);
		if (!(resource instanceof ShardResource shard) || resource == playbook.eResource()) {
			return ours;
		}
		Path file = PlaybookPaths.confine(folder, relative);
		byte[] theirs = Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
				? Files.readAllBytes(PlaybookPaths.regularFile(folder, relative)) : null;
		long now = theirs == null ? ShardResource.ABSENT : ShardResource.checksum(theirs);
		if (now == shard.diskChecksum()) {
			return ours;
		}
		try {
			return ShardMerge.merge(resource.getURI(), ours, theirs, shard.baseIds(), shard.editedIds());
		} catch (IOException | RuntimeException e) {
			// The file on disk is not a shard Parley can read (a damaged file cannot be merged): this save's
			// content replaces it, as before, rather than failing every save of the file.
			return ours;
		}
	}

	/**
	 * The entity as its shard file on disk holds it (the state of the last load or save), read from that file
	 * into a resource of its own: the model is not touched. References to other entities are proxies whose
	 * URI fragment is the target's id (or, within the file, elements of that resource with the same ids), so a
	 * caller maps them to the live elements by id. Null when the entity was never saved.
	 */
	public Identified savedCopy(Identified entity) throws StoreException {
		PlaybookLayout.Kind kind = PlaybookLayout.kindOf(entity.eClass());
		if (kind == null) {
			return null;
		}
		String relative = PlaybookLayout.shardPath(kind, entity);
		Path file = folder.resolve(relative);
		if (!onDisk.contains(relative) || !Files.isRegularFile(file)) {
			return null;
		}
		ShardResource resource;
		try {
			byte[] bytes = Files.readAllBytes(PlaybookPaths.regularFile(folder, relative)); // confined, bounded
			resource = ShardResource.parse(XmiPlaybookStore.uri(folder, relative), bytes);
		} catch (IOException | RuntimeException e) {
			throw new StoreException("Could not read the saved state of " + Labels.describe(entity) + " from " + file
					+ ": " + e.getMessage(), e);
		}
		for (EObject root : resource.getContents()) {
			if (root instanceof Identified saved && saved.getId().equals(entity.getId())
					&& saved.eClass() == entity.eClass()) {
				return saved;
			}
		}
		return null;
	}

	/** Serialises resources in parallel; the model is only read while this runs. */
	private Map<String, byte[]> serialize(Map<String, Resource> resources) throws StoreException {
		Map<String, byte[]> output = new TreeMap<>();
		if (resources.isEmpty()) {
			return output;
		}
		try {
			List<String> names = new ArrayList<>(resources.keySet());
			List<Callable<byte[]>> tasks = new ArrayList<>(names.size());
			for (String name : names) {
				Resource resource = resources.get(name);
				tasks.add(() -> serialize(resource));
			}
			List<byte[]> bytes = Parallel.run("Parley playbook writer", tasks);
			for (int i = 0; i < names.size(); i++) {
				output.put(names.get(i), bytes.get(i));
			}
			return output;
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException && cause.getCause() instanceof DanglingHREFException dangling) {
				throw new StoreException("Nothing was saved: an entry refers to an element that was removed from the"
						+ " playbook (" + LoadProblems.clean(dangling.getMessage())
						+ "). Remove that reference, or undo the removal, then save again.", cause);
			}
			throw new StoreException("Nothing was saved: " + cause, cause);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Nothing was saved: the save was interrupted", e);
		}
	}

	/** Files every entity in its shard, drops removed ones, and orders each shard by id. */
	private void placeEntities() {
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			@SuppressWarnings("unchecked")
			EList<EObject> entities = (EList<EObject>) playbook.eGet(kind.containment());
			for (EObject object : entities) {
				String relative = PlaybookLayout.shardPath(kind, (Identified) object);
				Resource shard = shards.computeIfAbsent(relative, r -> {
					Resource created = resourceSet.createResource(XmiPlaybookStore.uri(folder, r));
					created.setTrackingModification(true);
					return created;
				});
				if (((InternalEObject) object).eDirectResource() != shard) {
					shard.getContents().add(object);
				}
			}
		}
		for (Resource shard : shards.values()) {
			EList<EObject> roots = shard.getContents();
			roots.removeIf(root -> root.eContainer() != playbook);
			if (shard.isModified() || !shard.isTrackingModification()) {
				ECollections.sort(roots, BY_ID);
			}
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
}
