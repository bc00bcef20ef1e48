package parley.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import parley.model.playbook.Identified;

/**
 * Merges a shard file that another process (or program) changed since this one last read or wrote it with
 * the content this process is about to save, entry by entry, so two authors saving different entries of the same
 * file both keep their work.
 *
 * <p>Per entry (by id), with <i>ours</i> the content being saved, <i>theirs</i> the file on disk now, and
 * <i>base</i> the entries this process held when it last read or wrote the file:
 * <ul>
 * <li>an entry this process edited or added since (see {@link ShardResource#editedIds()}) is saved as ours: the
 * author's own edit wins over a concurrent one of the same entry, as when both had saved one after the other;</li>
 * <li>an entry it did not edit is saved as the file holds it (another process's edit is kept);</li>
 * <li>an entry it removed (in base, not ours) stays removed; one the other removed and this process did not edit
 * stays removed; one the other added stays.</li>
 * </ul>
 * The merge runs under the playbook's save lock, so the file cannot change while it is merged and written.
 * The model in memory is not changed: it keeps its own view of the entries it did not edit, and every later save
 * of that file merges again (the file differs from what this process wrote).
 */
final class ShardMerge {

	private ShardMerge() {
	}

	/**
	 * The merged file content, or null when no entry is left (the file is to be removed).
	 *
	 * @param uri    the shard's URI (references to other files are written relative to it)
	 * @param ours   the content being saved, null when this process removed every entry of the file
	 * @param theirs the file on disk now, null when it no longer exists
	 * @throws IOException when the file on disk cannot be read as a shard
	 */
	static byte[] merge(URI uri, byte[] ours, byte[] theirs, Set<String> base, Set<String> edited) throws IOException {
		Map<String, EObject> mine = roots(ours == null ? null : ShardResource.parse(uri, ours));
		Map<String, EObject> other = roots(theirs == null ? null : ShardResource.parse(uri, theirs));
		Map<String, EObject> chosen = new TreeMap<>();
		for (Map.Entry<String, EObject> entry : mine.entrySet()) {
			String id = entry.getKey();
			if (edited.contains(id)) {
				chosen.put(id, entry.getValue());
			} else if (other.containsKey(id)) {
				chosen.put(id, other.get(id));
			} else if (!base.contains(id)) {
				chosen.put(id, entry.getValue()); // not edited, not in base: cannot happen, keep it rather than lose it
			}
			// else: the other process removed an entry this one did not edit
		}
		for (Map.Entry<String, EObject> entry : other.entrySet()) {
			if (!mine.containsKey(entry.getKey()) && !base.contains(entry.getKey())) {
				chosen.put(entry.getKey(), entry.getValue()); // added by the other process
			}
		}
		if (chosen.isEmpty()) {
			return null;
		}
		ShardResource merged = new ShardResource(uri);
		merged.getContents().addAll(chosen.values());
		relink(merged, uri);
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		merged.save(out, XmiPlaybookStore.saveOptions());
		return out.toByteArray();
	}

	private static Map<String, EObject> roots(ShardResource resource) {
		Map<String, EObject> roots = new HashMap<>();
		if (resource != null) {
			for (EObject root : new ArrayList<>(resource.getContents())) {
				if (root instanceof Identified identified) {
					roots.put(identified.getId(), root);
				}
			}
		}
		return roots;
	}

	/**
	 * Points references between entries of the file at the merged file's elements: an entry taken from one side
	 * may refer to an element of the same file that was taken from the other side. A reference to an element that
	 * is no longer in the file becomes a reference by id to this file, as a reference to a removed entry is
	 * anywhere else.
	 */
	private static void relink(ShardResource merged, URI uri) {
		Map<String, EObject> byId = new HashMap<>();
		List<EObject> elements = new ArrayList<>();
		for (TreeIterator<EObject> all = merged.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			elements.add(element);
			if (element instanceof Identified identified) {
				byId.put(identified.getId(), element);
			}
		}
		for (EObject element : elements) {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient()
						|| reference.isDerived() || !reference.isChangeable()) {
					continue;
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					InternalEList<EObject> list = (InternalEList<EObject>) element.eGet(reference, false);
					for (int i = 0; i < list.size(); i++) {
						EObject target = list.basicGet(i);
						EObject local = local(target, merged, byId, uri);
						if (local != target) {
							list.setUnique(i, local);
						}
					}
				} else if (element.eGet(reference, false) instanceof EObject target) {
					EObject local = local(target, merged, byId, uri);
					if (local != target) {
						element.eSet(reference, local);
					}
				}
			}
		}
	}

	private static EObject local(EObject target, ShardResource merged, Map<String, EObject> byId, URI uri) {
		if (target.eIsProxy() || target.eResource() == merged || !(target instanceof Identified identified)) {
			return target;
		}
		EObject same = byId.get(identified.getId());
		if (same != null) {
			return same;
		}
		InternalEObject proxy = (InternalEObject) EcoreUtil.create(target.eClass());
		proxy.eSetProxyURI(uri.appendFragment(identified.getId()));
		return proxy;
	}
}
