package parley.vcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import parley.core.store.PlaybookLayout;
import parley.model.playbook.CurationAction;

/**
 * The ids of the entries whose saved text differs between the last version and the working folder, found
 * without loading the playbook: only the shard files git reports as changed are read, and their elements
 * compared one by one. This relies on the store's deterministic format (one top-level element per entry,
 * attributes in model order), which is what makes a one-entry commit of a 100k-entry playbook cheap.
 */
final class ChangedEntries {

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
	private static final Pattern ROOT_ATTRIBUTES = Pattern.compile("\\s(xmi:version|xmlns:[a-z]+)=\"[^\"]*\"");

	private ChangedEntries() {
	}

	/**
	 * What changed: the ids of the changed entries, and the curation steps taken since (entry id and who, by
	 * step, in file order).
	 */
	record Changes(Set<String> ids, Map<CurationAction, Map<String, String>> steps) {
	}

	static Changes since(Git git, Path folder, ObjectId head, Status status) throws IOException {
		Set<String> ids = new LinkedHashSet<>();
		Map<CurationAction, Map<String, String>> steps = new java.util.EnumMap<>(CurationAction.class);
		Set<String> paths = new LinkedHashSet<>();
		paths.addAll(status.getModified());
		paths.addAll(status.getUntracked());
		paths.addAll(status.getMissing());
		paths.addAll(status.getAdded());
		paths.addAll(status.getChanged());
		paths.addAll(status.getRemoved());
		for (String path : paths) {
			if (!isPlaybookFile(path)) {
				continue;
			}
			Map<String, String> before = elements(head == null ? null : blob(git.getRepository(), head, path));
			Path file = folder.resolve(path);
			Map<String, String> after = elements(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null);
			for (String id : differing(before, after)) {
				ids.add(id);
				if (after.containsKey(id)) {
					newSteps(id, before.get(id), after.get(id), steps);
				}
			}
		}
		return new Changes(ids, steps);
	}

	/** The ids of the elements added, removed or changed from {@code before} to {@code after} ({@link #elements}). */
	static Set<String> differing(Map<String, String> before, Map<String, String> after) {
		Set<String> ids = new LinkedHashSet<>();
		after.forEach((id, text) -> {
			if (!text.equals(before.get(id))) {
				ids.add(id);
			}
		});
		for (String id : before.keySet()) {
			if (!after.containsKey(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** Whether a line of a shard file starts a top-level element (an entry). */
	static boolean isElementStart(String line, String startPrefix) {
		return line.startsWith(startPrefix) && !line.startsWith(startPrefix + "/") && !line.startsWith(startPrefix + " ")
				&& !line.startsWith("<?xml") && !line.startsWith("<xmi:XMI");
	}

	private static final Pattern EVENT = Pattern.compile("^\\s*<events\\s");
	private static final Pattern ACTION = Pattern.compile("\\saction=\"([a-z]+)\"");
	private static final Pattern BY = Pattern.compile("\\sby=\"([^\"]*)\"");

	/**
	 * Adds the curation events in the entry's element {@code after} that {@code before} lacks. The store leaves
	 * out an attribute at its default, so an event without {@code action} is the first step, "submitted".
	 */
	private static void newSteps(String entryId, String before, String after,
			Map<CurationAction, Map<String, String>> into) {
		Set<String> old = new java.util.HashSet<>();
		if (before != null) {
			for (String line : before.split("\n")) {
				Matcher id = ID.matcher(line);
				if (EVENT.matcher(line).find() && id.find()) {
					old.add(id.group(1));
				}
			}
		}
		for (String line : after.split("\n")) {
			Matcher id = ID.matcher(line);
			if (!EVENT.matcher(line).find() || !id.find() || old.contains(id.group(1))) {
				continue;
			}
			Matcher action = ACTION.matcher(line);
			CurationAction step = action.find() ? CurationAction.get(action.group(1)) : CurationAction.SUBMITTED;
			Matcher by = BY.matcher(line);
			if (step != null) {
				into.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(entryId, by.find() ? unescape(by.group(1)) : "");
			}
		}
	}

	private static final Pattern NAME = Pattern.compile("\\s(?:title|name)=\"([^\"]*)\"");

	/** Adds id -> title (or name) of every top-level element in {@code xml}, read from the text alone. */
	static void titles(String xml, Map<String, String> into) {
		if (xml == null) {
			return;
		}
		boolean multiRoot = xml.contains("<xmi:XMI");
		String startPrefix = multiRoot ? "  <" : "<";
		for (String line : xml.split("\n")) {
			if (isElementStart(line, startPrefix)) {
				Matcher id = ID.matcher(line);
				Matcher name = NAME.matcher(line);
				if (id.find() && name.find()) {
					into.put(id.group(1), unescape(name.group(1)));
				}
			}
		}
	}

	private static String unescape(String attribute) {
		return attribute.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
				.replace("&#xA;", "\n").replace("&#xD;", "\r").replace("&#x9;", "\t").replace("&amp;", "&");
	}

	static boolean isPlaybookFile(String path) {
		if (path.equals(PlaybookLayout.ROOT_FILE)) {
			return true;
		}
		int slash = path.indexOf('/');
		return slash > 0 && path.endsWith(".xmi") && PlaybookLayout.kindOfFolder(path.substring(0, slash)) != null;
	}

	private static String blob(Repository repository, ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository);
				TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
			return tree == null ? null : new String(repository.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
		}
	}

	/** id -> the element's text (indentation and document-level attributes removed), in file order. */
	static Map<String, String> elements(String xml) {
		Map<String, String> elements = new LinkedHashMap<>();
		if (xml == null) {
			return elements;
		}
		boolean multiRoot = xml.contains("<xmi:XMI");
		String startPrefix = multiRoot ? "  <" : "<";
		String id = null;
		StringBuilder block = new StringBuilder();
		for (String line : xml.split("\n")) {
			if (isElementStart(line, startPrefix)) {
				if (id != null) {
					elements.put(id, block.toString());
				}
				Matcher m = ID.matcher(line);
				id = m.find() ? m.group(1) : null;
				block.setLength(0);
				block.append(ROOT_ATTRIBUTES.matcher(line.strip()).replaceAll("")).append('\n');
			} else if (id != null && !line.startsWith("</xmi:XMI")) {
				block.append(multiRoot && line.startsWith("  ") ? line.substring(2) : line).append('\n');
			}
		}
		if (id != null) {
			elements.put(id, block.toString());
		}
		return elements;
	}
}
