package parley.core.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * An XMI resource for one playbook file. References to other files ({@code href="../tags/4.xmi#id"}) are
 * not turned into URIs while parsing: the proxy only remembers its href, and
 * {@link OpenPlaybook#resolveReferences(java.util.List)} resolves them all by id once every file is read. Creating and
 * interning one URI per reference dominated the load time of large playbooks.
 *
 * <p>For saving next to another process, the resource also remembers what it last read from or wrote to its
 * file (a checksum) and which entries it held then, and records which entries were edited since (see
 * {@link ShardMerge}).
 */
final class ShardResource extends ConfinedXmiResource {

	/** The proxy URI of a reference that has not been resolved yet. */
	private static final URI PENDING = URI.createURI("parley:pending");

	/** proxy -> the href it was written with */
	private final Map<InternalEObject, String> pending = new IdentityHashMap<>(4096);

	/** {@link #diskChecksum()} of a file that does not exist. */
	static final long ABSENT = -1;

	/** checksum of the file as this resource last read or wrote it ({@link #ABSENT}: none) */
	private long diskChecksum = ABSENT;
	/** ids of the entries the resource held when it was last read or saved */
	private Set<String> baseIds = Set.of();
	/** ids of the entries edited (any field, any element inside them) since then */
	private final Set<String> editedIds = new HashSet<>();

	ShardResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/** Parses bytes Parley read itself into a resource of their own; references to other files stay proxies. */
	static ShardResource parse(URI uri, byte[] bytes) throws java.io.IOException {
		ShardResource resource = new ShardResource(uri);
		org.xml.sax.InputSource input = new org.xml.sax.InputSource(
				new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
		input.setSystemId(uri.toString());
		resource.load(input, XmiPlaybookStore.loadOptions());
		if (!resource.getErrors().isEmpty()) {
			throw new java.io.IOException(resource.getErrors().get(0).getMessage());
		}
		resource.keepAllUnresolved();
		return resource;
	}

	static long checksum(byte[] bytes) {
		CRC32C crc = new CRC32C();
		crc.update(bytes);
		return crc.getValue();
	}

	/** The checksum of the file as this resource last read or wrote it, {@link #ABSENT} if it had no file. */
	long diskChecksum() {
		return diskChecksum;
	}

	/** Records the bytes read from the file ({@code null}: there was none). */
	void read(byte[] bytes) {
		diskChecksum = bytes == null ? ABSENT : checksum(bytes);
	}

	/**
	 * Makes the entries now in the resource the base (after a load or a save): none counts as edited any more.
	 */
	void resetBase() {
		Set<String> ids = new HashSet<>();
		for (EObject root : getContents()) {
			if (root instanceof Identified identified) {
				ids.add(identified.getId());
			}
		}
		baseIds = ids;
		editedIds.clear();
	}

	Set<String> baseIds() {
		return baseIds;
	}

	/** Entries edited since the baseline, and entries added to the file since (new, or moved here). */
	Set<String> editedIds() {
		Set<String> edited = new HashSet<>(editedIds);
		for (EObject root : getContents()) {
			if (root instanceof Identified identified && !baseIds.contains(identified.getId())) {
				edited.add(identified.getId());
			}
		}
		return edited;
	}

	@Override
	protected Adapter createModificationTrackingAdapter() {
		return new ModificationTrackingAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch() && notification.getNotifier() instanceof EObject changed) {
					String entry = entryOf(changed);
					if (entry != null) {
						editedIds.add(entry);
					}
				}
			}
		};
	}

	/** The id of the entry (a root of a shard) an element belongs to, or null (the playbook itself). */
	private static String entryOf(EObject element) {
		EObject entry = element;
		while (entry.eContainer() != null && !(entry.eContainer() instanceof Playbook)) {
			entry = entry.eContainer();
		}
		return entry instanceof Identified identified && !(entry instanceof Playbook) ? identified.getId() : null;
	}

	/** Records a reference to another file, written as {@code href}, to be resolved by id later. */
	void pending(InternalEObject proxy, String href) {
		proxy.eSetProxyURI(PENDING);
		pending.put(proxy, href);
	}

	/** The id a pending proxy refers to, or null if {@code proxy} is not one of this file's pending proxies. */
	String pendingId(InternalEObject proxy) {
		String href = pending.get(proxy);
		if (href == null) {
			return null;
		}
		int hash = href.lastIndexOf('#');
		return hash < 0 ? href : href.substring(hash + 1);
	}

	/** The href a pending proxy was written with, or null. */
	String pendingHref(InternalEObject proxy) {
		return pending.get(proxy);
	}

	/** Gives an unresolvable proxy its real URI, so it is reported and saved back as it was written. */
	void keepUnresolved(InternalEObject proxy) {
		String href = pending.get(proxy);
		if (href != null) {
			proxy.eSetProxyURI(URI.createURI(href).resolve(getURI()));
		}
	}

	/** Gives every pending proxy the URI it was written with (a file read on its own, not into a playbook). */
	void keepAllUnresolved() {
		for (InternalEObject proxy : pending.keySet()) {
			keepUnresolved(proxy);
		}
		pending.clear();
	}

	/** Forgets the pending references once they are resolved. */
	void clearPending() {
		pending.clear();
	}
}
