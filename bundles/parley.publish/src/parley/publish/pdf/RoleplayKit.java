package parley.publish.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import parley.model.playbook.Channel;
import parley.model.playbook.Emotion;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;

/**
 * What a role-play kit says about one scenario: the content of its learner brief, customer card and observer sheet,
 * taken from the playbook, so a kit changes when the playbook does. Only what the edition includes is used (approved
 * entries, unless the export asks for more). Where the playbook has a field, the kit prints it; where it has none,
 * the kit words it from what is there, always by the same rules, never per entry:
 * <ul>
 * <li><b>Techniques to practise</b>: the techniques the scenario's steps apply, in step order, each once.</li>
 * <li><b>What escalates the customer</b>: the avoid-phrases a step names, then those a recommended phrase of a step
 * replaces, then those that put a technique a step applies into words; each once. The same list is what the
 * observer listens for, each with what to say instead (the phrase's replacements).</li>
 * <li><b>What calms the customer</b>: the recommended phrases the steps use, and the techniques to practise.</li>
 * <li><b>A good outcome</b>: the scenario's outcome; without one, the last step done with the customer feeling
 * heard ({@link #outcome}).</li>
 * <li><b>How the customer feels</b>: the scenario's emotions, each with an acting cue ({@link #FEELINGS}), and the
 * channel as a way to stage the scene ({@link #STAGING}): cues per value of the model's enumerations.</li>
 * <li><b>Rubric</b>: four levels per technique ({@link #rubric}): 4 "Fully" is the technique's summary, 3 "Mostly"
 * leaves out its last step, 2 "Partly" falls into its first pitfall, 1 "Not yet" uses one of its avoid-phrases
 * (else its second pitfall); a technique without those fields gets the level's general wording.</li>
 * <li><b>Debrief questions</b> ({@link #debrief}): about the signals, the hardest step, one avoid-phrase and what
 * to say instead, the customer's turning point, the outcome, and what the learner keeps and changes.</li>
 * </ul>
 */
public final class RoleplayKit {

	/** A level of the rubric: 1 to 4, its name and what it looks like for one technique. */
	public record Level(int score, String name, String description) {
	}

	/** The rubric of one technique: its four levels, 1 first. */
	public record Rubric(Technique technique, List<Level> levels) {
	}

	/** The level names, 1 to 4. */
	public static final List<String> LEVELS = List.of("Not yet", "Partly", "Mostly", "Fully");

	/** How to act each feeling, for the customer card. */
	static final Map<Emotion, String> FEELINGS = Map.of(
			Emotion.ANGRY, "Speak firmly and a little louder than usual; cut in once or twice.",
			Emotion.ANXIOUS, "Ask \u201Cwhat if\u201D questions; you need reassurance before you can listen.",
			Emotion.CONFUSED, "Lose the thread now and then; ask the agent to explain again.",
			Emotion.OUT_OF_CONTROL, "Talk over the agent at first; do not let them finish a sentence.",
			Emotion.FRUSTRATED, "Sigh, mention how long this has taken, and repeat your main point.",
			Emotion.UPSET, "Let your voice show it; say how this affects you.",
			Emotion.IMPATIENT, "Push for speed: ask how long this will take, twice if you have to.",
			Emotion.DISAPPOINTED, "Go quiet and flat; say you expected better.",
			Emotion.OVERWHELMED, "Give too much detail at once and jump between points.");

	/** How to stage the scene for each channel, for the customer card and the learner brief. */
	static final Map<Channel, String> STAGING = Map.of(
			Channel.PHONE, "a phone call: sit back to back, so you hear each other but cannot see each other",
			Channel.CHAT, "a chat: pass written notes, one message at a time",
			Channel.EMAIL, "an exchange of e-mails: write short notes to each other",
			Channel.IN_PERSON, "a conversation face to face, standing as at a counter");

	private final Edition edition;
	private final Scenario scenario;
	private final List<Technique> techniques = new ArrayList<>();
	private final List<Phrase> escalate = new ArrayList<>();
	private final List<Phrase> calm = new ArrayList<>();

	RoleplayKit(Edition edition, Scenario scenario) {
		this.edition = edition;
		this.scenario = scenario;
		Set<Technique> applied = new LinkedHashSet<>();
		Set<Phrase> avoid = new LinkedHashSet<>();
		Set<Phrase> recommended = new LinkedHashSet<>();
		for (Step step : scenario.getSteps()) {
			step.getTechniques().stream().filter(edition::includes).forEach(applied::add);
			for (Phrase phrase : step.getPhrases()) {
				if (edition.includes(phrase)) {
					(phrase.getKind() == PhraseKind.AVOID ? avoid : recommended).add(phrase);
				}
			}
		}
		for (Phrase say : recommended) {
			avoid.addAll(edition.avoidsReplacedBy(say));
		}
		for (Technique technique : applied) {
			edition.phrasesOf(technique).stream().filter(p -> p.getKind() == PhraseKind.AVOID).forEach(avoid::add);
		}
		techniques.addAll(applied);
		escalate.addAll(avoid);
		calm.addAll(recommended);
	}

	/** The kit of one of the edition's scenarios. */
	public static RoleplayKit of(Edition edition, Scenario scenario) {
		return new RoleplayKit(edition, scenario);
	}

	public Scenario scenario() {
		return scenario;
	}

