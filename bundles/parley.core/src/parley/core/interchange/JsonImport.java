package parley.core.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;

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
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/**
 * Imports a {@link PlaybookJson} file into a playbook, all or nothing. {@link #plan} reads and checks the whole
 * file first (syntax, known fields, value types and enum literals, required fields, ids, links, conflicts) and
 * throws an {@link ImportException} listing every problem as {@code file:line:column: what, and what to do};
 * only a clean file gives a {@link Plan}, whose {@link Plan#command() command} makes every change as one
 * undoable EMF command (a {@link ChangeCommand} on the playbook), to run on an editing session's stack and save.
 *
 * <p>Rules: a record is matched to an entity by {@code id}, else (no id) by exact title (name for tags and
 * audiences) within its type; a record that matches nothing is a new entity (keeping its id, or given a new
 * one). A matched record is the whole entity: its fields replace the entity's, and a field it leaves out is
 * cleared. A record whose content still equals its {@code revision} was not edited in the file and leaves the
 * entity alone; one edited in the file whose entity also changed since the export is a conflict, refused
 * unless {@link Options#theirs()}. Entities the file does not hold are kept unless
 * {@link Options#deleteMissing()}. An entry whose content changes while the file kept its old
 * {@code modified} is stamped modified now.
 */
public final class JsonImport {

	/**
	 * Bigger files are refused before they are decoded or parsed (and by the command line before they are read);
	 * for the CSV sheets and Markdown files of a folder it bounds each file and all of them together. A Parley
	 * export of a large playbook is a few megabytes.
	 */
	public static final int MAX_BYTES = 64 * 1024 * 1024;

	/** What the import may do beyond creating and updating. */
	public record Options(boolean deleteMissing, boolean theirs) {
	}

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private final Playbook live;
	private final String file;
	private final Options options;
	private final Clock clock;
	private final List<ImportProblem> problems = new ArrayList<>();
	private final Map<String, EObject> liveIds = new HashMap<>();
	private final Map<String, Staged> fileIds = new HashMap<>();
	private final List<Staged> entities = new ArrayList<>();
	private final List<RefId> links = new ArrayList<>();
	private Staged playbookRecord;
	/** The types the file lists (a key, even an empty list): --delete-missing deletes only among them. */
	private final List<PlaybookLayout.Kind> listed = new ArrayList<>();

	private JsonImport(Playbook live, String file, Options options, Clock clock) {
		this.live = live;
		this.file = file;
		this.options = options;
		this.clock = clock;
	}

	/**
	 * Reads and checks {@code bytes} (the file named {@code file} in messages) against {@code live}; changes
	 * nothing.
	 *
	 * @throws ImportConflictException when entries edited in the file also changed in the playbook (and not
	 *                                 {@code theirs})
	 * @throws ImportException         listing every problem when the file cannot be imported as it is
	 */
	public static Plan plan(Playbook live, String file, byte[] bytes, Options options, Clock clock)
			throws ImportException {
		return new JsonImport(live, file, options, clock).run(bytes);
	}

	/** A checked import, ready to run. */
	public final class Plan {
		private final List<Staged> applied;
		private final List<EObject> removed;

		private Plan(List<Staged> applied, List<EObject> removed) {
			this.applied = applied;
			this.removed = removed;
		}

		/** Records that make new entities. */
		public int created() {
			return (int) applied.stream().filter(s -> s.live == null).count();
		}

		/** Entities the import removes ({@link Options#deleteMissing()}). */
		public int deleted() {
			return removed.size();
		}

		/** The whole import as one undoable command on the playbook. */
		public ChangeCommand command() {
			ChangeCommand command = new ChangeCommand(live) {
				@Override
				protected void doExecute() {
					apply(applied, removed);
				}
			};
			command.setLabel("Import " + file);
			return command;
		}
	}

	// ------------------------------------------------------------------------------------------ reading

	private Plan run(byte[] bytes) throws ImportException {
		String text = decode(bytes);
		Value root;
		try {
			root = JsonText.parse(text);
		} catch (JsonText.SyntaxError e) {
			throw refused(List.of(problem(e.pos, "not valid JSON: " + e.getMessage())));
		}
		return run(root);
	}

