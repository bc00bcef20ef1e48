package parley.publish.pdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

import parley.model.playbook.Entry;

/**
 * Warnings for characters an export cannot print (no embedded or installed font has them; they print as
 * U+FFFD): which entry, which field, which characters, as {@code technique "Title", summary: no font has
 * 请 U+8BF7}. Fields are found by reading every text attribute of the entries in the edition
 * (and of what they contain, such as a scenario's steps); characters found in none of them are reported as
 * being elsewhere in the document (its title, for example).
 */
final class LostCharacters {

	private LostCharacters() {
	}

	static List<String> warnings(Edition edition, SortedSet<Integer> lost) {
		if (lost.isEmpty()) {
			return List.of();
		}
		List<String> warnings = new ArrayList<>();
		Set<Integer> placed = new TreeSet<>();
		List<Entry> entries = new ArrayList<>();
		entries.addAll(edition.scenarios());
		entries.addAll(edition.techniques());
		entries.addAll(edition.phrases());
		entries.addAll(edition.sources());
		for (Entry entry : entries) {
			String name = entry.eClass().getName().toLowerCase(Locale.ROOT) + " \"" + entry.getTitle() + "\"";
			check(entry, "", name, lost, warnings, placed);
			for (Iterator<EObject> it = entry.eAllContents(); it.hasNext();) {
				EObject part = it.next();
				check(part, path(entry, part), name, lost, warnings, placed);
			}
		}
		Set<Integer> rest = new TreeSet<>(lost);
		rest.removeAll(placed);
		if (!rest.isEmpty()) {
			warnings.add("document text (title or cover): no font has " + describe(rest));
		}
		return List.copyOf(warnings);
	}

	/** "请 U+8BF7, 稍 U+7A0D" */
	static String describe(Set<Integer> codePoints) {
		StringBuilder text = new StringBuilder();
		for (int cp : codePoints) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.appendCodePoint(cp).append(String.format(Locale.ROOT, " U+%04X", cp));
		}
		return text.toString();
	}

	private static void check(EObject object, String prefix, String entryName, Set<Integer> lost,
			List<String> warnings, Set<Integer> placed) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
				continue;
			}
			Object value = object.eGet(attribute);
			Set<Integer> found = new LinkedHashSet<>();
			if (value instanceof String s) {
				s.codePoints().filter(lost::contains).forEach(found::add);
			} else if (value instanceof List<?> list) {
				for (Object item : list) {
					if (item instanceof String s) {
						s.codePoints().filter(lost::contains).forEach(found::add);
					}
				}
			}
			if (!found.isEmpty()) {
				placed.addAll(found);
				warnings.add(entryName + ", " + prefix + attribute.getName() + ": no font has " + describe(found));
			}
		}
	}

	/** "steps[2]." for the second step of a scenario. */
	private static String path(EObject root, EObject part) {
		StringBuilder path = new StringBuilder();
		for (EObject o = part; o != null && o != root; o = o.eContainer()) {
			EStructuralFeature feature = o.eContainingFeature();
			Object value = o.eContainer().eGet(feature);
			String step = feature.getName() + (value instanceof List<?> list ? "[" + (list.indexOf(o) + 1) + "]" : "");
			path.insert(0, step + ".");
		}
		return path.toString();
	}
}
