package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.model.playbook.CandidateKind;
import parley.model.playbook.PhraseKind;

/** The extractor's rules, on small articles written for the purpose. */
class CandidateExtractorTest {

	private static List<CandidateDraft> extract(String text) throws ArticleException {
		return new CandidateExtractor().extract(TextArticles.read("t.txt", text.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<CandidateDraft> of(List<CandidateDraft> drafts, CandidateKind kind) {
		return drafts.stream().filter(d -> d.kind() == kind).toList();
	}

	private static final String FILLER = " It keeps the call short and leaves the caller feeling that someone heard them.";

	@Test
	void headingsFollowedByAParagraphAreTechniques() throws ArticleException {
		List<CandidateDraft> drafts = extract("Phone calls with upset people get easier with practice.\n"
				+ "Lower Your Voice\n" + "Speak more slowly and more quietly than the caller." + FILLER + "\n");
		assertEquals(1, drafts.size());
		CandidateDraft technique = drafts.get(0);
		assertEquals(CandidateKind.TECHNIQUE, technique.kind());
		assertEquals("Lower Your Voice", technique.title());
		assertEquals("Lower Your Voice", technique.passage());
		assertTrue(technique.text().startsWith("Speak more slowly"), technique.text());
		assertTrue(technique.context().endsWith("heard them."), technique.context());
	}

	@Test
	void aNumberedSectionIsATechniqueWithoutAnAdviceLeadIn() throws ArticleException {
		List<CandidateDraft> drafts = extract("Phone calls with upset people get easier with practice.\n"
				+ "3) Take Notes\n" + "Write down names and numbers while the caller talks." + FILLER + "\n"
				+ "- Headsets\n");
		assertEquals(List.of("Take Notes"), drafts.stream().map(CandidateDraft::title).toList());
		assertTrue(drafts.get(0).text().startsWith("Write down names"), drafts.get(0).text());
	}

	@Test
	void headingsThatAreNotAdviceAreSkipped() throws ArticleException {
		String body = "\nThis section is long enough to count as a real paragraph of text for the rule." + FILLER + "\n";
		List<CandidateDraft> drafts = extract("Intro line here.\nConclusion" + body + "Related Reading" + body
				+ "About Our Company" + body + "Subscribe" + body + "Why does it matter?" + body
				+ "Ask Before You Act" + "\nShort one.\n");
		assertEquals(List.of(), of(drafts, CandidateKind.TECHNIQUE), "a heading with too short a paragraph is none");
	}

	@Test
	void whyHeadingsNameTheirTopic() {
		assertEquals("Pausing Before Replying", TechniqueFinder.tidy("Why Pausing Before Replying Matters"));
		assertEquals("Repeat the request", TechniqueFinder.tidy("First, repeat the request:"));
		assertEquals("Name the feeling", TechniqueFinder.tidy("Tip #3: Name the feeling"));
	}

	@Test
	void itemsUnderAdviceHeadingsAreTechniques() throws ArticleException {
		List<CandidateDraft> drafts = extract("""
				Four Ways to Calm a Caller
				- Use their name
				- Summarise what you heard before answering.
				Our Product Range
				- Headsets
				- Chairs for long shifts
				""");
		assertEquals(List.of("Use their name", "Summarise what you heard before answering"),
				drafts.stream().map(CandidateDraft::title).toList());
		assertEquals("Summarise what you heard before answering.", drafts.get(1).text());
		assertNull(drafts.get(1).context());
	}

	@Test
	void anAdviceHeadingOverAListIsNoTechniqueItself() throws ArticleException {
		List<CandidateDraft> drafts = extract("""
				Better Closings
				Simple Ways to End a Call Well
				The last minute of a call is what the caller remembers best, so it deserves some care from you.
				- Recap the next step
				- Thank them for their patience
				""");
		assertEquals(List.of("Recap the next step", "Thank them for their patience"),
				drafts.stream().map(CandidateDraft::title).toList());
	}

	@Test
	void itemsAfterAnAdviceLeadInAreTechniquesWithTheirParagraphs() throws ArticleException {
		List<CandidateDraft> drafts = extract("""
				Angry callers are part of the job. Here are two strategies that help.
				1. Slow Down
				Answer at half speed and leave pauses so the caller can finish their thought.
				2. Write It Down
				Note what the caller says so you never have to ask twice.
				""");
		assertEquals(List.of("Slow Down", "Write It Down"), drafts.stream().map(CandidateDraft::title).toList());
		assertEquals("Note what the caller says so you never have to ask twice.", drafts.get(1).context());
	}

	@Test
	void quotedSpeechIsAPhraseKindedByItsCue() throws ArticleException {
		List<CandidateDraft> drafts = extract("When the line goes quiet, try saying “Are you still with me?” "
				+ "and never say \"Hello, anybody there?\" in a sharp tone.\n");
		assertEquals(1, drafts.size(), "the recommended wording is the avoid phrase's replacement");
		CandidateDraft avoid = drafts.get(0);
		assertEquals(PhraseKind.AVOID, avoid.phraseKind());
		assertEquals("Hello, anybody there?", avoid.text());
		assertEquals("Are you still with me?", avoid.replacement().text());
		assertEquals(PhraseKind.RECOMMENDED, avoid.replacement().phraseKind());
		assertTrue(avoid.passage().startsWith("When the line goes quiet"));
	}

	@Test
	void insteadOfPairsBothWays() throws ArticleException {
		CandidateDraft first = extract("Instead of \"That is not my department\", say \"Let me find the right person\".\n")
				.get(0);
		assertEquals("That is not my department", first.text());
		assertEquals("Let me find the right person", first.replacement().text());
		CandidateDraft second = extract("Use \"I can look into that\" instead of \"I have no idea\".\n").get(0);
		assertEquals("I have no idea", second.text());
		assertEquals(PhraseKind.AVOID, second.phraseKind());
		assertEquals("I can look into that", second.replacement().text());
	}

	@Test
	void aReplacementMayFollowInTheNextSentence() throws ArticleException {
		List<CandidateDraft> drafts = extract("Don't tell them ‘Calm down, please.’ Instead, try ‘I hear how annoying "
				+ "this has been.’\n");
		assertEquals(1, drafts.size());
		assertEquals("I hear how annoying this has been.", drafts.get(0).replacement().text());
		assertEquals("Don't tell them ‘Calm down, please.’", drafts.get(0).context());
	}

	@Test
	void connectedQuotationsShareTheirCue() throws ArticleException {
		List<CandidateDraft> drafts = extract("Avoid saying \"whatever you want\" or \"not my problem\" on a call.\n");
		assertEquals(List.of(PhraseKind.AVOID, PhraseKind.AVOID), drafts.stream().map(CandidateDraft::phraseKind).toList());
	}

	@Test
	void scareQuotesAndThoughtsAreNoPhrases() throws ArticleException {
		List<CandidateDraft> drafts = extract("Some agents rush to \"solve\" things and wear the \"expert badge\" all "
				+ "day. You may wonder, \"Is this worth it?\" It's the customer’s call, isn't it?\n");
		assertEquals(List.of(), drafts);
	}

	@Test
	void sameWordingTwiceIsOneCandidate() throws ArticleException {
		List<CandidateDraft> drafts = extract("Greet them by asking “How can I help today?”\n"
				+ "Later, ask again: \"How can I help today\" if the call drifts.\n");
		assertEquals(1, drafts.size());
		assertEquals("How can I help today?", drafts.get(0).text());
		assertEquals("How can I help today?", drafts.get(0).title());
	}

	@Test
	void longWordingHasAShortTitle() throws ArticleException {
		CandidateDraft phrase = extract("Say \"I am going to stay on the line until this is sorted out\" calmly.\n")
				.get(0);
		assertEquals("I am going to stay on…", phrase.title());
		assertEquals(PhraseKind.RECOMMENDED, phrase.phraseKind());
	}

	@Test
	void resultsAreInDocumentOrderAndRepeatable() throws ArticleException {
		String text = """
				Three Tips for Hard Calls
				- Ask “What would help most right now?” early
				- Breathe
				Listen First
				Say “Tell me what happened” and then let them talk without cutting in at all, however long it takes.
				""";
		List<CandidateDraft> once = extract(text);
		assertEquals(once, extract(text));
		assertEquals(List.of("Ask “What would help most right now?” early", "What would help most right now?",
				"Breathe", "Listen First", "Tell me what happened"), once.stream().map(CandidateDraft::title).toList());
	}
}
