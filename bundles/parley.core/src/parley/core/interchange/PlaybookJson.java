package parley.core.interchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import parley.core.store.PlaybookLayout;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/**
 * The playbook as JSON, format {@code parley-playbook} version {@value #VERSION} (docs/INTERCHANGE.md, the JSON
 * Schema in {@code docs/schema/parley-playbook-1.schema.json}). Reflective over the EMF model, so a new field
 * is exported and imported without code here: every stored feature of an element in model order after its
 * {@code id} and {@code revision}; attributes as JSON strings (enum literals, ISO dates and instants), numbers
 * or booleans; links as ids; contained elements (scenario steps, curation events, review comments) nested.
 * Entities are grouped by type (the folder order: sources, tags, audiences, techniques, phrases, scenarios)
 * and sorted by id, so an export of an unchanged playbook is byte-identical and an edit is a small diff.
 */
public final class PlaybookJson {

	/** The value of the top-level {@code format} key. */
	public static final String FORMAT = "parley-playbook";

	/** The format's version; a file of another version is refused on import. */
	public static final int VERSION = 1;

	static final String ID = "id";
	static final String REVISION = "revision";

	private PlaybookJson() {
	}

	/** The whole playbook as pretty JSON text (UTF-8 when written; ends with a newline). */
	public static String write(Playbook playbook) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		root.put("playbook", withRevision(playbook));
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			List<Identified> entities = new ArrayList<>();
			for (Object o : (List<?>) playbook.eGet(kind.containment())) {
				entities.add((Identified) o);
			}
			entities.sort(Comparator.comparing(Identified::getId, Comparator.nullsFirst(Comparator.naturalOrder())));
			List<Object> records = new ArrayList<>();
			entities.forEach(e -> records.add(withRevision(e)));
			root.put(kind.folder(), records);
		}
		return JsonText.write(root, true);
	}

	/**
	 * The version of an element as an export records it: {@code sha256:} and the SHA-256 of its record (every
	 * field, links by id) in compact form. Equal revisions mean equal content.
	 */
	public static String revision(EObject element) {
		return hash(record(element));
	}

	static String hash(Map<String, Object> record) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(JsonText.write(record, false).getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, Object> withRevision(EObject element) {
		Map<String, Object> record = record(element);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put(ID, record.remove(ID));
		out.put(REVISION, hash(withId(element, record)));
		out.putAll(record);
		return out;
	}

	private static Map<String, Object> withId(EObject element, Map<String, Object> rest) {
		Map<String, Object> full = new LinkedHashMap<>();
		full.put(ID, ((Identified) element).getId());
		full.putAll(rest);
		return full;
	}

	/** An element's record without revision: id, then its features in model order; unset values left out. */
	static Map<String, Object> record(EObject element) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put(ID, ((Identified) element).getId());
		for (EStructuralFeature feature : features(element.eClass())) {
			Object value = element.eGet(feature, false);
			if (feature.isMany()) {
				List<?> list = (List<?>) value;
				if (list.isEmpty()) {
					continue;
				}
				List<Object> items = new ArrayList<>();
				for (Object item : list) {
					items.add(json(feature, item));
				}
				record.put(feature.getName(), items);
			} else if (value != null) {
				record.put(feature.getName(), json(feature, value));
			}
		}
		return record;
	}

	private static Object json(EStructuralFeature feature, Object value) {
		if (feature instanceof EReference ref) {
			if (ref.isContainment()) {
				return record((EObject) value);
			}
			return idOf((EObject) value);
		}
		return attribute((EAttribute) feature, value);
	}

	static Object attribute(EAttribute attribute, Object value) {
		EDataType type = attribute.getEAttributeType();
		Class<?> c = type.getInstanceClass();
		if (c == boolean.class || c == Boolean.class) {
			return value;
		}
		if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
				|| c == Short.class) {
			return ((Number) value).longValue();
		}
		if (value instanceof String s) {
			return s;
		}
		return EcoreUtil.convertToString(type, value);
	}

	/** The id an element is linked by (an unresolved link keeps the id it names). */
	static String idOf(EObject target) {
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		return ((Identified) target).getId();
	}

	/**
	 * The features a record holds, in model order: stored (not transient or derived), changeable, not the id.
	 * The playbook's entity lists are transient and written as the top-level lists instead.
	 */
	static List<EStructuralFeature> features(EClass type) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()
					|| feature == PlaybookPackage.Literals.IDENTIFIED__ID) {
				continue;
			}
			features.add(feature);
		}
		return features;
	}
}
