package parley.ui.parts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The facet filters of the search part as a tree of check boxes: one bold item per dimension (checked and
 * greyed while it has a filter), under it each value with its count; a chosen value stays listed, with 0,
 * when no match has it any more. Item data: the dimension key, and the value.
 */
final class FacetTree {

	private FacetTree() {
	}

	/** Replaces the tree's items by the dimensions (key to label, in order) that have values to show. */
	static void fill(Tree facets, Map<String, String> dimensions, Map<String, Map<String, Integer>> counts,
			Map<String, Set<String>> filters, Font bold) {
		facets.setRedraw(false);
		try {
			facets.removeAll();
			for (Map.Entry<String, String> dim : dimensions.entrySet()) {
				Map<String, Integer> values = new LinkedHashMap<>(counts.getOrDefault(dim.getKey(), Map.of()));
				Set<String> chosen = filters.getOrDefault(dim.getKey(), Set.of());
				for (String value : chosen) {
					values.putIfAbsent(value, 0);
				}
				if (values.isEmpty()) {
					continue;
				}
				TreeItem parent = new TreeItem(facets, SWT.NONE);
				parent.setText(dim.getValue());
				parent.setData(dim.getKey());
				parent.setFont(bold);
				parent.setChecked(!chosen.isEmpty());
				parent.setGrayed(!chosen.isEmpty());
				for (Map.Entry<String, Integer> value : values.entrySet()) {
					TreeItem item = new TreeItem(parent, SWT.NONE);
					item.setText(value.getKey() + "  (" + value.getValue() + ")");
					item.setData(value.getKey());
					item.setChecked(chosen.contains(value.getKey()));
				}
				parent.setExpanded(true);
			}
		} finally {
			facets.setRedraw(true);
		}
	}
}
