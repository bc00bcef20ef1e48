package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.ReleaseGate;
import parley.core.sample.SyntheticPlaybook;
import parley.core.validation.OwnWordsRule;
import parley.core.validation.PlaybookValidator;
import parley.core.validation.Problem;
import parley.core.validation.Severity;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/** The own-words rule: entries do not repeat eight or more consecutive words of the sources they cite. */
class TestOwnWords {

	/** The seed articles the starter's sources cite, by source title. */
	static final Map<String, String> SEEDS = new LinkedHashMap<>();
	static {
		SEEDS.put("Three Ways to Reduce Stress When Helping Customers: Listening, Empathy and Not Taking It Personally",
				"000_86b1a216e8a6a477.txt");
		SEEDS.put("Empathy as the Essential Customer Support Skill", "001_e1f85c8b2a4b06c3.txt");
		SEEDS.put("Dealing with Difficult Customers Without Losing Your Temper", "002_dd9c353d18dcfc66.txt");
		SEEDS.put("Three Strategies for Managing Frustrated and Upset Customers", "003_0b9c1197777965a6.txt");
		SEEDS.put("Navigating Difficult Customers: The Power of Active Listening", "004_66e21c3d3fc4db8a.txt");
	}

	private static final String EMPATHY = "Empathy as the Essential Customer Support Skill";

	@TempDir
	Path tmp;

	private Playbook playbook;

	@BeforeEach
	void starter() throws Exception {
		playbook = Playbooks.starter(tmp.resolve("pb")).playbook();
	}

