package parley.core.store;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI resource for one playbook file. References to other files ({@code href="../tags/4.xmi#id"}) are
 * not turned into URIs while parsing: the proxy only remembers its href, and
 * {@link OpenPlaybook#resolveReferences()} resolves them all by id once every file is read. Creating and
 * interning one URI per reference dominated the load time of large playbooks.
 */
final class ShardResource extends XMIResourceImpl {

	/** The proxy URI of a reference that has not been resolved yet. */
	private static final URI PENDING = URI.createURI("parley:pending");

	/** proxy -> the href it was written with */
	private final Map<InternalEObject, String> pending = new IdentityHashMap<>(4096);

	ShardResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new SAXXMIHandler(resource, helper, options) {
					@Override
					protected void handleProxy(InternalEObject proxy, String uriLiteral) {
						// xmlResource, not the enclosing instance: the parser pool reuses handlers across resources.
						proxy.eSetProxyURI(PENDING);
						((ShardResource) xmlResource).pending.put(proxy, uriLiteral);
					}
				};
			}
		};
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