	/** The techniques the learner practises: those the steps apply, in step order. */
	public List<Technique> techniques() {
		return techniques;
	}

	/** The avoid-phrases that escalate the customer, and that the observer listens for. */
	public List<Phrase> escalate() {
		return escalate;
	}

	/** The recommended phrases the steps use: what calms the customer. */
	public List<Phrase> calm() {
		return calm;
	}

	/** What an avoid-phrase should have been, as the edition has it (its replacements). */
	public List<Phrase> insteadOf(Phrase avoid) {
		return avoid.getReplacements().stream().filter(edition::includes).toList();
	}

	/** The scenario's outcome, or one worded from its last step. */
	public String outcome() {
		if (Words.present(scenario.getOutcome())) {
			return scenario.getOutcome().strip();
		}
		List<Step> steps = scenario.getSteps();
		if (!steps.isEmpty() && Words.present(steps.get(steps.size() - 1).getInstruction())) {
			return "The customer feels heard, and the conversation ends with the last step done: "
					+ lowerFirst(sentence(steps.get(steps.size() - 1).getInstruction()));
		}
		return "The customer feels heard and calmer, and the conversation ends with a clear next step.";
	}

	/** What the customer does as the scene reaches its outcome ({@link #outcome}). */
	public String ending() {
		return "Calm down step by step as the agent gets there, accept the next step they offer and end the"
				+ " conversation. If they do not get there, stay as you are until the observer calls time.";
	}

	/** How to stage the scene: the scenario's first channel, or a phone call when it names none. */
	public String staging() {
		Channel channel = scenario.getChannels().isEmpty() ? Channel.PHONE : scenario.getChannels().get(0);
		return "Play it as " + STAGING.get(channel) + ".";
	}

	/** "You feel angry and frustrated." with a cue per feeling; empty when the scenario names no feeling. */
	public List<String> feelings() {
		List<String> lines = new ArrayList<>();
		for (Emotion emotion : scenario.getEmotions()) {
			lines.add(Words.capitalised(Words.literal(emotion)) + ": " + lowerFirst(FEELINGS.get(emotion)));
		}
		return lines;
	}

	/** The four levels of a technique's rubric, 1 first. */
	public Rubric rubric(Technique technique) {
		List<String> steps = technique.getSteps().stream().filter(Words::present).toList();
		List<String> pitfalls = technique.getPitfalls().stream().filter(Words::present).toList();
		Phrase avoid = escalate.stream().filter(p -> p.getTechniques().contains(technique)).findFirst().orElse(null);
		String one = avoid != null ? "Not seen, or said " + Words.quoted(avoid.getText())
				: pitfalls.size() > 1 ? "Not seen, or: " + lowerFirst(sentence(pitfalls.get(1)))
						: "Not seen, or worked against it.";
		String two = !pitfalls.isEmpty() ? "Tried, but: " + lowerFirst(sentence(pitfalls.get(0)))
				: "Tried once or twice, not yet where it was needed.";
		String three = steps.size() > 1 ? "Used it, but left out: " + lowerFirst(sentence(steps.get(steps.size() - 1)))
				: "Used it at most of the moments that called for it.";
		String four = Words.present(technique.getSummary()) ? sentence(technique.getSummary())
				: "Used it naturally, wherever the conversation called for it.";
		List<String> texts = List.of(one, two, three, four);
		List<Level> levels = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			levels.add(new Level(i + 1, LEVELS.get(i), texts.get(i)));
		}
		return new Rubric(technique, levels);
	}

	/** The questions for the debrief, to the learner, the customer and the observer. */
	public List<String> debrief() {
		List<String> questions = new ArrayList<>();
		List<String> signals = scenario.getSignals().stream().filter(Words::present).map(RoleplayKit::bare)
				.map(RoleplayKit::lowerFirst).toList();
		questions.add("Learner: what told you how the customer felt?" + (signals.isEmpty() ? ""
				: " The customer was asked to show: " + String.join("; ", signals) + "."));
		if (!scenario.getSteps().isEmpty()) {
			questions.add("Which step on the checklist was the hardest to do, and what would help next time?");
		}
		Phrase avoid = escalate.stream().filter(p -> !insteadOf(p).isEmpty()).findFirst().orElse(null);
		if (avoid != null) {
			questions.add("Did " + Words.quoted(avoid.getText()) + ", or something like it, come up? How would "
					+ Words.quoted(insteadOf(avoid).get(0).getText()) + " sound in the learner\u2019s own words?");
		} else if (!escalate.isEmpty()) {
			questions.add("Did anything from \u201CListen for\u201D come up? What could the learner have said instead?");
		}
		questions.add("Customer: at what moment did you start to calm down, and what had the agent just said or done?");
		questions.add("Did the conversation reach a good outcome? " + outcome());
		questions.add("Learner: what will you keep doing, and what one thing will you do differently?");
		return questions;
	}

	/** Ends a text with a full stop when it has no closing punctuation. */
	static String sentence(String text) {
		String t = text.strip();
		return t.isEmpty() || ".!?\u201D\"".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
	}

	/** A list item as part of a sentence: without its closing full stop. */
	private static String bare(String text) {
		String t = text.strip();
		return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
	}

	/** Lower-cases the first letter unless the first word is an acronym or the pronoun "I". */
	static String lowerFirst(String text) {
		if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))
				|| text.startsWith("I ") || text.startsWith("I'") || text.startsWith("I\u2019")) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
	}
}
