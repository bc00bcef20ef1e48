package parley.core.interchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import parley.core.store.PlaybookLayout;
import parley.model.playbook.PlaybookPackage;

/**
 * The JSON Schema (draft 2020-12) of {@link PlaybookJson}'s format, made from the EMF model the same way the
 * export is, so it cannot drift from it: a test keeps {@code docs/schema/parley-playbook-1.schema.json} equal
 * to {@link #text()}.
 */
public final class PlaybookJsonSchema {

	/** The shipped file's name. */
	public static final String FILE_NAME = "parley-playbook-" + PlaybookJson.VERSION + ".schema.json";

	private PlaybookJsonSchema() {
	}

	/** The schema as pretty JSON text. */
	public static String text() {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.put("$id", FILE_NAME);
		root.put("title", "Parley playbook, interchange format version " + PlaybookJson.VERSION);
		root.put("description", "The whole playbook as 'parley export json' writes it and 'parley import json'"
				+ " reads it (docs/INTERCHANGE.md). Entities are grouped by type and sorted by id; every record"
				+ " carries its id and the revision it had when exported; links are ids.");
		root.put("type", "object");
		root.put("required", List.of("format", "version"));
		root.put("additionalProperties", false);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("$schema", obj("type", "string"));
		properties.put("format", obj("const", PlaybookJson.FORMAT));
		properties.put("version", obj("const", PlaybookJson.VERSION));
		properties.put("playbook", ref(PlaybookPackage.Literals.PLAYBOOK));
		Set<EClassifier> defined = new LinkedHashSet<>();
		Deque<EClassifier> todo = new ArrayDeque<>();
		todo.add(PlaybookPackage.Literals.PLAYBOOK);
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			properties.put(kind.folder(), array(ref(kind.type())));
			todo.add(kind.type());
		}
		root.put("properties", properties);
		Map<String, Object> defs = new LinkedHashMap<>();
		List<EClassifier> entityTypes = new ArrayList<>();
		entityTypes.add(PlaybookPackage.Literals.PLAYBOOK);
		PlaybookLayout.KINDS.forEach(k -> entityTypes.add(k.type()));
		while (!todo.isEmpty()) {
			EClassifier c = todo.removeFirst();
			if (!defined.add(c)) {
				continue;
			}
			if (c instanceof EEnum e) {
				Map<String, Object> def = new LinkedHashMap<>();
				def.put("enum", e.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
				defs.put(c.getName(), def);
				continue;
			}
			EClass type = (EClass) c;
			Map<String, Object> def = new LinkedHashMap<>();
			def.put("type", "object");
			String doc = EcoreUtil.getDocumentation(type);
			if (doc != null) {
				def.put("description", doc);
			}
			List<String> required = new ArrayList<>();
			Map<String, Object> props = new LinkedHashMap<>();
			props.put(PlaybookJson.ID, obj("type", "string", "minLength", 1, "description",
					"The element's id (a UUID); leave it out for a new element"));
			if (entityTypes.contains(type)) {
				props.put(PlaybookJson.REVISION, obj("type", "string", "pattern", "^sha256:[0-9a-f]{64}$",
						"description", "The SHA-256 of the record (without revision) as exported; tells the import"
								+ " whether the entity changed since. Leave it out of records you write yourself"));
			}
			for (EStructuralFeature f : PlaybookJson.features(type)) {
				Map<String, Object> one = new LinkedHashMap<>(f.isMany() ? array(item(f, todo)) : item(f, todo));
				String fdoc = EcoreUtil.getDocumentation(f);
				if (fdoc != null) {
					one.put("description", fdoc);
				}
				props.put(f.getName(), one);
				if (f.getLowerBound() > 0 && !f.isMany() && f instanceof EAttribute a && !(a.getEType() instanceof EEnum)) {
					required.add(f.getName());
				}
			}
			def.put("properties", props);
			if (!required.isEmpty()) {
				def.put("required", required);
			}
			def.put("additionalProperties", false);
			defs.put(type.getName(), def);
		}
		root.put("$defs", defs);
		return JsonText.write(root, true);
	}

	private static Map<String, Object> item(EStructuralFeature f, Deque<EClassifier> todo) {
		if (f instanceof EReference ref) {
			if (ref.isContainment()) {
				todo.add(ref.getEReferenceType());
				return ref(ref.getEReferenceType());
			}
			return obj("type", "string", "description", "The id of a " + ref.getEReferenceType().getName());
		}
		EDataType type = ((EAttribute) f).getEAttributeType();
		if (type instanceof EEnum) {
			todo.add(type);
			return ref(type);
		}
		Class<?> c = type.getInstanceClass();
		if (c == boolean.class || c == Boolean.class) {
			return obj("type", "boolean");
		}
		if (c == int.class || c == Integer.class) {
			return obj("type", "integer", "minimum", 0);
		}
		if (c == java.time.LocalDate.class) {
			return obj("type", "string", "format", "date");
		}
		if (c == java.time.Instant.class) {
			return obj("type", "string", "format", "date-time");
		}
		return obj("type", "string");
	}

	private static Map<String, Object> ref(EClassifier type) {
		return obj("$ref", "#/$defs/" + type.getName());
	}

	/** An ordered map of keys and values (Map.of has no stable order, and the file must not change). */
	private static Map<String, Object> obj(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int k = 0; k < keysAndValues.length; k += 2) {
			map.put((String) keysAndValues[k], keysAndValues[k + 1]);
		}
		return map;
	}

	private static Map<String, Object> array(Map<String, Object> items) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("type", "array");
		a.put("items", items);
		return a;
	}
}
