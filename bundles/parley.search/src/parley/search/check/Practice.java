package parley.search.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

import parley.core.store.AtomicFiles;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.model.playbook.Status;
import parley.search.SearchException;
import parley.search.check.ReplyChecker.Finding;
import parley.search.check.ReplyChecker.Kind;
import parley.search.check.ReplyChecker.Ref;
import parley.search.lucene.ReplyAnalysis;

/**
 * One person practising a scenario: the customer speaks ({@link CustomerLines}), the learner replies, and the
 * reply is scored; then the next turn, until every step has had its turn; then a summary. Nothing is stored unless
 * the caller writes {@link #log} ({@link #saveLog}).
 * <p>
 * <b>Scoring a reply.</b> The turn is at the <i>expected</i> step: the first step, in order, that no earlier turn
 * covered. The reply
 * <ul>
 * <li>is checked by the {@link ReplyChecker}: its avoid-phrases, and the recommended wording it uses;</li>
 * <li>covers a step when it uses one of that step's recommended phrases (a GOOD finding of it), or when it reads
 * like the step (its avoid-phrases left out: saying one never covers a step): Lucene's {@link MoreLikeThis} turns the reply into a query over an in-memory index of the
 * scenario's steps (each step's instruction and recommended phrases, analysed as the reply checker analyses text),
 * and a step's score divided by the score the step's own text gets against it is its similarity; a step at
 * {@value #COVERS} or more is covered.</li>
 * </ul>
 * The feedback says whether the expected step is covered (and which other step the reply reads like if not), the
 * avoid-phrases used with what to say instead, and the recommended wording used; the model answer is the expected
 * step's recommended wording (its instruction when it has none). {@link #check} may be called again in a turn (the
 * last reply counts); {@link #next} ends the turn: the steps covered are marked and the next uncovered step becomes
 * the expected one, whether or not this one was covered.
 * <p>
 * Holds no EMF object after {@link #scene(Scenario)} (read on the model's owner thread); one session is used by one
 * thread at a time.
 */
public final class Practice {

