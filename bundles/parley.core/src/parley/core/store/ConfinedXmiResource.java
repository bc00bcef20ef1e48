package parley.core.store;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI resource for a file Parley did not necessarily write (a playbook file, the recovery file): its
 * namespaces are looked up among the packages Parley registers, and nowhere else. EMF would otherwise treat an
 * unknown namespace ({@code xmlns:x="http://host/x"}, {@code file:/...}, {@code java://SomeClass}) as the
 * address of a model to load: it would open that address (a network request, a file outside the playbook) or
 * initialise the class it names. An unknown namespace is reported as an error of the file instead.
 */
public class ConfinedXmiResource extends XMIResourceImpl {

	public ConfinedXmiResource(URI uri) {
		super(uri);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new SAXXMIHandler(resource, helper, options) {
					@Override
					protected EPackage getPackageForURI(String uriString) {
						EPackage known = uriString == null ? null : packageRegistry.getEPackage(uriString);
						return known == null || known.eIsProxy() ? null : known;
					}

					@Override
					protected void handleProxy(InternalEObject proxy, String uriLiteral) {
						// xmlResource, not the enclosing instance: the parser pool reuses handlers across resources.
						if (xmlResource instanceof ShardResource shard) {
							shard.pending(proxy, uriLiteral);
						} else {
							super.handleProxy(proxy, uriLiteral);
						}
					}
				};
			}
		};
	}
}
