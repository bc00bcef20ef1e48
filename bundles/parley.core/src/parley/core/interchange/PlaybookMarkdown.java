package parley.core.interchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import parley.core.interchange.JsonText.Arr;
import parley.core.interchange.JsonText.Bool;
import parley.core.interchange.JsonText.Member;
import parley.core.interchange.JsonText.Null;
import parley.core.interchange.JsonText.Num;
import parley.core.interchange.JsonText.Obj;
import parley.core.interchange.JsonText.Pos;
import parley.core.interchange.JsonText.Str;
import parley.core.interchange.JsonText.Value;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/**
 * The playbook as Markdown files for docs-as-code (docs/INTERCHANGE.md): {@code playbook.md} and one file per
 * entity in a folder per type ({@code techniques/acknowledge-the-feeling-0b6e1c2d.md}). Each file has front
 * matter between {@code ---} lines, one field per line as {@code key: value} with the value written as JSON
 * (which YAML reads too): the {@link PlaybookJson} record's fields, links as relative paths to the linked files;
 * its body is the type's main text ({@link #bodyField}: a technique's or source's summary, a phrase's wording,
 * a scenario's situation, a description), verbatim. Reading turns the files back into the JSON record tree, with
 * each value's file, line and column, and imports it with {@link JsonImport}'s rules.
 */
public final class PlaybookMarkdown {

	static final String FENCE = "---";

	private PlaybookMarkdown() {
	}

	/** The field a type's file body holds, or null. */
	static EStructuralFeature bodyField(EClass type) {
		String name = switch (type.getName()) {
		case "Technique", "Source" -> "summary";
		case "Phrase" -> "text";
		case "Scenario" -> "situation";
		default -> "description";
		};
		return type.getEStructuralFeature(name);
	}

	// ------------------------------------------------------------------------------------------ writing

