package parley.publish.pdf;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * Reading a finished layout (for the documents' {@code revise}): on which page a box or position falls, as the
 * engine itself finds it for bookmarks and {@code target-counter}, so the pages a revised document prints are
 * the ones the engine numbers.
 */
final class LaidOut {

	private final Layer layer;
	private final CssContext context;

	LaidOut(PdfBoxRenderer renderer) {
		layer = renderer.getRootBox().getLayer();
		context = renderer.getSharedContext().newLayoutContextInstance();
	}

	/**
	 * The 0-based page of a box's first line of text (-1 when on none). The box itself may start at the foot of the
	 * page before: a line that would cross the page's end is moved onto the next page inside its block.
	 */
	int pageOf(Box box) {
		Box first = box;
		while (!(first instanceof LineBox) && first.getChildCount() > 0) {
			first = first.getChild(0);
		}
		return pageAt(first.getAbsY());
	}

	/** The 0-based page on which the vertical position {@code y} (document coordinates) lies; -1 when on none. */
	int pageAt(int y) {
		PageBox page = layer.getPage(context, y);
		return page == null ? -1 : page.getPageNo();
	}
}