	/**
	 * As {@link #plan(Playbook, String, byte[], Options, Clock)}, for a record tree another format was read
	 * into ({@link PlaybookCsv}); its positions may name their files.
	 */
	static Plan plan(Playbook live, String file, Value root, List<ImportProblem> earlier, Options options, Clock clock)
			throws ImportException {
		JsonImport reading = new JsonImport(live, file, options, clock);
		reading.problems.addAll(earlier);
		return reading.run(root);
	}

	/** {@code bytes} as UTF-8 text, or a problem at the first byte that is not UTF-8. */
	static String utf8(String file, byte[] bytes) throws ImportException {
		return new JsonImport(null, file, null, null).decode(bytes);
	}

	private Plan run(Value root) throws ImportException {
		indexLive();
		readRoot(root);
		match();
		checkLinks();
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing(ImportProblem::file).thenComparingInt(ImportProblem::line)
					.thenComparingInt(ImportProblem::column));
			throw refused(problems);
		}
		List<ImportProblem> conflicts = new ArrayList<>();
		List<Staged> applied = new ArrayList<>();
		for (Staged s : entities) {
			decide(s, conflicts, applied);
		}
		if (playbookRecord != null) {
			decide(playbookRecord, conflicts, applied);
		}
		if (!conflicts.isEmpty()) {
			throw new ImportConflictException(conflicts);
		}
		List<EObject> removed = new ArrayList<>();
		if (options.deleteMissing()) {
			Set<EObject> kept = new HashSet<>();
			entities.forEach(s -> kept.add(s.live));
			for (PlaybookLayout.Kind kind : listed) {
				for (Object o : (List<?>) live.eGet(kind.containment())) {
					if (!kept.contains(o)) {
						removed.add((EObject) o);
					}
				}
			}
		}
		return new Plan(applied, removed);
	}

	/** Refuses the files of a folder that are more than {@link #MAX_BYTES} together, before any is decoded. */
	static void checkTotal(String folder, Map<String, byte[]> files) throws ImportException {
		long total = 0;
		for (byte[] bytes : files.values()) {
			total += bytes.length;
		}
		if (total > MAX_BYTES) {
			ImportProblem problem = files.size() == 1
					? tooBig(folder + files.keySet().iterator().next(), "the file is", total)
					: tooBig(folder, "the folder's " + files.size() + " files together are", total);
			throw new ImportException("Nothing was imported: " + problem.file() + " is too big.", List.of(problem));
		}
	}

	/** The problem of {@code size} bytes, more than an import reads; {@code what} is "the file is" or the like. */
	static ImportProblem tooBig(String file, String what, long size) {
		return new ImportProblem(file, 1, 1, what + " " + (size + 1024 * 1024 - 1) / (1024 * 1024) + " MB, more than the "
				+ MAX_BYTES / (1024 * 1024) + " MB an import reads; split the playbook or import fewer files at once");
	}

	private String decode(byte[] bytes) throws ImportException {
		if (bytes.length > MAX_BYTES) {
			throw refused(List.of(tooBig(file, "the file is", bytes.length)));
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			return decoder.decode(in).toString();
		} catch (MalformedInputException e) {
			int bad = in.position();
			int line = 1;
			int lineStart = 0;
			for (int k = 0; k < bad && k < bytes.length; k++) {
				if (bytes[k] == '\n') {
					line++;
					lineStart = k + 1;
				}
			}
			throw refused(List.of(problem(new Pos(line, bad - lineStart + 1),
					"bytes that are not UTF-8; save the file as UTF-8")));
		} catch (CharacterCodingException e) {
			throw refused(List.of(problem(new Pos(1, 1), "the file is not UTF-8 text; save it as UTF-8")));
		}
	}

	private ImportException refused(List<ImportProblem> found) {
		return new ImportException("Nothing was imported: " + file + " has " + (found.size() == 1 ? "1 problem"
				: found.size() + " problems") + ".", found);
	}

	private ImportProblem problem(Pos pos, String message) {
		return new ImportProblem(pos.file() != null ? pos.file() : file, pos.line(), pos.column(), message);
	}

	private void report(Pos pos, String message) {
		problems.add(problem(pos, message));
	}

	private void indexLive() {
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			for (Object o : (List<?>) live.eGet(kind.containment())) {
				liveIds.put(((Identified) o).getId(), (EObject) o);
			}
		}
	}

	private void readRoot(Value root) {
		if (!(root instanceof Obj obj)) {
			report(root.pos(), "the file holds " + root.kind() + ", not a Parley playbook export (an object with"
					+ " \"format\": \"" + PlaybookJson.FORMAT + "\"); export one with 'parley export json'");
			return;
		}
		Member format = obj.members().get("format");
		if (format == null || !(format.value() instanceof Str s) || !PlaybookJson.FORMAT.equals(s.value())) {
			report(format == null ? obj.pos() : format.value().pos(), "not a Parley playbook export: \"format\" must be"
					+ " \"" + PlaybookJson.FORMAT + "\"; export one with 'parley export json'");
			return;
		}
		Member version = obj.members().get("version");
		Long v = version != null && version.value() instanceof Num n ? n.asLong() : null;
		if (v == null || v != PlaybookJson.VERSION) {
			report(version == null ? obj.pos() : version.value().pos(), "\"version\" must be " + PlaybookJson.VERSION
					+ " (the format this Parley reads); export the file again with this Parley");
			return;
		}
		for (Member m : obj.members().values()) {
			String key = m.key();
			if (key.equals("format") || key.equals("version") || key.equals("$schema")) {
				continue;
			}
			if (key.equals("playbook")) {
				if (m.value() instanceof Obj record) {
					playbookRecord = readRecord(record, P.getPlaybook(), true);
				} else {
					report(m.value().pos(), "\"playbook\" must be an object of the playbook's own fields");
				}
				continue;
			}
			PlaybookLayout.Kind kind = PlaybookLayout.kindOfFolder(key);
			if (kind == null) {
				report(m.keyPos(), "unknown key \"" + key + "\"; the top level holds format, version, playbook and "
						+ PlaybookLayout.KINDS.stream().map(PlaybookLayout.Kind::folder).collect(Collectors.joining(", ")));
				continue;
			}
			if (!(m.value() instanceof Arr list)) {
				report(m.value().pos(), "\"" + key + "\" must be a list of " + typeName(kind.type()) + " records");
				continue;
			}
			listed.add(kind);
			for (Value item : list.items()) {
				if (item instanceof Obj record) {
					entities.add(readRecord(record, kind.type(), true));
				} else {
					report(item.pos(), "each item of \"" + key + "\" must be an object (one " + typeName(kind.type())
							+ "), not " + item.kind());
				}
			}
		}
	}

	/** A record read and converted; links kept as ids until every record is known. */
	static final class Staged {
		final EClass type;
		final Pos pos;
		String id;
		String revision;
		EObject live;
		String liveRevision;
		Object liveModified;
		EObject created;
		final Map<EStructuralFeature, Object> values = new LinkedHashMap<>();

		Staged(EClass type, Pos pos) {
			this.type = type;
			this.pos = pos;
		}
	}

	/** A link as written: the id, where, and the reference it is for. */
	record RefId(String id, Pos pos, EReference reference, String owner, Staged from) {
	}

	private Staged readRecord(Obj record, EClass type, boolean entity) {
		Staged s = new Staged(type, record.pos());
		List<EStructuralFeature> features = PlaybookJson.features(type);
		Map<String, EStructuralFeature> byName = new LinkedHashMap<>();
		features.forEach(f -> byName.put(f.getName(), f));
		for (Member m : record.members().values()) {
			String key = m.key();
			Value value = m.value();
			if (key.equals(PlaybookJson.ID)) {
				if (value instanceof Str id && !id.value().isBlank() && id.value().strip().equals(id.value())) {
					s.id = id.value();
				} else if (!(value instanceof Null)) {
					report(value.pos(), "\"id\" must be a non-blank string without surrounding spaces; leave it out"
							+ " for a new " + typeName(type));
				}
				continue;
			}
			if (key.equals(PlaybookJson.REVISION) && entity) {
				if (value instanceof Str rev) {
					s.revision = rev.value();
				} else if (!(value instanceof Null)) {
					report(value.pos(), "\"revision\" must be the string the export wrote; leave it out of records"
							+ " you write yourself");
				}
				continue;
			}
			EStructuralFeature feature = byName.get(key);
			if (feature == null) {
				report(m.keyPos(), "unknown field \"" + key + "\" in a " + typeName(type) + "; known fields: id, "
						+ (entity ? "revision, " : "") + String.join(", ", byName.keySet()) + " (check the spelling)");
				continue;
			}
			if (value instanceof Null) {
				continue;
			}
			Object converted = convert(s, feature, value, typeName(type) + " '" + key + "'");
			if (converted != null) {
				s.values.put(feature, converted);
			}
		}
		for (EStructuralFeature f : features) {
			// A null that names its file stands for a value another format's reader already reported as unreadable.
			Member given = record.members().get(f.getName());
			if (f.getLowerBound() > 0 && !f.isMany() && f instanceof EAttribute a && !(a.getEType() instanceof EEnum)
					&& (given == null || (given.value() instanceof Null && given.value().pos().file() == null))) {
				report(record.pos(), "a " + typeName(type) + " needs \"" + f.getName() + "\"; add it to this record");
			}
		}
		return s;
	}

	private Object convert(Staged from, EStructuralFeature feature, Value value, String what) {
		if (feature.isMany()) {
			if (!(value instanceof Arr list)) {
				report(value.pos(), what + " must be a list, not " + value.kind() + "; write [ ... ]");
				return null;
			}
			List<Object> items = new ArrayList<>();
			Set<Object> seen = new HashSet<>();
			boolean ok = true;
			for (Value item : list.items()) {
				Object one = convertOne(from, feature, item, what);
				if (one == null) {
					ok = false;
					continue;
				}
				if (feature.isUnique() && !(one instanceof Staged)) {
					Object key = one instanceof RefId r ? r.id() : one;
					if (!seen.add(key)) {
						report(item.pos(), what + " lists " + (one instanceof RefId r ? r.id() : one)
								+ " twice; keep one");
						ok = false;
						continue;
					}
				}
				items.add(one);
			}
			return ok ? items : null;
		}
		return convertOne(from, feature, value, what);
	}

	private Object convertOne(Staged from, EStructuralFeature feature, Value value, String what) {
		if (feature instanceof EReference ref) {
			if (ref.isContainment()) {
				if (value instanceof Obj nested) {
					return readRecord(nested, ref.getEReferenceType(), false);
				}
				report(value.pos(), what + " holds objects (one " + typeName(ref.getEReferenceType()) + " each), not "
						+ value.kind());
				return null;
			}
			if (value instanceof Str id && !id.value().isBlank()) {
				RefId link = new RefId(id.value(), value.pos(), ref, what, from);
				links.add(link);
				return link;
			}
			report(value.pos(), what + " links by id: give the id of a " + typeName(ref.getEReferenceType())
					+ " as a string, not " + value.kind());
			return null;
		}
		EAttribute attribute = (EAttribute) feature;
		EDataType type = attribute.getEAttributeType();
		Class<?> c = type.getInstanceClass();
		if (c == boolean.class || c == Boolean.class) {
			if (value instanceof Bool b) {
				return b.value();
			}
			report(value.pos(), what + " must be true or false, not " + value.kind());
			return null;
		}
		if (c == int.class || c == Integer.class) {
			Long n = value instanceof Num num ? num.asLong() : null;
			if (n == null || n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
				report(value.pos(), what + " must be a whole number, not " + (value instanceof Num num ? num.text()
						: value.kind()));
				return null;
			}
			if (n < 0) {
				report(value.pos(), what + " must not be negative; use 0 for none");
				return null;
			}
			return n.intValue();
		}
		if (!(value instanceof Str str)) {
			report(value.pos(), what + " must be a string, not " + value.kind() + "; put it in double quotes");
			return null;
		}
		String text = str.value();
		if (type instanceof EEnum e) {
			EEnumLiteral literal = e.getEEnumLiteralByLiteral(text);
			if (literal == null) {
				report(value.pos(), what + ": unknown value \"" + text + "\"; use one of " + e.getELiterals().stream()
						.map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")));
				return null;
			}
			return literal.getInstance();
		}
		if (c == String.class) {
			return text;
		}
		try {
			Object parsed = EcoreUtil.createFromString(type, text);
			if (parsed == null) {
				throw new IllegalArgumentException("empty");
			}
			return parsed;
		} catch (RuntimeException e) {
			String example = c == java.time.LocalDate.class ? "a date like 2026-03-31"
					: c == Instant.class ? "an instant like 2026-03-31T09:30:00Z" : "a valid " + type.getName();
			report(value.pos(), what + ": \"" + text + "\" is not " + example + "; correct it");
			return null;
		}
	}

	// ------------------------------------------------------------------------------------------ matching

	private void match() {
		Set<EObject> claimed = new HashSet<>();
		Map<String, Pos> nestedIds = new HashMap<>();
		for (Staged s : entities) {
			if (s.id == null) {
				continue;
			}
			Staged twice = fileIds.putIfAbsent(s.id, s);
			if (twice != null) {
				report(s.pos, "the id " + s.id + " is used twice (also at line " + twice.pos.line()
						+ "); give each record its own id, or leave it out for a new entry");
				continue;
			}
			EObject existing = liveIds.get(s.id);
			if (existing != null && existing.eClass() != s.type) {
				report(s.pos, "the id " + s.id + " belongs to a " + typeName(existing.eClass()) + " in the playbook,"
						+ " not a " + typeName(s.type) + "; move the record to \"" + folder(existing.eClass())
						+ "\" or give it another id");
				continue;
			}
			s.live = existing;
			if (existing != null) {
				claimed.add(existing);
			}
		}
		for (Staged s : entities) {
			if (s.id != null) {
				continue;
			}
			EStructuralFeature name = nameFeature(s.type);
			Object wanted = s.values.get(name);
			List<EObject> same = new ArrayList<>();
			for (Object o : (List<?>) live.eGet(PlaybookLayout.kindOf(s.type).containment())) {
				EObject candidate = (EObject) o;
				if (!claimed.contains(candidate) && wanted != null && wanted.equals(candidate.eGet(name))) {
					same.add(candidate);
				}
			}
			if (same.size() > 1) {
				report(s.pos, same.size() + " " + folder(s.type) + " in the playbook are titled '" + wanted
						+ "'; add the \"id\" of the one this record is for");
				continue;
			}
			if (same.size() == 1) {
				s.live = same.get(0);
				s.id = ((Identified) s.live).getId();
				claimed.add(s.live);
			} else {
				s.id = UUID.randomUUID().toString();
			}
			fileIds.put(s.id, s);
		}
		if (playbookRecord != null) {
			playbookRecord.live = live;
		}
		for (Staged s : entities) {
			matchNested(s, s.live, nestedIds);
		}
		if (playbookRecord != null) {
			matchNested(playbookRecord, live, nestedIds);
		}
		for (Staged s : all()) {
			if (s.live != null) {
				s.liveRevision = PlaybookJson.revision(s.live);
				if (s.live instanceof Entry entry) {
					s.liveModified = entry.getModified();
				}
			}
		}
	}

	private List<Staged> all() {
		List<Staged> all = new ArrayList<>(entities);
		if (playbookRecord != null) {
			all.add(playbookRecord);
		}
		return all;
	}

	/** Ids for contained records: kept when given (unique in the file), new otherwise; matched in the parent. */
	private void matchNested(Staged parent, EObject liveParent, Map<String, Pos> seen) {
		for (Map.Entry<EStructuralFeature, Object> e : parent.values.entrySet()) {
			if (!(e.getKey() instanceof EReference ref) || !ref.isContainment()) {
				continue;
			}
			Map<String, EObject> existing = new HashMap<>();
			if (liveParent != null) {
				for (Object o : (List<?>) liveParent.eGet(ref)) {
					existing.put(((Identified) o).getId(), (EObject) o);
				}
			}
			for (Object o : (List<?>) e.getValue()) {
				Staged child = (Staged) o;
				if (child.id == null) {
					child.id = UUID.randomUUID().toString();
				} else {
					Pos first = seen.putIfAbsent(child.id, child.pos);
					if (first != null || fileIds.containsKey(child.id)) {
						report(child.pos, "the id " + child.id + " is used twice (also at line "
								+ (first != null ? first : fileIds.get(child.id).pos).line()
								+ "); give each its own id, or leave it out for a new one");
						continue;
					}
					child.live = existing.get(child.id);
				}
				matchNested(child, child.live, seen);
			}
		}
	}

	private void checkLinks() {
		for (RefId link : links) {
			EClass wanted = link.reference().getEReferenceType();
			Staged inFile = fileIds.get(link.id());
			EObject target = inFile != null ? null : liveIds.get(link.id());
			EClass type = inFile != null ? inFile.type : target != null ? target.eClass() : null;
			if (type == null && unresolvedIn(link) != null) {
				continue; // a link that already dangles in the playbook is kept as it is (validation reports it)
			}
			if (type == null) {
				report(link.pos(), link.owner() + " links to " + link.id() + ", which is neither in the file nor in the"
						+ " playbook; correct the id, or add that " + typeName(wanted) + " to the file");
			} else if (!wanted.isSuperTypeOf(type)) {
				report(link.pos(), link.owner() + " must link to a " + typeName(wanted) + ", but " + link.id()
						+ " is a " + typeName(type) + "; correct the id");
			} else if (inFile == null && options.deleteMissing()) {
				report(link.pos(), link.owner() + " links to " + link.id() + " ('" + Objects.toString(
						target.eGet(nameFeature(target.eClass()))) + "'), which is not in the file, so --delete-missing"
						+ " would delete it; add it to the file, or remove the link");
			}
		}
	}

	/**
	 * The unresolved link (a proxy) with the link's id that the entity already holds in that field, if any:
	 * the store keeps a link whose target is missing, and so does an export and its import.
	 */
	private static EObject unresolvedIn(RefId link) {
		EObject owner = link.from().live;
		if (owner == null) {
			return null;
		}
		Object value = owner.eGet(link.reference(), false);
		for (Object o : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
			EObject target = (EObject) o;
			if (target.eIsProxy() && link.id().equals(PlaybookJson.idOf(target))) {
				return target;
			}
		}
		return null;
	}

	/**
	 * Whether a record changes its entity, and whether that is a conflict: a record with a revision that its
	 * content still matches was not edited in the file (left alone); one edited in the file whose entity
	 * changed since the export too is a conflict.
	 */
	private void decide(Staged s, List<ImportProblem> conflicts, List<Staged> applied) {
		Map<String, Object> content = canonical(s);
		if (s.live == null) {
			applied.add(s);
			return;
		}
		String incoming = PlaybookJson.hash(content);
		if (incoming.equals(s.liveRevision)) {
			return; // already as in the file
		}
		boolean samePlaybook = s.live != live || Objects.equals(s.id, live.getId());
		if (s.revision != null && samePlaybook) {
			if (incoming.equals(s.revision)) {
				return; // not edited in the file: the playbook's newer state stays
			}
			if (!s.revision.equals(s.liveRevision) && !options.theirs()) {
				conflicts.add(problem(s.pos, typeName(s.type) + " '" + s.live.eGet(nameFeature(s.type)) + "' (" + s.id
						+ ") was changed in the playbook since the export and in the file; export again and redo"
						+ " the edit there, or pass --theirs to take the file's version"));
				return;
			}
		}
		applied.add(s);
	}

	/** A record's content as the export would write it for the entity it makes (for its revision). */
	private Map<String, Object> canonical(Staged s) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put(PlaybookJson.ID, s.live == live ? live.getId() : s.id);
		for (EStructuralFeature f : PlaybookJson.features(s.type)) {
			Object v = s.values.get(f);
			if (v == null || (v instanceof List<?> l && l.isEmpty())) {
				continue;
			}
			if (f.isMany()) {
				List<Object> items = new ArrayList<>();
				for (Object item : (List<?>) v) {
					items.add(canonicalValue(f, item));
				}
				record.put(f.getName(), items);
			} else {
				record.put(f.getName(), canonicalValue(f, v));
			}
		}
		return record;
	}

	private Object canonicalValue(EStructuralFeature f, Object v) {
		if (v instanceof Staged nested) {
			return canonical(nested);
		}
		if (v instanceof RefId link) {
			return link.id();
		}
		return PlaybookJson.attribute((EAttribute) f, v);
	}

	// ------------------------------------------------------------------------------------------ applying

	private void apply(List<Staged> applied, List<EObject> removed) {
		Map<String, EObject> targets = new HashMap<>(liveIds);
		for (Staged s : applied) {
			if (s.live == null) {
				EObject created = EcoreUtil.create(s.type);
				((Identified) created).setId(s.id);
				targets.put(s.id, created);
				s.created = created;
			}
		}
		for (Staged s : applied) {
			if (s.live == null) {
				@SuppressWarnings("unchecked")
				List<EObject> list = (List<EObject>) live.eGet(PlaybookLayout.kindOf(s.type).containment());
				list.add(s.created);
			}
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		for (Staged s : applied) {
			EObject target = s.live != null ? s.live : s.created;
			setValues(target, s, targets);
			if (s.live == null && target instanceof Entry entry) {
				if (entry.getCreated() == null) {
					entry.setCreated(now);
				}
				if (entry.getModified() == null) {
					entry.setModified(entry.getCreated());
				}
			}
			if (s.live instanceof Entry entry && s.liveModified != null
					&& Objects.equals(s.values.get(P.getEntry_Modified()), s.liveModified)
					&& !PlaybookJson.revision(entry).equals(s.liveRevision)) {
				entry.setModified(now);
			}
		}
		for (EObject gone : removed) {
			((List<?>) live.eGet(PlaybookLayout.kindOf(gone.eClass()).containment())).remove(gone);
		}
	}

	@SuppressWarnings("unchecked")
	private void setValues(EObject target, Staged s, Map<String, EObject> targets) {
		for (EStructuralFeature f : PlaybookJson.features(s.type)) {
			Object v = s.values.get(f);
			if (f.isMany()) {
				List<Object> wanted = new ArrayList<>();
				if (v != null) {
					for (Object item : (List<?>) v) {
						wanted.add(resolve(target, f, item, targets));
					}
				}
				EList<Object> list = (EList<Object>) target.eGet(f);
				if (!list.equals(wanted)) {
					ECollections.setEList(list, wanted);
				}
			} else {
				Object wanted = v == null ? null : resolve(target, f, v, targets);
				if (wanted == null) {
					if (target.eIsSet(f) && target.eGet(f) != null) {
						target.eUnset(f);
					}
				} else if (!Objects.equals(target.eGet(f), wanted)) {
					target.eSet(f, wanted);
				}
			}
		}
	}

	private Object resolve(EObject owner, EStructuralFeature f, Object v, Map<String, EObject> targets) {
		if (v instanceof RefId link) {
			EObject target = targets.get(link.id());
			return target != null ? target : unresolvedIn(link);
		}
		if (v instanceof Staged nested) {
			EObject child = nested.live;
			if (child == null) {
				child = EcoreUtil.create(nested.type);
				((Identified) child).setId(nested.id);
			}
			setValues(child, nested, targets);
			return child;
		}
		return v;
	}

	// ------------------------------------------------------------------------------------------ naming

	private static EStructuralFeature nameFeature(EClass type) {
		EStructuralFeature title = type.getEStructuralFeature("title");
		return title != null ? title : type.getEStructuralFeature("name");
	}

	static String typeName(EClass type) {
		return switch (type.getName()) {
		case "CurationEvent" -> "curation event";
		case "ReviewComment" -> "review comment";
		default -> type.getName().toLowerCase(java.util.Locale.ROOT);
		};
	}

	private static String folder(EClass type) {
		PlaybookLayout.Kind kind = PlaybookLayout.kindOf(type);
		return kind == null ? typeName(type) : kind.folder();
	}
}
