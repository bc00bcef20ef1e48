package parley.core.interchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import parley.core.interchange.JsonText.Arr;
import parley.core.interchange.JsonText.Bool;
import parley.core.interchange.JsonText.Member;
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
 * The playbook as CSV sheets a spreadsheet opens (docs/INTERCHANGE.md): one file per type ({@code playbook.csv},
 * {@code sources.csv}, {@code tags.csv}, {@code audiences.csv}, {@code techniques.csv}, {@code phrases.csv},
 * {@code scenarios.csv}) and one per kind of contained record ({@code steps.csv}, {@code events.csv},
 * {@code comments.csv}, each row naming its {@code parent} by id, in order). RFC 4180: comma-separated, fields
 * quoted when needed, CRLF line ends, UTF-8 (a byte order mark on request, for spreadsheets that need it).
 * Columns are the {@link PlaybookJson} record's: {@code id}, {@code revision}, then every field in model order; a
 * list is one item per line in its cell; a link is two columns, titles ({@code tags}) and ids ({@code tags ids}).
 * Reading builds the same record tree as the JSON format, with each cell's file, line and column, and imports it
 * with {@link JsonImport}'s rules; a row without id is matched by title or creates an entry, and a link cell
 * with titles but no ids is resolved by title.
 */
public final class PlaybookCsv {

	/** The suffix of a link's id column. */
	static final String IDS = " ids";
	static final String OWNER = "parent";

	private static final char BOM = '\uFEFF';

	private PlaybookCsv() {
	}

	/** A sheet: its file name, the type of its rows, and for contained records the reference that holds them. */
	record Sheet(String file, EClass type, EReference containment) {
		boolean top() {
			return containment == null;
		}
	}