	/** Every file's text by relative path ({@code playbook.md} first, then by type and id). */
	public static Map<String, String> write(Playbook playbook) {
		Map<String, String> paths = paths(playbook);
		Map<String, String> files = new LinkedHashMap<>();
		files.put("playbook.md", file(playbook, "playbook.md", paths));
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			List<Identified> entities = new ArrayList<>();
			for (Object o : (List<?>) playbook.eGet(kind.containment())) {
				entities.add((Identified) o);
			}
			entities.sort(java.util.Comparator.comparing(Identified::getId));
			for (Identified e : entities) {
				String path = paths.get(e.getId());
				files.put(path, file(e, path, paths));
			}
		}
		return files;
	}

	/** Entity id to its file's path: the type's folder, the title as a slug and the id's first 8 characters. */
	private static Map<String, String> paths(Playbook playbook) {
		Map<String, String> paths = new HashMap<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			for (Object o : (List<?>) playbook.eGet(kind.containment())) {
				Identified e = (Identified) o;
				Object title = ((EObject) o).eGet(nameFeature(kind.type()));
				String id = e.getId();
				paths.put(id, kind.folder() + "/" + slug(title == null ? "" : title.toString()) + "-"
						+ slug(id.length() > 8 ? id.substring(0, 8) : id) + ".md");
			}
		}
		return paths;
	}

	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "entry" : slug;
	}

	private static String file(EObject element, String path, Map<String, String> paths) {
		Map<String, Object> record = PlaybookJson.record(element);
		EStructuralFeature body = bodyField(element.eClass());
		StringBuilder b = new StringBuilder(FENCE).append('\n');
		b.append(PlaybookJson.ID).append(": ").append(JsonText.write(record.get(PlaybookJson.ID), false)).append('\n');
		b.append(PlaybookJson.REVISION).append(": ").append(JsonText.write(PlaybookJson.hash(record), false))
				.append('\n');
		for (Map.Entry<String, Object> e : record.entrySet()) {
			if (e.getKey().equals(PlaybookJson.ID) || (body != null && e.getKey().equals(body.getName()))) {
				continue;
			}
			EStructuralFeature f = element.eClass().getEStructuralFeature(e.getKey());
			b.append(e.getKey()).append(": ").append(JsonText.write(toPaths(f, e.getValue(), path, paths), false))
					.append('\n');
		}
		b.append(FENCE).append('\n');
		Object text = body == null ? null : record.get(body.getName());
		if (text != null) {
			b.append(text).append('\n');
		}
		return b.toString();
	}

	/** Links (also inside contained records) as paths relative to {@code from}; unknown ids stay ids. */
	@SuppressWarnings("unchecked")
	private static Object toPaths(EStructuralFeature f, Object value, String from, Map<String, String> paths) {
		if (!(f instanceof EReference ref)) {
			return value;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>();
			list.forEach(v -> out.add(toPaths(f, v, from, paths)));
			return out;
		}
		if (ref.isContainment()) {
			Map<String, Object> nested = new LinkedHashMap<>();
			((Map<String, Object>) value).forEach((k, v) -> nested.put(k,
					toPaths(ref.getEReferenceType().getEStructuralFeature(k), v, from, paths)));
			return nested;
		}
		String target = paths.get(value);
		return target == null ? value : relative(from, target);
	}

	private static String relative(String from, String to) {
		int slash = from.lastIndexOf('/');
		String dir = slash < 0 ? "" : from.substring(0, slash);
		if (dir.isEmpty()) {
			return to;
		}
		return to.startsWith(dir + "/") ? to.substring(dir.length() + 1) : "../" + to;
	}

	// ------------------------------------------------------------------------------------------ reading

	/**
	 * Reads the Markdown files ({@code files}: relative path to bytes, {@code playbook.md} and files in the type
	 * folders) and checks them against {@code live} with the JSON import's rules; changes nothing.
	 *
	 * @param folder how problems name the folder the files are in (e.g. "docs/")
	 */
	public static JsonImport.Plan plan(Playbook live, String folder, Map<String, byte[]> files,
			JsonImport.Options options, Clock clock) throws ImportException {
		JsonImport.checkTotal(folder, files);
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Obj> records = new LinkedHashMap<>();
		Map<String, EClass> types = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> e : files.entrySet()) {
			String path = e.getKey();
			EClass type = typeOf(path);
			if (type == null) {
				continue;
			}
			String name = folder + path;
			try {
				records.put(path, read(name, JsonImport.utf8(name, e.getValue()), type, problems));
				types.put(path, type);
			} catch (ImportException x) {
				problems.addAll(x.problems());
			}
		}
		Map<String, String> idOfPath = new HashMap<>();
		records.forEach((path, record) -> {
			Member id = record.members().get(PlaybookJson.ID);
			if (id != null && id.value() instanceof Str s) {
				idOfPath.put(path, s.value());
			} else if (types.get(path) != PlaybookPackage.Literals.PLAYBOOK) {
				String assigned = idByTitle(live, types.get(path), record);
				if (assigned != null) {
					record.members().put(PlaybookJson.ID, new Member(PlaybookJson.ID, record.pos(),
							new Str(record.pos(), assigned)));
					idOfPath.put(path, assigned);
				}
			}
		});
		Pos top = new Pos(1, 1);
		Map<String, Member> root = new LinkedHashMap<>();
		root.put("format", new Member("format", top, new Str(top, PlaybookJson.FORMAT)));
		root.put("version", new Member("version", top, new Num(top, String.valueOf(PlaybookJson.VERSION))));
		for (Map.Entry<String, Obj> e : records.entrySet()) {
			String path = e.getKey();
			EClass type = types.get(path);
			Obj record = (Obj) toIds(type, e.getValue(), path, idOfPath, problems);
			if (type == PlaybookPackage.Literals.PLAYBOOK) {
				root.put("playbook", new Member("playbook", record.pos(), record));
				continue;
			}
			String key = PlaybookLayout.kindOf(type).folder();
			Member list = root.computeIfAbsent(key, k -> new Member(k, record.pos(), new Arr(record.pos(),
					new ArrayList<>())));
			((Arr) list.value()).items().add(record);
		}
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			if (files.keySet().stream().anyMatch(p -> p.startsWith(kind.folder() + "/")) || files.containsKey(
					kind.folder() + "/")) {
				root.putIfAbsent(kind.folder(), new Member(kind.folder(), top, new Arr(top, new ArrayList<>())));
			}
		}
		return JsonImport.plan(live, folder, new Obj(top, root), problems, options, clock);
	}

	/** The type of a file by where it is: {@code playbook.md}, or a {@code .md} file in a type's folder. */
	static EClass typeOf(String path) {
		if (path.equals("playbook.md")) {
			return PlaybookPackage.Literals.PLAYBOOK;
		}
		int slash = path.indexOf('/');
		if (slash < 0 || path.indexOf('/', slash + 1) >= 0 || !path.endsWith(".md")) {
			return null;
		}
		PlaybookLayout.Kind kind = PlaybookLayout.kindOfFolder(path.substring(0, slash));
		return kind == null ? null : kind.type();
	}

	private static Obj read(String name, String text, EClass type, List<ImportProblem> problems) throws ImportException {
		String[] lines = text.split("\n", -1);
		int first = lines.length > 0 && lines[0].startsWith("\uFEFF") ? 1 : 0;
		if (lines.length == 0 || !strip(lines[0]).substring(first).equals(FENCE)) {
			throw new ImportException("Nothing was imported.", List.of(new ImportProblem(name, 1, 1,
					"the file does not start with front matter (a line '---', the fields, a line '---'); add it")));
		}
		Map<String, Member> members = new LinkedHashMap<>();
		int k = 1;
		for (; k < lines.length && !strip(lines[k]).equals(FENCE); k++) {
			String line = strip(lines[k]);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int colon = line.indexOf(": ");
			if (colon <= 0) {
				problems.add(new ImportProblem(name, k + 1, 1, "expected 'field: value' (the value as JSON, e.g."
						+ " title: \"Acknowledge the feeling\")"));
				continue;
			}
			String key = line.substring(0, colon).strip();
			int valueColumn = colon + 3;
			Value value;
			try {
				value = shift(JsonText.parse(line.substring(colon + 2)), name, k + 1, valueColumn - 1);
			} catch (JsonText.SyntaxError e) {
				problems.add(new ImportProblem(name, k + 1, e.pos.column() + valueColumn - 1, "the value of '" + key
						+ "' is not valid JSON: " + e.getMessage() + " (text goes in double quotes)"));
				Pos at = new Pos(name, k + 1, valueColumn);
				members.putIfAbsent(key, new Member(key, at, new Null(at))); // reported once, not as missing too
				continue;
			}
			if (members.containsKey(key)) {
				problems.add(new ImportProblem(name, k + 1, 1, "'" + key + "' appears twice; keep one"));
				continue;
			}
			members.put(key, new Member(key, new Pos(name, k + 1, 1), value));
		}
		if (k >= lines.length) {
			throw new ImportException("Nothing was imported.", List.of(new ImportProblem(name, 1, 1,
					"the front matter is not closed; add a line '---' after the fields")));
		}
		EStructuralFeature body = bodyField(type);
		if (body != null) {
			StringBuilder b = new StringBuilder();
			for (int j = k + 1; j < lines.length; j++) {
				b.append(lines[j]);
				if (j < lines.length - 1) {
					b.append('\n');
				}
			}
			String text2 = b.toString();
			if (text2.endsWith("\n")) {
				text2 = text2.substring(0, text2.length() - 1);
			}
			Pos at = new Pos(name, k + 2, 1);
			if (!text2.isEmpty()) {
				if (members.containsKey(body.getName())) {
					problems.add(new ImportProblem(name, at.line(), 1, "the " + body.getName() + " is both in the"
							+ " front matter and the body; keep it in the body"));
				}
				members.put(body.getName(), new Member(body.getName(), at, new Str(at, text2)));
			}
		}
		return new Obj(new Pos(name, 1, 1), members);
	}

	private static String strip(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	/** A value parsed from one line, with positions in the file. */
	private static Value shift(Value v, String file, int line, int columns) {
		Pos p = new Pos(file, line, v.pos().column() + columns);
		if (v instanceof Obj o) {
			Map<String, Member> members = new LinkedHashMap<>();
			o.members().forEach((k, m) -> members.put(k, new Member(k, new Pos(file, line, m.keyPos().column()
					+ columns), shift(m.value(), file, line, columns))));
			return new Obj(p, members);
		}
		if (v instanceof Arr a) {
			List<Value> items = new ArrayList<>();
			a.items().forEach(i -> items.add(shift(i, file, line, columns)));
			return new Arr(p, items);
		}
		if (v instanceof Str s) {
			return new Str(p, s.value());
		}
		if (v instanceof Num n) {
			return new Num(p, n.text());
		}
		if (v instanceof Bool b) {
			return new Bool(p, b.value());
		}
		return new Null(p);
	}

	/** Links given as relative paths turned into the ids of the files they name. */
	private static Value toIds(EClass type, Value value, String from, Map<String, String> idOfPath,
			List<ImportProblem> problems) {
		if (!(value instanceof Obj o)) {
			return value;
		}
		Map<String, Member> members = new LinkedHashMap<>();
		for (Member m : o.members().values()) {
			EStructuralFeature f = type.getEStructuralFeature(m.key());
			Value v = m.value();
			if (f instanceof EReference ref) {
				v = linkValue(ref, v, from, idOfPath, problems);
			}
			members.put(m.key(), new Member(m.key(), m.keyPos(), v));
		}
		return new Obj(o.pos(), members);
	}

	private static Value linkValue(EReference ref, Value v, String from, Map<String, String> idOfPath,
			List<ImportProblem> problems) {
		if (v instanceof Arr a) {
			List<Value> items = new ArrayList<>();
			a.items().forEach(i -> items.add(linkValue(ref, i, from, idOfPath, problems)));
			return new Arr(a.pos(), items);
		}
		if (ref.isContainment()) {
			return toIds(ref.getEReferenceType(), v, from, idOfPath, problems);
		}
		if (v instanceof Str s && s.value().endsWith(".md")) {
			String id = idOfPath.get(resolve(from, s.value()));
			return id == null ? v : new Str(s.pos(), id); // an unknown path is reported as a link to nothing
		}
		return v;
	}

	/** A file without id: the id of the entity with its exact title, else a new one (so links can name it). */
	private static String idByTitle(Playbook live, EClass type, Obj record) {
		EStructuralFeature name = nameFeature(type);
		Member title = record.members().get(name.getName());
		if (!(title != null && title.value() instanceof Str t)) {
			return null;
		}
		List<String> same = new ArrayList<>();
		for (Object o : (List<?>) live.eGet(PlaybookLayout.kindOf(type).containment())) {
			if (t.value().equals(((EObject) o).eGet(name))) {
				same.add(((Identified) o).getId());
			}
		}
		if (same.size() > 1) {
			return null; // the import says it is ambiguous
		}
		return same.isEmpty() ? java.util.UUID.randomUUID().toString() : same.get(0);
	}

	private static String resolve(String from, String link) {
		int slash = from.lastIndexOf('/');
		List<String> parts = new ArrayList<>(slash < 0 ? List.of() : List.of(from.substring(0, slash).split("/")));
		for (String part : link.split("/")) {
			if (part.equals("..")) {
				if (!parts.isEmpty()) {
					parts.remove(parts.size() - 1);
				}
			} else if (!part.equals(".") && !part.isEmpty()) {
				parts.add(part);
			}
		}
		return String.join("/", parts);
	}

	private static EStructuralFeature nameFeature(EClass type) {
		EStructuralFeature title = type.getEStructuralFeature("title");
		return title != null ? title : type.getEStructuralFeature("name");
	}
}
