package parley.core.store;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * An XMI resource for one playbook file. References to other files ({@code href="../tags/4.xmi#id"}) are
 * not turned into URIs while parsing: the proxy only remembers its href, and
 * {@link OpenPlaybook#resolveReferences(java.util.List)} resolves them all by id once every file is read. Creating and
 * interning one URI per reference dominated the load time of large playbooks.
 */
final class ShardResource extends ConfinedXmiResource {

	/** The proxy URI of a reference that has not been resolved yet. */
	private static final URI PENDING = URI.createURI("parley:pending");

	/** proxy -> the href it was written with */
	private final Map<InternalEObject, String> pending = new IdentityHashMap<>(4096);

	ShardResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
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