	/** The sheets in the order they are written. */
	static List<Sheet> sheets() {
		List<Sheet> sheets = new ArrayList<>();
		sheets.add(new Sheet("playbook.csv", PlaybookPackage.Literals.PLAYBOOK, null));
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			sheets.add(new Sheet(kind.folder() + ".csv", kind.type(), null));
		}
		Map<String, EReference> contained = new LinkedHashMap<>();
		for (int k = 0; k < sheets.size(); k++) {
			for (EStructuralFeature f : PlaybookJson.features(sheets.get(k).type())) {
				if (f instanceof EReference ref && ref.isContainment() && !contained.containsKey(ref.getName())) {
					contained.put(ref.getName(), ref);
					sheets.add(new Sheet(ref.getName() + ".csv", ref.getEReferenceType(), ref));
				}
			}
		}
		return sheets;
	}

	/** The sheets' names. */
	public static List<String> fileNames() {
		return sheets().stream().map(Sheet::file).toList();
	}

	// ------------------------------------------------------------------------------------------ writing

	/** Every sheet's text, by file name, in order. */
	public static Map<String, String> write(Playbook playbook, boolean byteOrderMark) {
		Map<String, String> files = new LinkedHashMap<>();
		for (Sheet sheet : sheets()) {
			List<String> header = header(sheet);
			StringBuilder b = new StringBuilder();
			if (byteOrderMark) {
				b.append(BOM);
			}
			row(b, header);
			for (EObject[] row : rows(playbook, sheet)) {
				row(b, cells(sheet, header, row[0], row[1]));
			}
			files.put(sheet.file(), b.toString());
		}
		return files;
	}

	static List<String> header(Sheet sheet) {
		List<String> header = new ArrayList<>();
		if (!sheet.top()) {
			header.add(OWNER);
		}
		header.add(PlaybookJson.ID);
		if (sheet.top()) {
			header.add(PlaybookJson.REVISION);
		}
		for (EStructuralFeature f : PlaybookJson.features(sheet.type())) {
			if (f instanceof EReference ref && ref.isContainment()) {
				continue;
			}
			header.add(f.getName());
			if (f instanceof EReference) {
				header.add(f.getName() + IDS);
			}
		}
		return header;
	}

	/** The rows of a sheet: {owner, element}, entities by id, contained records by owner and then in order. */
	private static List<EObject[]> rows(Playbook playbook, Sheet sheet) {
		List<EObject[]> rows = new ArrayList<>();
		if (sheet.type() == PlaybookPackage.Literals.PLAYBOOK) {
			rows.add(new EObject[] { null, playbook });
			return rows;
		}
		for (EObject entity : sorted(playbook)) {
			if (sheet.top() ? entity.eClass() == sheet.type() : false) {
				rows.add(new EObject[] { null, entity });
			}
			if (!sheet.top() && sheet.containment().getEContainingClass().isSuperTypeOf(entity.eClass())) {
				for (Object child : (List<?>) entity.eGet(sheet.containment())) {
					rows.add(new EObject[] { entity, (EObject) child });
				}
			}
		}
		return rows;
	}

	private static List<EObject> sorted(Playbook playbook) {
		List<EObject> all = new ArrayList<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			List<Identified> of = new ArrayList<>();
			for (Object o : (List<?>) playbook.eGet(kind.containment())) {
				of.add((Identified) o);
			}
			of.sort(Comparator.comparing(Identified::getId, Comparator.nullsFirst(Comparator.naturalOrder())));
			all.addAll(of);
		}
		return all;
	}

	private static List<String> cells(Sheet sheet, List<String> header, EObject owner, EObject element) {
		Map<String, Object> record = PlaybookJson.record(element);
		List<String> cells = new ArrayList<>();
		for (String column : header) {
			if (!sheet.top() && column.equals(OWNER)) {
				cells.add(((Identified) owner).getId());
			} else if (column.equals(PlaybookJson.REVISION)) {
				cells.add(PlaybookJson.hash(record));
			} else if (column.endsWith(IDS)) {
				cells.add(lines(record.get(column.substring(0, column.length() - IDS.length()))));
			} else {
				EStructuralFeature f = sheet.type().getEStructuralFeature(column);
				if (f instanceof EReference ref) {
					cells.add(titles(element, ref));
				} else {
					cells.add(lines(record.get(column)));
				}
			}
		}
		return cells;
	}

	private static String titles(EObject element, EReference ref) {
		Object value = element.eGet(ref, false);
		List<String> titles = new ArrayList<>();
		for (Object o : value instanceof List<?> l ? l : value == null ? List.of() : List.of(value)) {
			EObject target = (EObject) o;
			Object title = target.eIsProxy() ? null : target.eGet(nameFeature(target.eClass()));
			titles.add(title == null ? "" : title.toString());
		}
		return String.join("\n", titles);
	}

	private static String lines(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			List<String> items = new ArrayList<>();
			list.forEach(i -> items.add(String.valueOf(i)));
			return String.join("\n", items);
		}
		return String.valueOf(value);
	}

	private static void row(StringBuilder b, List<String> cells) {
		for (int k = 0; k < cells.size(); k++) {
			if (k > 0) {
				b.append(',');
			}
			String cell = cells.get(k);
			boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' '
							|| cell.charAt(cell.length() - 1) == ' '));
			if (quote) {
				b.append('"').append(cell.replace("\"", "\"\"")).append('"');
			} else {
				b.append(cell);
			}
		}
		b.append("\r\n");
	}

	// ------------------------------------------------------------------------------------------ reading

	/** A cell as read: its text and where it starts. */
	record Cell(String text, Pos pos) {
	}

	/**
	 * Reads the sheets present in {@code files} (file name to bytes; names as {@link #fileNames()}) and checks
	 * them against {@code live} with the JSON import's rules; changes nothing.
	 *
	 * @param folder how problems name the folder the sheets are in (e.g. "export/")
	 */
	public static JsonImport.Plan plan(Playbook live, String folder, Map<String, byte[]> files,
			JsonImport.Options options, Clock clock) throws ImportException {
		JsonImport.checkTotal(folder, files);
		List<ImportProblem> problems = new ArrayList<>();
		Map<Sheet, List<List<Cell>>> read = new LinkedHashMap<>();
		for (Sheet sheet : sheets()) {
			byte[] bytes = files.get(sheet.file());
			if (bytes == null) {
				continue;
			}
			String name = folder + sheet.file();
			try {
				read.put(sheet, parse(name, JsonImport.utf8(name, bytes)));
			} catch (ImportException e) {
				problems.addAll(e.problems());
			}
		}
		if (read.isEmpty() && problems.isEmpty()) {
			problems.add(new ImportProblem(folder, 1, 1, "no sheet to import; the folder needs one or more of "
					+ String.join(", ", fileNames()) + " (as 'parley export csv' writes them)"));
		}
		if (!problems.isEmpty()) {
			throw new ImportException("Nothing was imported: " + problems.size() + " problem(s).", problems);
		}
		Reader reader = new Reader(live, read);
		Value root = reader.root();
		List<ImportProblem> found = reader.problems.stream().map(p -> new ImportProblem(p.pos().file(),
				p.pos().line(), p.pos().column(), p.message())).toList();
		return JsonImport.plan(live, folder, root, found, options, clock);
	}

	/**
	 * The rows of a CSV file (RFC 4180: quoted fields may hold commas, doubled quotes and line ends; a leading
	 * byte order mark is skipped; blank lines are left out), each a list of cell texts. For any sheet, not only
	 * Parley's own (the reply checker reads a helpdesk's macro export with it).
	 *
	 * @param file the file's name, for the problem's position
	 * @throws ImportException naming the line and column of a malformed quoted field
	 */
	public static List<List<String>> rows(String file, String text) throws ImportException {
		return parse(file, text).stream().map(row -> row.stream().map(Cell::text).toList()).toList();
	}

	/** RFC 4180 with positions: fields split by commas, quoted fields may hold commas, quotes and line ends. */
	static List<List<Cell>> parse(String file, String text) throws ImportException {
		List<List<Cell>> rows = new ArrayList<>();
		int i = text.startsWith(String.valueOf(BOM)) ? 1 : 0;
		int line = 1;
		int lineStart = i;
		List<Cell> row = new ArrayList<>();
		while (i < text.length()) {
			Pos pos = new Pos(file, line, i - lineStart + 1);
			StringBuilder cell = new StringBuilder();
			if (text.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= text.length()) {
						throw new ImportException("Nothing was imported.", List.of(new ImportProblem(file, pos.line(),
								pos.column(), "the quoted field is not closed; add the closing double quote")));
					}
					char c = text.charAt(i);
					if (c == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							cell.append('"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (c == '\n') {
						line++;
						lineStart = i + 1;
					}
					cell.append(c);
					i++;
				}
				if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
					throw new ImportException("Nothing was imported.", List.of(new ImportProblem(file, line,
							i - lineStart + 1, "text after a quoted field's closing quote; put the whole field in"
									+ " quotes and double the quotes inside it (\"\")")));
				}
			} else {
				while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
					if (text.charAt(i) == '"') {
						throw new ImportException("Nothing was imported.", List.of(new ImportProblem(file, line,
								i - lineStart + 1, "a double quote inside an unquoted field; quote the field and"
										+ " double the quote (\"\")")));
					}
					cell.append(text.charAt(i));
					i++;
				}
			}
			row.add(new Cell(cell.toString().replace("\r\n", "\n"), pos));
			if (i < text.length() && text.charAt(i) == ',') {
				i++;
				if (i == text.length()) {
					row.add(new Cell("", new Pos(file, line, i - lineStart + 1)));
				}
				continue;
			}
			if (i < text.length() && text.charAt(i) == '\r') {
				i++;
			}
			if (i < text.length() && text.charAt(i) == '\n') {
				i++;
			}
			line++;
			lineStart = i;
			rows.add(row);
			row = new ArrayList<>();
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		rows.removeIf(r -> r.size() == 1 && r.get(0).text().isEmpty());
		return rows;
	}

	/** Turns read sheets into the record tree {@link JsonImport} reads. */
	private static final class Reader {
		private final Playbook live;
		private final Map<Sheet, List<List<Cell>>> sheets;
		private final Map<String, Obj> byId = new HashMap<>();
		private final Map<String, EClass> typeOfId = new HashMap<>();
		private final List<Runnable> titleLinks = new ArrayList<>();
		private final List<ImportProblemHolder> problems = new ArrayList<>();

		Reader(Playbook live, Map<Sheet, List<List<Cell>>> sheets) {
			this.live = live;
			this.sheets = sheets;
		}

		Value root() {
			Pos top = new Pos(1, 1);
			Map<String, Member> root = new LinkedHashMap<>();
			root.put("format", new Member("format", top, new Str(top, PlaybookJson.FORMAT)));
			root.put("version", new Member("version", top, new Num(top, String.valueOf(PlaybookJson.VERSION))));
			Map<Sheet, List<Obj>> records = new LinkedHashMap<>();
			for (Map.Entry<Sheet, List<List<Cell>>> e : sheets.entrySet()) {
				records.put(e.getKey(), records(e.getKey(), e.getValue()));
			}
			for (Runnable link : titleLinks) {
				link.run();
			}
			for (Map.Entry<Sheet, List<Obj>> e : records.entrySet()) {
				Sheet sheet = e.getKey();
				List<Obj> rows = e.getValue();
				Pos at = rows.isEmpty() ? new Pos(sheet.file(), 1, 1) : rows.get(0).pos();
				if (sheet.type() == PlaybookPackage.Literals.PLAYBOOK) {
					if (rows.size() > 1) {
						problems.add(new ImportProblemHolder(rows.get(1).pos(), "playbook.csv holds one row, the"
								+ " playbook's own fields; remove the others"));
					}
					if (!rows.isEmpty()) {
						root.put("playbook", new Member("playbook", at, rows.get(0)));
					}
				} else if (sheet.top()) {
					String key = PlaybookLayout.kindOf(sheet.type()).folder();
					root.put(key, new Member(key, at, new Arr(at, new ArrayList<>(rows))));
				}
			}
			return new Obj(top, root);
		}

		private List<Obj> records(Sheet sheet, List<List<Cell>> rows) {
			List<Obj> records = new ArrayList<>();
			if (rows.isEmpty()) {
				return records;
			}
			List<Cell> header = rows.get(0);
			List<String> known = header(sheet);
			for (Cell h : header) {
				if (!known.contains(h.text())) {
					problems.add(new ImportProblemHolder(h.pos(), "unknown column \"" + h.text() + "\" in "
							+ sheet.file() + "; known columns: " + String.join(", ", known) + " (check the spelling)"));
				}
			}
			for (List<Cell> row : rows.subList(1, rows.size())) {
				if (row.size() != header.size()) {
					problems.add(new ImportProblemHolder(row.get(0).pos(), "this row has " + row.size()
							+ " fields and the header " + header.size() + "; quote fields that hold commas"));
					continue;
				}
				Map<String, Cell> cells = new LinkedHashMap<>();
				for (int k = 0; k < header.size(); k++) {
					cells.put(header.get(k).text(), row.get(k));
				}
				Obj record = record(sheet, cells, row.get(0).pos());
				records.add(record);
				if (!sheet.top()) {
					attach(sheet, cells.get(OWNER), record);
				}
			}
			return records;
		}

		private Obj record(Sheet sheet, Map<String, Cell> cells, Pos pos) {
			Map<String, Member> members = new LinkedHashMap<>();
			Obj record = new Obj(pos, members);
			Cell id = cells.get(PlaybookJson.ID);
			String given = id == null || id.text().isBlank() ? null : id.text().strip();
			if (sheet.top() && sheet.type() != PlaybookPackage.Literals.PLAYBOOK) {
				if (given == null) {
					given = idByTitle(sheet.type(), cells);
				}
				if (given != null) {
					members.put(PlaybookJson.ID, new Member(PlaybookJson.ID, pos, new Str(pos, given)));
					byId.put(given, record);
					typeOfId.put(given, sheet.type());
				}
			} else if (given != null) {
				members.put(PlaybookJson.ID, new Member(PlaybookJson.ID, id.pos(), new Str(id.pos(), given)));
			}
			Cell revision = cells.get(PlaybookJson.REVISION);
			if (revision != null && !revision.text().isBlank()) {
				members.put(PlaybookJson.REVISION, new Member(PlaybookJson.REVISION, revision.pos(),
						new Str(revision.pos(), revision.text().strip())));
			}
			for (EStructuralFeature f : PlaybookJson.features(sheet.type())) {
				if (f instanceof EReference ref && ref.isContainment()) {
					continue;
				}
				Cell cell = cells.get(f.getName());
				if (f instanceof EReference ref) {
					Cell ids = cells.get(f.getName() + IDS);
					if (ids != null && !ids.text().isBlank()) {
						members.put(f.getName(), new Member(f.getName(), ids.pos(), list(f, ids, ids.text())));
					} else if (cell != null && !cell.text().isBlank()) {
						titleLinks.add(() -> linkByTitle(members, ref, cell));
					}
					continue;
				}
				if (cell == null || cell.text().isEmpty()) {
					continue;
				}
				members.put(f.getName(), new Member(f.getName(), cell.pos(), f.isMany() ? list(f, cell, cell.text())
						: scalar(f, cell.pos(), cell.text())));
			}
			return record;
		}

		private Value list(EStructuralFeature f, Cell cell, String text) {
			List<Value> items = new ArrayList<>();
			for (String item : text.split("\n", -1)) {
				items.add(scalar(f, cell.pos(), f instanceof EReference ? item.strip() : item));
			}
			return f.isMany() ? new Arr(cell.pos(), items) : items.get(0);
		}

		private static Value scalar(EStructuralFeature f, Pos pos, String text) {
			if (f instanceof EAttribute a) {
				Class<?> c = a.getEAttributeType().getInstanceClass();
				if ((c == boolean.class || c == Boolean.class) && (text.equals("true") || text.equals("false"))) {
					return new Bool(pos, Boolean.parseBoolean(text));
				}
				if ((c == int.class || c == Integer.class) && text.matches("-?[0-9]{1,18}")) {
					return new Num(pos, text);
				}
			}
			return new Str(pos, text);
		}

		/** A row without id: the id of the entity with its exact title, else a new one (so links can name it). */
		private String idByTitle(EClass type, Map<String, Cell> cells) {
			EStructuralFeature name = nameFeature(type);
			Cell title = cells.get(name.getName());
			if (title == null || title.text().isEmpty()) {
				return null;
			}
			List<String> same = new ArrayList<>();
			for (Object o : (List<?>) live.eGet(PlaybookLayout.kindOf(type).containment())) {
				if (title.text().equals(((EObject) o).eGet(name))) {
					same.add(((Identified) o).getId());
				}
			}
			if (same.size() > 1) {
				return null; // the import says it is ambiguous
			}
			return same.isEmpty() ? UUID.randomUUID().toString() : same.get(0);
		}

		private void linkByTitle(Map<String, Member> members, EReference ref, Cell cell) {
			EClass wanted = ref.getEReferenceType();
			List<Value> ids = new ArrayList<>();
			for (String title : cell.text().split("\n")) {
				String t = title.strip();
				if (t.isEmpty()) {
					continue;
				}
				List<String> found = new ArrayList<>();
				byId.forEach((id, record) -> {
					Member name = record.members().get(nameOf(typeOfId.get(id)));
					if (wanted.isSuperTypeOf(typeOfId.get(id)) && name != null && name.value() instanceof Str s
							&& s.value().equals(t)) {
						found.add(id);
					}
				});
				for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
					if (!wanted.isSuperTypeOf(kind.type())) {
						continue;
					}
					for (Object o : (List<?>) live.eGet(kind.containment())) {
						String id = ((Identified) o).getId();
						if (!byId.containsKey(id) && t.equals(((EObject) o).eGet(nameFeature(kind.type())))) {
							found.add(id);
						}
					}
				}
				if (found.size() == 1) {
					ids.add(new Str(cell.pos(), found.get(0)));
				} else {
					problems.add(new ImportProblemHolder(cell.pos(), ref.getName() + ": " + (found.isEmpty()
							? "no " + JsonImport.typeName(wanted) + " is titled '" + t + "'; correct the title, or give"
									+ " the id in the \"" + ref.getName() + IDS + "\" column"
							: found.size() + " entries are titled '" + t + "'; give the id in the \"" + ref.getName()
									+ IDS + "\" column")));
				}
			}
			if (!ids.isEmpty()) {
				members.put(ref.getName(), new Member(ref.getName(), cell.pos(),
						ref.isMany() ? new Arr(cell.pos(), ids) : ids.get(0)));
			}
		}

		/** Puts a contained record under its owner's record, in row order. */
		private void attach(Sheet sheet, Cell owner, Obj record) {
			String id = owner == null ? "" : owner.text().strip();
			Obj parent = byId.get(id);
			if (parent == null || !sheet.containment().getEContainingClass().isSuperTypeOf(typeOfId.get(id))) {
				Pos at = owner == null ? record.pos() : owner.pos();
				problems.add(new ImportProblemHolder(at, "parent \"" + id + "\" is not the id of a "
						+ JsonImport.typeName(sheet.containment().getEContainingClass()) + " in the sheets; correct it"
						+ " (the parent's sheet must be imported too)"));
				return;
			}
			String key = sheet.containment().getName();
			Member list = parent.members().get(key);
			if (list == null) {
				list = new Member(key, record.pos(), new Arr(record.pos(), new ArrayList<>()));
				parent.members().put(key, list);
			}
			((Arr) list.value()).items().add(record);
		}

		private static String nameOf(EClass type) {
			return nameFeature(type).getName();
		}
	}

	private record ImportProblemHolder(Pos pos, String message) {
	}

	private static EStructuralFeature nameFeature(EClass type) {
		EStructuralFeature title = type.getEStructuralFeature("title");
		return title != null ? title : type.getEStructuralFeature("name");
	}
}
