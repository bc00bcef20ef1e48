package parley.vcs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;

import parley.model.playbook.PlaybookPackage;

/**
 * Cuts the versions of one shard file down to the entries a diff or a merge compares, so that a change to a
 * few entries of a playbook of 100,000 parses those entries, not the files that hold them. It relies on the
 * store's deterministic format: one top-level element per entry, its start tag on one line.
 * <p>
 * An entry that is kept may link to an entry of the same file that is not: such links are ids that must resolve
 * in the file, so that entry stays as a <em>stub</em>, its start tag alone without its own links (title and
 * fields, no children). A stub is made from the same line in every version and added to every version that holds
 * the entry, so compared versions hold identical stubs and a diff finds no change in them; a merge leaves alone
 * what their side did not change. Links into other files are proxies named by id, as in any partial load.
 */
final class ShardCut {

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
	private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z_:]+)=\"([^\"]*)\"");
	private static final Pattern TYPE = Pattern.compile("^\\s*<[A-Za-z_]+:([A-Za-z_]+)\\s");

	private ShardCut() {
	}

	/** One version of the file: the lines before the first element, each element's lines by id, the rest. */
	private record Split(String text, String header, Map<String, String> elements, String footer) {
	}

	/**
	 * The versions of one shard file (each may be null: absent) cut down to the elements {@code ids} and the stubs
	 * they need; a version left with no element is null.
	 */
	static List<String> cut(List<String> versions, Set<String> ids) {
		List<Split> splits = new ArrayList<>();
		for (String version : versions) {
			splits.add(version == null ? null : split(version));
		}
		Set<String> stubs = new HashSet<>();
		for (Split split : splits) {
			if (split != null) {
				split.elements().forEach((id, text) -> {
					if (ids.contains(id)) {
						linksWithin(text, split.elements().keySet(), ids, stubs);
					}
				});
			}
		}
		List<String> cut = new ArrayList<>();
		for (Split split : splits) {
			cut.add(split == null ? null : join(split, ids, stubs));
		}
		return cut;
	}

	/** Adds the ids in {@code text}'s attributes that name other elements of the file, not among {@code ids}. */
	private static void linksWithin(String text, Set<String> inFile, Set<String> ids, Set<String> into) {
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			for (String token : attribute.group(2).split(" ")) {
				if (inFile.contains(token) && !ids.contains(token)) {
					into.add(token);
				}
			}
		}
	}

	private static String join(Split split, Set<String> ids, Set<String> stubs) {
		if (split.elements().isEmpty()) {
			// No element found, or one without an id or with the id of another: an empty shard, or not a shard as
			// Parley writes them (a damaged file, a file from elsewhere).
			// The parser gets it whole and says what is wrong with it; cut to nothing, its entries would look
			// removed (a diff would report them so, a merge would take their side as deleting them).
			return split.text();
		}
		StringBuilder text = new StringBuilder(split.header());
		boolean any = false;
		for (Map.Entry<String, String> e : split.elements().entrySet()) {
			if (ids.contains(e.getKey())) {
				text.append(e.getValue());
				any = true;
			} else if (stubs.contains(e.getKey())) {
				text.append(stub(e.getValue()));
				any = true;
			}
		}
		return any ? text.append(split.footer()).toString() : null;
	}

	/** The element's start tag alone, without its links, closed: its title and fields, nothing it points to. */
	static String stub(String element) {
		int end = element.indexOf('\n');
		String start = end < 0 ? element : element.substring(0, end);
		Set<String> links = referenceNames(start);
		Matcher attribute = ATTRIBUTE.matcher(start);
		StringBuilder kept = new StringBuilder();
		int from = 0;
		while (attribute.find()) {
			if (links.contains(attribute.group(1))) {
				kept.append(start, from, attribute.start());
				from = attribute.end();
			}
		}
		kept.append(start.substring(from));
		String tag = kept.toString().stripTrailing();
		return (tag.endsWith("/>") ? tag : tag.substring(0, tag.length() - 1) + "/>") + "\n";
	}

	/** The names of the links of the element type a start tag opens ({@code <parley:Phrase ...}). */
	private static Set<String> referenceNames(String startTag) {
		Set<String> names = new HashSet<>();
		Matcher type = TYPE.matcher(startTag);
		EClassifier classifier = type.find() ? PlaybookPackage.eINSTANCE.getEClassifier(type.group(1)) : null;
		if (classifier instanceof EClass eClass) {
			for (EReference reference : eClass.getEAllReferences()) {
				names.add(reference.getName());
			}
		}
		return names;
	}

	private static Split split(String xml) {
		String startPrefix = xml.contains("<xmi:XMI") ? "  <" : "<";
		StringBuilder header = new StringBuilder();
		StringBuilder footer = new StringBuilder();
		Map<String, String> elements = new LinkedHashMap<>();
		StringBuilder element = null;
		boolean regular = true;
		int from = 0;
		while (from < xml.length()) {
			int end = xml.indexOf('\n', from);
			end = end < 0 ? xml.length() : end + 1;
			String line = xml.substring(from, end);
			from = end;
			boolean start = ChangedEntries.isElementStart(line, startPrefix);
			if (element != null && (start || line.startsWith("</xmi:XMI"))) {
				regular &= add(elements, element);
				element = null;
			}
			if (start) {
				element = new StringBuilder(line);
			} else if (element != null) {
				element.append(line);
			} else if (elements.isEmpty() && !line.startsWith("</xmi:XMI")) {
				header.append(line);
			} else {
				footer.append(line);
			}
		}
		if (element != null) {
			regular &= add(elements, element);
		}
		return new Split(xml, header.toString(), regular ? elements : Map.of(), footer.toString());
	}

	/**
	 * An element by its id. One without an id, which Parley never writes, makes the file irregular: it is then
	 * parsed whole (see {@link #join}), so that what is wrong with it is reported rather than cut away.
	 */
	private static boolean add(Map<String, String> elements, StringBuilder element) {
		int end = element.indexOf("\n");
		Matcher id = ID.matcher(end < 0 ? element : element.substring(0, end));
		if (!id.find() || elements.containsKey(id.group(1))) {
			return false;
		}
		elements.put(id.group(1), element.toString());
		return true;
	}
}
