package parley.ui.parts;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.TextStyle;

import parley.search.Hit;
import parley.ui.Icons;
import parley.ui.parts.SearchController.Row;

/**
 * The columns of the search part's result table: the entry (type icon and title as it is now, so edits
 * show at once) and the match (the snippet, its «marked» words in bold).
 */
final class ResultColumns {

	private ResultColumns() {
	}

	static void add(TableViewer results, Icons icons, Font bold) {
		column(results, "Entry", 340, true, icons, bold);
		column(results, "Match", 720, false, icons, bold);
	}

	private static void column(TableViewer results, String title, int width, boolean entry, Icons icons, Font bold) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell cell) {
				Row row = (Row) cell.getElement();
				StyledString text = entry ? new StyledString(titleOf(row)) : styled(row.snippet(), bold);
				cell.setText(text.getString());
				cell.setStyleRanges(text.getStyleRanges());
				cell.setImage(entry ? icons.of(row.entry()) : null);
				super.update(cell);
			}
		});
	}

	/** The entry's title as it is now (it may have been edited since the search). */
	private static String titleOf(Row row) {
		String title = row.entry().getTitle();
		return title != null ? title : row.title();
	}

	/** A snippet with its «marked» words in bold and the marks removed; line breaks become spaces. */
	static StyledString styled(String marked, Font bold) {
		StyledString styled = new StyledString();
		if (marked == null) {
			return styled;
		}
		StyledString.Styler boldStyler = new StyledString.Styler() {
			@Override
			public void applyStyles(TextStyle style) {
				style.font = bold;
			}
		};
		String text = marked.replace('\n', ' ');
		int at = 0;
		while (at < text.length()) {
			int start = text.indexOf(Hit.MARK_START, at);
			int end = start < 0 ? -1 : text.indexOf(Hit.MARK_END, start);
			if (start < 0 || end < 0) {
				styled.append(text.substring(at));
				break;
			}
			styled.append(text.substring(at, start));
			styled.append(text.substring(start + Hit.MARK_START.length(), end), boldStyler);
			at = end + Hit.MARK_END.length();
		}
		return styled;
	}
}
