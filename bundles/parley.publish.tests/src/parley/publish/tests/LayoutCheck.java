package parley.publish.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads an exported manual back as lines of text with their position, font and size, and reports what a
 * reader would call bad pagination:
 * <ul>
 * <li>a <b>stranded heading</b>: the last heading on a page with nothing of its own below it but the entry's
 * meta line (the heading's content starts on the next page);</li>
 * <li>a <b>split step</b>: a page that starts with a step's "Apply:", "Say:" or "Avoid:" line, parted from its
 * instruction;</li>
 * <li>a <b>single-line page</b>: a body page holding one line of text;</li>
 * <li><b>unused space</b> at the foot of a page whose section continues on the next page: more than
 * {@link #MAX_FOOT_SHARE} of the body's height on one page, or more than {@link #MAX_MEAN_FOOT_SHARE} on
 * average (a band the stylesheet keeps free on every page).</li>
 * </ul>
 * Lines are classified by the manual's typography (manual.css): headings are serif bold of 12 pt and more, or
 * bold sans of 8 to 8.5 pt in capitals (subheadings, table headers); the meta line ("Status: ...") is 7.5 pt; step lines are 8.5 pt. Running
 * headers and footers lie in the page margins and are left out.
 */
public final class LayoutCheck {

	/**
	 * The most of a body page's height that may stay empty at its foot when the section goes on: an entry's
	 * heading with its meta line and first block (about 55 mm) moved to the next page as a whole.
	 */
	public static final double MAX_FOOT_SHARE = 0.25;
	/** The most that may stay empty on average over such pages. */
	public static final double MAX_MEAN_FOOT_SHARE = 0.08;

	private static final float MM = 72f / 25.4f;
	/** manual.css: {@code @page { margin: 24mm 20mm 22mm 20mm }} on A4. */
	private static final float[] MANUAL = { 24 * MM, (297 - 22) * MM };
	/** cards.css: {@code @page { size: 105mm 148mm; margin: 7mm 7mm 9mm 7mm }}. */
	private static final float[] CARD = { 7 * MM, (148 - 9) * MM };

	/** The top and bottom of the page body, from the page's top edge. */
	private final float bodyTop;
	private final float bodyBottom;

	/** One laid-out line: its page (1-based), top and bottom from the page's top edge, size, font and text. */
	record Line(int page, float top, float bottom, float size, boolean bold, boolean serif, String text) {

		boolean heading() {
			if (bold && serif && size >= 11.9f) {
				return true;
			}
			// h3 (8.5 pt) and table headers (8 pt): bold capitals; not the DRAFT mark after an unapproved phrase
			return bold && !serif && !text.equals("DRAFT") && size > 7.8f && size < 8.7f && text.equals(text.toUpperCase(Locale.ROOT))
					&& text.chars().anyMatch(Character::isLetter);
		}

		boolean sectionTitle() {
			return bold && serif && size >= 20f;
		}

		boolean meta() {
			return Math.abs(size - 7.5f) < 0.2f;
		}

		boolean stepLine() {
			return Math.abs(size - 8.5f) < 0.2f
					&& (text.startsWith("Apply:") || text.startsWith("Say:") || text.startsWith("Avoid:"));
		}
	}

	private final List<List<Line>> pages = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();
	private final List<Double> footShares = new ArrayList<>();

	private LayoutCheck(float[] body) {
		bodyTop = body[0];
		bodyBottom = body[1];
	}

	/** The problems in a manual (its first page, the cover, is not checked); empty when the layout is good. */
	public static List<String> manual(Path pdf) throws IOException {
		LayoutCheck check = new LayoutCheck(MANUAL);
		check.read(pdf);
		check.checkManual();
		return check.problems;
	}

	/**
	 * The problems in pocket cards: a card with no text, a heading ("Notice", "Do", "Say") at the foot of a card
	 * with nothing under it. Each card is its own section, so space at its foot is fine.
	 */
	public static List<String> cards(Path pdf) throws IOException {
		LayoutCheck check = new LayoutCheck(CARD);
		check.read(pdf);
		for (int i = 0; i < check.pages.size(); i++) {
			if (check.pages.get(i).isEmpty()) {
				check.problems.add("card " + (i + 1) + ": no text");
			} else {
				check.stranded(check.pages.get(i), i + 1);
			}
		}
		return check.problems;
	}

	/**
	 * The problems in role-play kits (roleplay.css, roleplay-cut.css): a page with no text of its own (only running
	 * header and footer), a page holding a single line of text, a heading with nothing under it at a page's foot.
	 * Each part starts a page, so space at a part's foot is fine. The whole page is read, as the cut-apart sheets
	 * have no margins.
	 */
	public static List<String> roleplay(Path pdf) throws IOException {
		LayoutCheck check = new LayoutCheck(new float[] { 0, 297 * MM });
		check.read(pdf);
		for (int i = 1; i < check.pages.size(); i++) { // the first page is the cover
			List<Line> body = check.pages.get(i).stream().filter(l -> !l.meta()).toList();
			if (body.isEmpty()) {
				check.problems.add("p. " + (i + 1) + ": no text besides the running header and footer");
			} else if (body.size() == 1) {
				check.problems.add("p. " + (i + 1) + ": a single line on the page: '" + body.get(0).text() + "'");
			}
			check.stranded(check.pages.get(i), i + 1);
		}
		return check.problems;
	}

	/** The share of the body's height left empty at the foot of each page whose section goes on. */
	public static List<Double> footShares(Path pdf) throws IOException {
		LayoutCheck check = new LayoutCheck(MANUAL);
		check.read(pdf);
		check.checkManual();
		return check.footShares;
	}

	private void read(Path file) throws IOException {
		List<List<Line>> words = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					if (text.isBlank() || positions.isEmpty()) {
						return;
					}
					float top = Float.MAX_VALUE;
					float bottom = 0;
					float size = 0;
					boolean bold = false;
					boolean serif = false;
					for (TextPosition p : positions) {
						top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
						bottom = Math.max(bottom, p.getYDirAdj());
						if (p.getFontSize() > size && !Character.isWhitespace(p.getUnicode().codePointAt(0))) {
							size = p.getFontSize();
							String font = p.getFont().getName() == null ? "" : p.getFont().getName();
							bold = font.contains("Bold");
							serif = font.contains("Serif");
						}
					}
					if (top >= bodyTop - 2 && bottom <= bodyBottom + 2) {
						words.get(getCurrentPageNo() - 1).add(new Line(getCurrentPageNo(), top, bottom,
								Math.round(size * 10) / 10f, bold, serif, text.replace('\u00A0', ' ').strip()));
					}
				}
			};
			stripper.setSortByPosition(true);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				words.add(new ArrayList<>());
			}
			stripper.getText(document);
		}
		for (List<Line> page : words) {
			pages.add(lines(page));
		}
	}

	/** Words on one baseline (within a point) make a line: its size, weight and face are its largest word's. */
	private static List<Line> lines(List<Line> words) {
		List<Line> lines = new ArrayList<>();
		for (Line word : words) {
			Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
			if (last != null && Math.abs(last.bottom() - word.bottom()) < 1f) {
				Line big = word.size() > last.size() ? word : last;
				lines.set(lines.size() - 1, new Line(last.page(), Math.min(last.top(), word.top()),
						Math.max(last.bottom(), word.bottom()), big.size(), big.bold(), big.serif(),
						last.text() + " " + word.text()));
			} else {
				lines.add(word);
			}
		}
		return lines;
	}

	/** The lines of a 1-based page as this check reads them (for a failing test's message). */
	public static List<String> describe(Path pdf, int page) throws IOException {
		LayoutCheck check = new LayoutCheck(MANUAL);
		check.read(pdf);
		return check.pages.get(page - 1).stream().map(l -> String.format(Locale.ROOT, "%5.1f-%5.1f %4.1f%s%s%s %s",
				l.top(), l.bottom(), l.size(), l.bold() ? "b" : "", l.serif() ? "s" : "",
				l.heading() ? " H" : l.meta() ? " M" : "", l.text())).toList();
	}

	private void checkManual() {
		for (int i = 1; i < pages.size(); i++) { // pages.get(0) is the cover
			List<Line> page = pages.get(i);
			int number = i + 1;
			if (page.isEmpty()) {
				problems.add("p. " + number + ": no text on a body page");
				continue;
			}
			if (page.size() == 1) {
				problems.add("p. " + number + ": a single line on the page: '" + page.get(0).text() + "'");
			}
			Line first = page.get(0);
			if (first.stepLine()) {
				problems.add("p. " + number + ": starts with '" + first.text()
						+ "', parted from its step on the page before");
			}
			stranded(page, number);
			boolean sectionGoesOn = i + 1 < pages.size() && !pages.get(i + 1).isEmpty()
					&& !pages.get(i + 1).get(0).sectionTitle();
			if (sectionGoesOn) {
				float last = page.stream().map(Line::bottom).max(Float::compare).orElse(bodyTop);
				double share = (bodyBottom - last) / (bodyBottom - bodyTop);
				footShares.add(share);
				if (share > MAX_FOOT_SHARE) {
					problems.add(String.format(Locale.ROOT, "p. %d: %.0f%% of the page (%.0f mm) unused at its foot"
							+ " although the section goes on", number, share * 100, (bodyBottom - last) / MM));
				}
			}
		}
		double mean = footShares.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		if (mean > MAX_MEAN_FOOT_SHARE) {
			problems.add(String.format(Locale.ROOT, "on average %.0f%% of each page's height is unused at its foot"
					+ " (at most %.0f%% expected)", mean * 100, MAX_MEAN_FOOT_SHARE * 100));
		}
	}

	/** The last heading on the page must have a line of its own below it, besides the meta line. */
	private void stranded(List<Line> page, int number) {
		int last = -1;
		for (int j = 0; j < page.size(); j++) {
			if (page.get(j).heading()) {
				last = j;
			}
		}
		if (last < 0) {
			return;
		}
		int start = last;
		while (start > 0 && page.get(start - 1).heading()) {
			start--; // a heading of two lines, or a heading followed straight by a subheading
		}
		boolean content = page.subList(last + 1, page.size()).stream().anyMatch(l -> !l.meta() && !l.heading());
		if (!content) {
			problems.add("p. " + number + ": the heading '" + page.get(start).text()
					+ "' is stranded at the foot of the page");
		}
	}
}
