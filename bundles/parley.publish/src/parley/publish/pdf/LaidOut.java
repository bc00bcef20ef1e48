package parley.publish.pdf;

import java.util.List;

import com.openhtmltopdf.render.PageBox;

/** Reading a finished layout: on which page a position falls (for the documents' {@code revise}). */
final class LaidOut {

	private LaidOut() {
	}

	/** The 0-based page on which the vertical position {@code y} (document coordinates) lies; {@code pages.size()} if below the last. */
	static int pageAt(List<PageBox> pages, int y) {
		for (int i = 0; i < pages.size(); i++) {
			if (y < pages.get(i).getBottom()) {
				return i;
			}
		}
		return pages.size();
	}
}
