package parley.publish;

import parley.publish.pdf.PdfPublisher;

/**
 * Where front ends get a {@link Publisher}: the implementation package ({@code parley.publish.pdf}) is not
 * exported, so the command line and the workbench never name it.
 */
public final class Publishers {

	private Publishers() {
	}

	/** The PDF publisher: tagged PDF/UA manuals and pocket cards, written atomically. */
	public static Publisher pdf() {
		return new PdfPublisher();
	}
}
