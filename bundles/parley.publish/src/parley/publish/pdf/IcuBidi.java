package parley.publish.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for the layout engine, with ICU4J: the Unicode bidi algorithm splits a paragraph into
 * directional runs, right-to-left runs are reversed into drawing order (mirroring brackets, keeping
 * combining marks after their base), and Arabic letters get their joining forms. Text without any
 * right-to-left character takes a fast path, so Latin documents pay next to nothing.
 */
final class IcuBidi implements BidiSplitterFactory, BidiReorderer {

	static final IcuBidi INSTANCE = new IcuBidi();

	private IcuBidi() {
	}

	@Override
	public BidiSplitter createBidiSplitter() {
		return new Splitter();
	}

	@Override
	public String reorderRTLTextToLTR(String text) {
		return Bidi.writeReverse(text, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
	}

	@Override
	public String shapeText(String text) {
		return arabic(text) ? shape(text, ArabicShaping.LETTERS_SHAPE) : text;
	}

	@Override
	public String deshapeText(String text) {
		return arabic(text) ? shape(text, ArabicShaping.LETTERS_UNSHAPE) : text;
	}

	@Override
	public boolean isLiveImplementation() {
		return true;
	}

	private static String shape(String text, int letters) {
		try {
			return new ArabicShaping(letters | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK)
					.shape(text);
		} catch (ArabicShapingException e) {
			return text; // unshaped letters still read correctly
		}
	}

	/** Whether the text has Arabic letters (the blocks and presentation forms that shaping changes). */
	static boolean arabic(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0600' && c <= '\u08FF' || c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF') {
				return true;
			}
		}
		return false;
	}

	/** Whether the text needs the bidi algorithm at all (any right-to-left character or explicit control). */
	static boolean needsBidi(String text) {
		char[] chars = text.toCharArray();
		return Bidi.requiresBidi(chars, 0, chars.length);
	}

	private static final class Splitter implements BidiSplitter {

		private Bidi bidi;
		private int length;
		private byte direction;

		@Override
		public void setParagraph(String paragraph, byte paragraphDirection) {
			length = paragraph.length();
			if (!needsBidi(paragraph) && paragraphDirection != RTL) {
				bidi = null; // one left-to-right run
				direction = LTR;
				return;
			}
			bidi = new Bidi();
			byte level = switch (paragraphDirection) {
			case RTL -> Bidi.RTL;
			case LTR -> Bidi.LTR;
			default -> Bidi.LEVEL_DEFAULT_LTR;
			};
			bidi.setPara(paragraph, level, null);
		}

		@Override
		public int countTextRuns() {
			return bidi == null ? 1 : bidi.countRuns();
		}

		@Override
		public BidiTextRun getVisualRun(int index) {
			if (bidi == null) {
				return new BidiTextRun(0, length, direction);
			}
			BidiRun run = bidi.getVisualRun(index);
			return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
		}

		@Override
		public byte getBaseDirection(String paragraph) {
			return switch (Bidi.getBaseDirection(paragraph)) {
			case Bidi.LTR -> LTR;
			case Bidi.RTL -> RTL;
			default -> NEUTRAL;
			};
		}
	}
}