	static String seed(String file) throws IOException {
		try (InputStream in = TestOwnWords.class.getResourceAsStream("/resources/seeds/" + file)) {
			assertNotNull(in, "seed article " + file + " is shipped with the tests");
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Gives every starter source the text of its seed article. */
	private void importSeeds() throws IOException {
		assertEquals(SEEDS.size(), playbook.getSources().size());
		for (Source source : playbook.getSources()) {
			String file = SEEDS.get(source.getTitle());
			assertNotNull(file, "a seed article for " + source.getTitle());
			source.setImportedText(seed(file));
		}
	}

	private Source source(String title) {
		return playbook.getSources().stream().filter(s -> s.getTitle().equals(title)).findFirst().orElseThrow();
	}

	private List<Problem> ownWords() {
		return new PlaybookValidator().validate(playbook).stream().filter(p -> p.rule().equals("own-words")).toList();
	}

	/** A line of the seed with at least {@code words} words. */
	private static String paragraph(String text, int words) {
		return Arrays.stream(text.split("\n")).filter(l -> l.strip().split("\\s+").length >= words).findFirst()
				.orElseThrow();
	}

	private Technique citing(Source source) {
		return playbook.getTechniques().stream().filter(t -> t.getSources().contains(source)).findFirst().orElseThrow();
	}

	@Test
	void aPastedParagraphIsFlaggedOnTheEntryAndField() throws Exception {
		importSeeds();
		Source empathy = source(EMPATHY);
		Technique technique = citing(empathy);
		String pasted = paragraph(empathy.getImportedText(), 30);
		technique.setRationale("As the article puts it: " + pasted);
		List<Problem> problems = ownWords();
		assertEquals(1, problems.size(), problems::toString);
		Problem problem = problems.get(0);
		assertEquals(Severity.WARNING, problem.severity());
		assertEquals(technique.getId(), problem.elementId());
		assertEquals("rationale", problem.field());
		assertTrue(problem.message().contains("'" + EMPATHY + "'"), problem.message());
		assertTrue(problem.message().contains("rewrite it in your own words"), problem.message());
		String words = pasted.strip().split("\\s+")[0];
		assertTrue(problem.message().contains("\"" + words), problem.message());
		assertTrue(problem.message().contains(" … "), "a long run is shortened: " + problem.message());
	}

	@Test
	void changedCaseAndPunctuationDoNotHideACopy() throws Exception {
		importSeeds();
		Source empathy = source(EMPATHY);
		Technique technique = citing(empathy);
		String pasted = paragraph(empathy.getImportedText(), 30);
		String disguised = pasted.toUpperCase().replace(",", " -").replace(".", ";").replace("\u2019", "'")
				.replace("?", "!");
		technique.getPitfalls().add(disguised);
		List<Problem> problems = ownWords();
		assertEquals(1, problems.size(), problems::toString);
		assertEquals("pitfalls", problems.get(0).field());
	}

	@Test
	void sevenWordsAreNotACopyEightAre() throws Exception {
		importSeeds();
		Source empathy = source(EMPATHY);
		Technique technique = citing(empathy);
		String[] words = paragraph(empathy.getImportedText(), 30).strip().split("\\s+");
		technique.setSummary("We say: " + String.join(" ", Arrays.copyOfRange(words, 0, 7)) + " zebra quartz");
		assertEquals(List.of(), ownWords());
		technique.setSummary("We say: " + String.join(" ", Arrays.copyOfRange(words, 0, 8)) + " zebra quartz");
		assertEquals(1, ownWords().size());
	}

	@Test
	void anEntryNotCitingTheSourceIsNotFlagged() throws Exception {
		importSeeds();
		Source empathy = source(EMPATHY);
		Technique technique = citing(empathy);
		technique.getSources().clear();
		technique.getSources().add(playbook.getSources().stream().filter(s -> s != empathy).findFirst().orElseThrow());
		technique.setRationale(paragraph(empathy.getImportedText(), 30));
		assertEquals(List.of(), ownWords());
	}

	@Test
	void aChangedSourceTextIsReadAgain() throws Exception {
		importSeeds();
		Source empathy = source(EMPATHY);
		citing(empathy).setRationale(paragraph(empathy.getImportedText(), 30));
		OwnWordsRule rule = new OwnWordsRule();
		assertEquals(1, rule.find(playbook).size());
		assertEquals(1, rule.find(playbook).size(), "the same again from the kept shingles");
		empathy.setImportedText("A different article about something else altogether, with other words in it.");
		assertEquals(List.of(), rule.find(playbook));
	}

	@Test
	void aScenarioStepInstructionPointsAtTheStep() throws Exception {
		importSeeds();
		Scenario scenario = playbook.getScenarios().get(0);
		Source source = scenario.getSources().get(0);
		Step step = scenario.getSteps().get(1);
		step.setInstruction(paragraph(source.getImportedText(), 12));
		List<Problem> problems = ownWords();
		assertEquals(1, problems.size(), problems::toString);
		assertEquals(step.getId(), problems.get(0).elementId());
		assertEquals("instruction", problems.get(0).field());
		assertTrue(problems.get(0).elementLabel().contains("step 2"), problems.get(0).elementLabel());
	}

	@Test
	void theStarterIsWrittenInItsOwnWords() throws Exception {
		importSeeds();
		List<OwnWordsRule.Copy> copies = new OwnWordsRule().find(playbook);
		assertEquals("", copies.stream()
				.map(c -> c.entry().getTitle() + " [" + c.field().getName() + "] repeats " + c.words() + " words of '"
						+ c.source().getTitle() + "': " + c.passage())
				.collect(Collectors.joining("\n")));
	}

	@Test
	void theReleaseGateNamesEntriesThatRepeatTheirSources() throws Exception {
		importSeeds();
		assertEquals(List.of(), ReleaseGate.ownWords(playbook));
		Source empathy = source(EMPATHY);
		Technique technique = citing(empathy);
		technique.setRationale(paragraph(empathy.getImportedText(), 30));
		Scenario scenario = playbook.getScenarios().get(0);
		scenario.getSteps().get(0).setInstruction(paragraph(scenario.getSources().get(0).getImportedText(), 12));
		List<ReleaseGate.Warning> warnings = ReleaseGate.ownWords(playbook);
		assertEquals(2, warnings.size(), warnings::toString);
		assertEquals(java.util.Set.of(technique, scenario),
				warnings.stream().map(ReleaseGate.Warning::entry).collect(Collectors.toSet()));
		String described = warnings.stream().map(ReleaseGate.Warning::describe).collect(Collectors.joining("\n"));
		assertTrue(described.contains(technique.getTitle()) && described.contains("rationale"), described);
		String text = ReleaseGate.describe(warnings);
		assertTrue(text.startsWith("2 entries repeat their sources' wording (rewrite them in your own words):\n  "),
				text);
		assertEquals("", ReleaseGate.describe(List.of()));
		technique.setStatus(Status.RETIRED);
		assertEquals(1, ReleaseGate.ownWords(playbook).size(), "retired entries are not released");
	}

	@Test
	void aLargePlaybookCitingAFewSourcesValidatesQuickly() throws Exception {
		Playbook big = SyntheticPlaybook.generate(10_000, 7);
		List<String> texts = SEEDS.values().stream().map(f -> {
			try {
				return seed(f);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
		for (int i = 0; i < big.getSources().size(); i++) {
			big.getSources().get(i).setImportedText(texts.get(i % texts.size()));
		}
		Entry copier = big.getTechniques().get(0);
		((Technique) copier).setRationale(paragraph(copier.getSources().get(0).getImportedText(), 30));
		OwnWordsRule rule = new OwnWordsRule();
		rule.find(big); // warm up
		long start = System.nanoTime();
		List<OwnWordsRule.Copy> copies = rule.find(big);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(1, copies.size(), copies::toString);
		assertTrue(millis < 3_000, "10k entries took " + millis + " ms");
		System.out.println("own-words over " + (big.getTechniques().size() + big.getPhrases().size()
				+ big.getScenarios().size()) + " entries: " + millis + " ms");
	}
}