	/** Similarity (reply against step, relative to the step against itself) at which a step counts as covered. */
	public static final double COVERS = 0.3;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]*\\]");
	private static final String FIELD = "text";

	/** A step of the scene: its number (from 1), instruction, recommended phrases and techniques. */
	public record Step(int number, String id, String instruction, List<Ref> phrases, List<Ref> techniques) {
	}

	/** What a practice session needs of a scenario, read once from the model. */
	public record Scene(String id, String title, String situation, List<String> emotions, List<String> signals,
			String outcome, List<Step> steps) {
	}

	/** How like a step a reply reads: the similarity, and whether it used one of the step's phrases. */
	public record StepMatch(Step step, double similarity, boolean phraseUsed) {
		public boolean covers() {
			return phraseUsed || similarity >= COVERS;
		}
	}

	/** The score of one reply. */
	public record Feedback(int turn, Step expected, String reply, List<Finding> avoid, List<Finding> good,
			List<StepMatch> matches, boolean expectedCovered, String text, String modelAnswer) {

		/** The steps the reply covers, in order. */
		public List<Step> covered() {
			return matches.stream().filter(StepMatch::covers).map(StepMatch::step)
					.sorted(Comparator.comparingInt(Step::number)).toList();
		}
	}

	/** A finished turn: what the customer said and the last reply's feedback. */
	public record Turn(CustomerLines.Line customer, Feedback feedback) {
	}

	/** The session at its end (or so far). */
	public record Summary(int steps, int covered, int turns, int avoidUsed, int goodUsed, String text) {
	}

	private final Scene scene;
	private final ReplyChecker checker;
	private final IndexSearcher searcher;
	private final Analyzer analyzer;
	private final double[] selfScores;
	private final boolean[] covered;
	private final List<Turn> turns = new ArrayList<>();
	private CustomerLines.Line customer;
	private Feedback pending;
	private int expected;

	private Practice(Scene scene, ReplyChecker checker, Analyzer analyzer) {
		this.scene = scene;
		this.checker = checker;
		this.analyzer = analyzer;
		this.covered = new boolean[scene.steps().size()];
		try {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (Step step : scene.steps()) {
					Document doc = new Document();
					doc.add(new TextField(FIELD, stepText(step), Field.Store.NO));
					writer.addDocument(doc);
				}
			}
			searcher = new IndexSearcher(DirectoryReader.open(directory));
			selfScores = new double[scene.steps().size()];
			for (int i = 0; i < selfScores.length; i++) {
				selfScores[i] = score(stepText(scene.steps().get(i)), i);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in memory
		}
		this.customer = CustomerLines.opening(scene);
	}

	/**
	 * Starts practising a scene with the playbook's checker; the steps are matched with the synonym list of the
	 * playbook in {@code folder} (none when null).
	 *
	 * @throws SearchException when the synonym list cannot be read
	 * @throws IllegalArgumentException when the scene has no steps
	 */
	public static Practice start(Scene scene, ReplyChecker checker, Path folder) throws SearchException {
		if (scene.steps().isEmpty()) {
			throw new IllegalArgumentException("The scenario '" + scene.title()
					+ "' has no steps to practise: add steps to it in its editor first.");
		}
		return new Practice(scene, checker, ReplyAnalysis.analyzer(ReplyAnalysis.synonyms(folder)));
	}

	/** Reads what practice needs of a scenario (on the model's owner thread). Retired phrases are left out. */
	public static Scene scene(Scenario scenario) {
		List<Step> steps = new ArrayList<>();
		int n = 1;
		for (parley.model.playbook.Step step : scenario.getSteps()) {
			List<Ref> phrases = step.getPhrases().stream()
					.filter(p -> p.getKind() != PhraseKind.AVOID && p.getStatus() != Status.RETIRED)
					.map(Practice::ref).toList();
			List<Ref> techniques = step.getTechniques().stream().map(t -> new Ref(t.getId(), t.getTitle(), null))
					.toList();
			steps.add(new Step(n++, step.getId(), nonNull(step.getInstruction()), phrases, techniques));
		}
		return new Scene(scenario.getId(), nonNull(scenario.getTitle()), nonNull(scenario.getSituation()),
				scenario.getEmotions().stream().map(e -> e.getLiteral()).toList(), List.copyOf(scenario.getSignals()),
				nonNull(scenario.getOutcome()), List.copyOf(steps));
	}

	private static Ref ref(Phrase phrase) {
		return new Ref(phrase.getId(), phrase.getTitle(), phrase.getText());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String stepText(Step step) {
		StringBuilder text = new StringBuilder(step.instruction());
		for (Ref phrase : step.phrases()) {
			text.append('\n').append(PLACEHOLDER.matcher(nonNull(phrase.text())).replaceAll(" "));
		}
		return text.toString();
	}

	/** The score of {@code text}, as a MoreLikeThis query, against step {@code index}'s document. */
	private double score(String text, int index) throws IOException {
		MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
		mlt.setAnalyzer(analyzer);
		mlt.setFieldNames(new String[] { FIELD });
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(1);
		mlt.setMinWordLen(2);
		Query query = mlt.like(FIELD, new StringReader(text));
		return searcher.explain(query, index).getValue().doubleValue();
	}

	// ---- the session ----

	public Scene scene() {
		return scene;
	}

	/** What the customer says in this turn. */
	public CustomerLines.Line customer() {
		return customer;
	}

	/** The turn under way (from 1). */
	public int turn() {
		return turns.size() + 1;
	}

	/** The step this turn is at, or null when the session is over. */
	public Step expected() {
		return finished() ? null : scene.steps().get(expected);
	}

	/** Whether every step has had its turn. */
	public boolean finished() {
		return expected >= scene.steps().size();
	}

	/** The last reply's feedback in this turn, or null. */
	public Feedback pending() {
		return pending;
	}

	/** The turns ended so far. */
	public List<Turn> turns() {
		return List.copyOf(turns);
	}

	/** Scores a reply at the expected step (see the class comment); again in a turn, the last reply counts. */
	public Feedback check(String reply) {
		if (finished()) {
			throw new IllegalStateException("The practice of '" + scene.title() + "' is over.");
		}
		String text = reply == null ? "" : reply.strip();
		List<Finding> findings = text.isEmpty() ? List.of() : checker.check(text, ReplyChecker.DEFAULT_MIN_CONFIDENCE);
		List<Finding> avoid = findings.stream().filter(f -> f.kind() == Kind.AVOID).toList();
		List<Finding> good = findings.stream().filter(f -> f.kind() == Kind.GOOD).toList();
		Set<String> usedPhrases = good.stream().map(f -> f.phrase().id()).collect(Collectors.toSet());
		List<StepMatch> matches = new ArrayList<>();
		StringBuilder said = new StringBuilder(text);
		for (Finding f : avoid) {
			for (int i = f.start(); i < f.end(); i++) {
				said.setCharAt(i, ' ');
			}
		}
		String matched = said.toString().strip();
		for (Step step : scene.steps()) {
			double similarity = 0;
			if (!matched.isEmpty() && selfScores[step.number() - 1] > 0) {
				try {
					similarity = score(matched, step.number() - 1) / selfScores[step.number() - 1];
				} catch (IOException e) {
					throw new UncheckedIOException(e); // in memory
				}
			}
			boolean phraseUsed = step.phrases().stream().anyMatch(p -> usedPhrases.contains(p.id()));
			matches.add(new StepMatch(step, Math.round(similarity * 1000) / 1000.0, phraseUsed));
		}
		Step at = scene.steps().get(expected);
		boolean expectedCovered = matches.get(expected).covers();
		pending = new Feedback(turn(), at, text, avoid, good, List.copyOf(matches), expectedCovered,
				feedback(at, matches, expectedCovered, avoid, good), modelAnswer(at));
		return pending;
	}

	/**
	 * Ends the turn: the steps the last reply covered are marked, the next uncovered step becomes the expected one
	 * and the customer answers. A turn without a reply counts as a reply that covered nothing.
	 *
	 * @return whether another turn follows
	 */
	public boolean next() {
		if (finished()) {
			return false;
		}
		Feedback done = pending != null ? pending : check("");
		turns.add(new Turn(customer, done));
		for (StepMatch match : done.matches()) {
			if (match.covers()) {
				covered[match.step().number() - 1] = true;
			}
		}
		expected++;
		while (expected < covered.length && covered[expected]) {
			expected++;
		}
		pending = null;
		customer = CustomerLines.next(scene, turn(), !done.avoid().isEmpty(), done.expectedCovered());
		return !finished();
	}

	private String feedback(Step at, List<StepMatch> matches, boolean expectedCovered, List<Finding> avoid,
			List<Finding> good) {
		StringBuilder text = new StringBuilder();
		text.append("Step ").append(at.number()).append(" of ").append(scene.steps().size()).append(" (")
				.append(at.instruction()).append("): ");
		if (expectedCovered) {
			text.append("covered.");
		} else {
			StepMatch best = matches.stream().filter(StepMatch::covers)
					.max(Comparator.comparingDouble(StepMatch::similarity)).orElse(null);
			text.append("not covered yet.");
			if (best != null) {
				text.append(" The reply reads like step ").append(best.step().number()).append(" (")
						.append(best.step().instruction()).append(").");
			}
		}
		text.append('\n');
		if (avoid.isEmpty()) {
			text.append("No phrase to avoid.\n");
		}
		for (Finding f : avoid) {
			text.append("Avoid «").append(f.span()).append("» (").append(f.phrase().title()).append(")");
			if (!f.replacements().isEmpty()) {
				text.append("; say instead: ").append(f.replacements().get(0).text());
			}
			text.append('\n');
		}
		if (good.isEmpty()) {
			text.append("No recommended wording used yet.");
		} else {
			text.append("Recommended wording used: ").append(good.stream()
					.map(f -> "«" + f.span() + "» (" + f.phrase().title() + ")").collect(Collectors.joining(", ")))
					.append('.');
		}
		return text.toString();
	}

	private static String modelAnswer(Step step) {
		if (step.phrases().isEmpty()) {
			return step.instruction();
		}
		return step.phrases().stream().map(Ref::text).collect(Collectors.joining(" "));
	}

	// ---- summary and log ----

	/** The session so far: steps covered (of all), turns, avoid-phrases and recommended phrases used. */
	public Summary summary() {
		int done = 0;
		for (boolean c : covered) {
			done += c ? 1 : 0;
		}
		int avoid = turns.stream().mapToInt(t -> t.feedback().avoid().size()).sum();
		Set<String> good = new LinkedHashSet<>();
		turns.forEach(t -> t.feedback().good().forEach(f -> good.add(f.phrase().id())));
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < covered.length; i++) {
			if (!covered[i]) {
				missed.add(String.valueOf(i + 1));
			}
		}
		StringBuilder text = new StringBuilder();
		text.append("Steps covered: ").append(done).append(" of ").append(covered.length);
		if (!missed.isEmpty() && finished()) {
			text.append(" (missed: step").append(missed.size() == 1 ? " " : "s ").append(String.join(", ", missed))
					.append(')');
		}
		text.append(" in ").append(turns.size()).append(turns.size() == 1 ? " turn" : " turns").append(".\n");
		text.append("Phrases to avoid used: ").append(avoid).append(".\n");
		text.append("Recommended phrases used: ").append(good.size()).append('.');
		return new Summary(covered.length, done, turns.size(), avoid, good.size(), text.toString());
	}

	/** The session as Markdown: each turn's customer line, reply, feedback and model answer, then the summary. */
	public String log(Instant when) {
		StringBuilder md = new StringBuilder();
		md.append("# Practice: ").append(scene.title()).append("\n\n");
		md.append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault())
				.format(when)).append("\n\n");
		md.append("*").append(scene.situation()).append("*\n");
		List<Turn> all = new ArrayList<>(turns);
		if (pending != null) {
			all.add(new Turn(customer, pending));
		}
		for (Turn turn : all) {
			Feedback f = turn.feedback();
			md.append("\n## Turn ").append(f.turn()).append(": step ").append(f.expected().number()).append("\n\n");
			md.append("**Customer** ").append(turn.customer().direction().isEmpty() ? ""
					: "(" + turn.customer().direction() + ") ").append(turn.customer().words()).append("\n\n");
			md.append("**Reply:** ").append(f.reply().isEmpty() ? "(none)" : f.reply()).append("\n\n");
			for (String line : f.text().split("\n")) {
				md.append("- ").append(line).append('\n');
			}
			md.append("\n**Model answer:** ").append(f.modelAnswer()).append('\n');
		}
		md.append("\n## Summary\n\n");
		for (String line : summary().text().split("\n")) {
			md.append("- ").append(line).append('\n');
		}
		return md.toString();
	}

	/**
	 * Writes the {@link #log} to {@code file} atomically (a temporary file beside it, renamed over it): the file is
	 * either the old one or the whole log.
	 *
	 * @throws IOException naming the file when it cannot be written
	 */
	public void saveLog(Path file, Instant when) throws IOException {
		Path target = file.toAbsolutePath();
		Path dir = target.getParent();
		Path temp = null;
		try {
			temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
			Files.writeString(temp, log(when), StandardCharsets.UTF_8);
			AtomicFiles.replace(temp, target);
			temp = null;
		} catch (IOException e) {
			throw new IOException("Could not write the practice log " + target + ": " + e.getMessage()
					+ ". Choose a folder you can write to.", e);
		} finally {
			if (temp != null) {
				Files.deleteIfExists(temp);
			}
		}
	}
}
