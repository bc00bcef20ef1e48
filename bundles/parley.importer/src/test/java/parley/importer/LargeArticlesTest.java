package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Large and hostile text stays linear: no quadratic scan of a long line, a long list or a long hard-wrapped
 * paragraph. Each input is a few megabytes; each must be read and searched in seconds.
 */
class LargeArticlesTest {

	private static final Duration LIMIT = Duration.ofSeconds(20);

	private static List<CandidateDraft> extract(String text) {
		return assertTimeoutPreemptively(LIMIT, () -> new CandidateExtractor()
				.extract(TextArticles.read("big.txt", text.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void unclosedQuotesOnOneLine() {
		assertEquals(List.of(), extract("Start. " + "“‘'\" ".repeat(500_000)));
	}

	@Test
	void dotsAndAbbreviationLikeRuns() {
		extract("A" + "a.".repeat(1_000_000) + "\n" + "Why " + ".".repeat(1_000_000) + "\n");
	}

	@Test
	void aLongAdviceList() {
		StringBuilder text = new StringBuilder("Tips for Calls\n");
		for (int i = 0; i < 100_000; i++) {
			text.append("- Step ").append(i).append('\n');
		}
		assertEquals(100_000, extract(text.toString()).size());
	}

	@Test
	void aLongHardWrappedParagraph() {
		List<CandidateDraft> drafts = extract("Listen First\nThis paragraph goes on\n" + "and on\n".repeat(500_000));
		assertEquals(1, drafts.size());
	}

	@Test
	void manyQuotationsInOneSentence() {
		List<CandidateDraft> drafts = extract("Avoid saying " + "\"not my job\" or ".repeat(200_000) + "\"no\".\n");
		assertEquals(1, drafts.size(), "the same wording is one candidate");
	}
}
