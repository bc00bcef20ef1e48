package parley.search.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the customer says in a practice session, made from the scenario by rule (no wording is written per
 * scenario):
 * <ul>
 * <li>The <b>opening</b> is a stage direction and the customer's words. The direction names the scenario's
 * emotions and its first signal ("angry, frustrated; raised voice and rapid speech"). The words are the
 * scenario's situation retold in the first person: of its sentences, those about the customer (naming "a/the
 * customer" or "they/their/them") are kept, except a sentence whose subject is the agent (it starts with "You", or
 * its first clause ends in ", you"); the customer becomes "I" (with the verb after it in the first person: "is" →
 * "am", "has" → "have", "phones" → "phone", also for the verbs joined to it by "and" or a comma; words between
 * the customer and the verb are set off by commas: "I, angry about a delayed refund, make …"), "they" → "I",
 * "their"/"a customer's" → "my", "them" → "me", "themselves" → "myself". A situation with no such sentence (a
 * scene about the agent alone) gives no words: the direction alone is acted.</li>
 * <li>Each <b>later line</b> acts out the next signal, in turn, and answers the last reply: an avoid-phrase in it
 * makes the customer escalate, a reply that missed the step makes them press again, one that covered it lets them
 * go on (three fixed sentences, {@link #ESCALATE}, {@link #PRESS}, {@link #GO_ON}).</li>
 * </ul>
 */
public final class CustomerLines {

	/** A line: how it is said (a stage direction), and the words (may be empty: the direction alone is acted). */
	public record Line(String direction, String words) {
		@Override
		public String toString() {
			return (direction.isEmpty() ? "" : "(" + direction + ") ") + words;
		}
	}

	/** The words after a reply that used a phrase to avoid. */
	public static final String ESCALATE = "Don't talk to me like that. That's exactly what makes this worse.";
	/** The words after a reply that did not cover the step the scene was at. */
	public static final String PRESS = "You're not really answering me. What are you actually going to do?";
	/** The words after a reply that covered its step. */
	public static final String GO_ON = "All right. And then what?";

	private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
	private static final Pattern ABOUT_CUSTOMER = Pattern.compile(
			"\\b(?:customer|customer's|they|their|them|themselves|they're|they've|they'd)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern AGENT_SUBJECT = Pattern.compile("^(?:you\\b|[^,]*,\\s*you\\b)", Pattern.CASE_INSENSITIVE);
	private static final Pattern CUSTOMERS = Pattern.compile("\\b(?:an?|the)\\s+(?:[a-z]+\\s+)?customer's\\b",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern CUSTOMER_SUBJECT = Pattern
			.compile("\\b(?:an?|the)\\s+(?:[a-z]+\\s+)?customer\\s+([a-z]+)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
	private static final Set<String> VERBS = Set.of("was", "can", "could", "will", "would", "may", "might", "must",
			"should", "did", "had", "went", "got", "felt", "made", "said", "kept", "left");
	private static final Pattern THEY_SUBJECT = Pattern.compile("\\bthey\\s+([a-z]+)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern JOINED_VERB = Pattern.compile("(\\band\\s+|,\\s+)(?:(already|also|then|still)\\s+)?([a-z]+)\\b");

	private CustomerLines() {
	}

	/** The customer's opening line for a scene. */
	public static Line opening(Practice.Scene scene) {
		return new Line(direction(scene.emotions(), scene.signals().isEmpty() ? null : scene.signals().get(0)),
				firstPerson(scene.situation()));
	}

	/**
	 * The customer's line for turn {@code turn} (from 2): the signal of that turn, in turn, and the answer to the last
	 * reply.
	 */
	public static Line next(Practice.Scene scene, int turn, boolean avoided, boolean covered) {
		String signal = scene.signals().isEmpty() ? null : scene.signals().get((turn - 1) % scene.signals().size());
		String words = avoided ? ESCALATE : covered ? GO_ON : PRESS;
		return new Line(signal == null ? "" : lowerFirst(signal), words);
	}

	static String direction(List<String> emotions, String signal) {
		String feeling = String.join(", ", emotions).replace('-', ' ');
		if (signal == null || signal.isBlank()) {
			return feeling;
		}
		return feeling.isEmpty() ? lowerFirst(signal) : feeling + "; " + lowerFirst(signal);
	}

	/** The situation's sentences about the customer, retold by the customer (see the class comment). */
	static String firstPerson(String situation) {
		if (situation == null || situation.isBlank()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String sentence : SENTENCE.split(situation.strip())) {
			if (ABOUT_CUSTOMER.matcher(sentence).find() && !AGENT_SUBJECT.matcher(sentence).find()) {
				kept.add(shift(sentence));
			}
		}
		return String.join(" ", kept);
	}

	private static String shift(String sentence) {
		String s = CUSTOMERS.matcher(sentence).replaceAll("my");
		boolean[] shifted = { false };
		Matcher subject = CUSTOMER_SUBJECT.matcher(s);
		if (subject.find()) {
			shifted[0] = true;
			s = s.substring(0, subject.start()) + "I" + withVerb(s.substring(subject.start(1)));
		}
		s = replace(THEY_SUBJECT, s, m -> {
			shifted[0] = true;
			return "I " + plural(m.group(1));
		});
		s = s.replaceAll("\\b[Tt]hey're\\b", "I'm").replaceAll("\\b[Tt]hey've\\b", "I've").replaceAll("\\b[Tt]hey'd\\b", "I'd")
				.replaceAll("\\b[Tt]heirs\\b", "mine").replaceAll("\\b[Tt]heir\\b", "my")
				.replaceAll("\\b[Tt]hemselves\\b", "myself").replaceAll("\\bthem\\b", "me");
		if (shifted[0]) {
			s = replace(JOINED_VERB, s, m -> m.group(1) + (m.group(2) == null ? "" : m.group(2) + " ")
					+ (m.group(3).equals("are") ? "am" : m.group(3).equals("were") ? "was" : singular(m.group(3))));
		}
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/**
	 * The rest of a sentence after "I": its verb (the first word that is a third-person or past form, within the
	 * clause) in the first person; words before it (an attached phrase, "angry about a delayed refund") are set off
	 * by commas.
	 */
	private static String withVerb(String rest) {
		Matcher word = WORD.matcher(rest);
		int words = 0;
		while (word.find() && words++ < 8) {
			String w = word.group();
			if (rest.substring(0, word.start()).contains(",")) {
				break;
			}
			boolean verb = !singular(w).equals(w) || VERBS.contains(w.toLowerCase(Locale.ROOT));
			if (verb) {
				String verbFirst = singular(w) + rest.substring(word.end());
				return word.start() == 0 ? " " + verbFirst : ", " + rest.substring(0, word.start()).strip() + ", " + verbFirst;
			}
		}
		return " " + rest;
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** A verb after "they" in the first person singular. */
	private static String plural(String verb) {
		return switch (verb.toLowerCase(Locale.ROOT)) {
		case "are" -> "am";
		case "were" -> "was";
		default -> verb;
		};
	}

	/**
	 * A third-person verb in the first person ("is" → "am", "phones" → "phone", "worries" → "worry"); a word that is
	 * no such verb (a past tense, a modal, a noun after "and") is left as it is.
	 */
	static String singular(String verb) {
		String v = verb.toLowerCase(Locale.ROOT);
		return switch (v) {
		case "is" -> "am";
		case "has" -> "have";
		case "does" -> "do";
		case "was", "this", "his", "its", "us", "as", "yes", "less", "unless", "thus", "always", "perhaps", "across",
				"various", "previous", "serious", "nervous", "anxious", "upset" -> verb;
		default -> {
			if (v.length() <= 3 || !v.endsWith("s") || v.endsWith("ss") || v.endsWith("us") || v.endsWith("is")) {
				yield verb;
			}
			if (v.endsWith("ies") && v.length() > 4) {
				yield verb.substring(0, verb.length() - 3) + "y";
			}
			if (v.matches(".*(?:sses|shes|ches|xes|zes|oes)")) {
				yield verb.substring(0, verb.length() - 2);
			}
			yield verb.substring(0, verb.length() - 1);
		}
		};
	}

	private static String lowerFirst(String text) {
		String t = text.strip();
		if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !Character.isUpperCase(t.charAt(1))) {
			return Character.toLowerCase(t.charAt(0)) + t.substring(1);
		}
		return t;
	}
}
