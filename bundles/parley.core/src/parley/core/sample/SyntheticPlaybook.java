package parley.core.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import parley.model.playbook.Audience;
import parley.model.playbook.Channel;
import parley.model.playbook.Emotion;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;

/**
 * Generates large, valid, realistic-looking playbooks for benchmarks and tests. The same size and seed give
 * the same playbook (ids included), so runs can be compared.
 *
 * <p>Mix: 5% sources, 1% tags (at least 10), 15% techniques, 60% phrases (a third of them avoid-phrases,
 * each with a replacement), the rest scenarios with four steps each.
 */
public final class SyntheticPlaybook {

	/**
	 * The vocabulary: every word of three letters or more in the starter playbook, most frequent first, so
	 * generated text follows a natural (Zipf) word distribution over real de-escalation vocabulary.
	 */
	private static final String[] WORDS = vocabulary();
	/** Cumulative Zipf weights over {@link #WORDS}. */
	private static final double[] CUMULATIVE = zipf(WORDS.length);

		private final PlaybookFactory f = PlaybookFactory.eINSTANCE;
	private final Random random;
	private final Instant now = Instant.parse("2026-11-25T09:00:00Z");

	private SyntheticPlaybook(long seed) {
		this.random = new Random(seed);
	}

	/** A playbook of about {@code entities} entities (techniques, phrases, scenarios, sources, tags). */
	public static Playbook generate(int entities, long seed) {
		return new SyntheticPlaybook(seed).build(entities);
	}

	private Playbook build(int entities) {
		Playbook playbook = f.createPlaybook();
		playbook.setId(uuid());
		playbook.setTitle("Synthetic playbook (" + entities + " entities)");
		playbook.setOrganisation("Parley benchmarks");
		int sources = Math.max(1, entities * 5 / 100);
		int tags = Math.max(10, entities / 100);
		int techniques = Math.max(2, entities * 15 / 100);
		int phrases = Math.max(2, entities * 60 / 100);
		int scenarios = Math.max(1, entities - sources - tags - techniques - phrases);

		for (int i = 0; i < tags; i++) {
			Tag tag = f.createTag();
			tag.setId(uuid());
			// Tags are topical words (below the most common hundred), numbered once the list runs out.
			int rank = 100 + i;
			tag.setName(WORDS[rank % WORDS.length] + (rank < WORDS.length ? "" : "-" + i));
			playbook.getTags().add(tag);
		}
		Audience agents = f.createAudience();
		agents.setId(uuid());
		agents.setName("Frontline agents");
		playbook.getAudiences().add(agents);
		for (int i = 0; i < sources; i++) {
			Source source = f.createSource();
			curate(source, "Source " + i + ": " + sentence(4));
			source.setPublisher("Publisher " + (i % 50));
			source.setSummary(sentence(20));
			playbook.getSources().add(source);
		}
		List<Technique> allTechniques = new ArrayList<>(techniques);
		for (int i = 0; i < techniques; i++) {
			Technique t = f.createTechnique();
			curate(t, "Technique " + i + ": " + sentence(3));
			t.setSummary(sentence(18));
			t.setRationale(sentence(40));
			for (int s = 0; s < 4; s++) {
				t.getSteps().add(sentence(10));
			}
			t.getPitfalls().add(sentence(8));
			link(t, playbook);
			if (i > 0) {
				t.getRelated().add(allTechniques.get(random.nextInt(i)));
			}
			allTechniques.add(t);
			playbook.getTechniques().add(t);
		}
		List<Phrase> recommended = new ArrayList<>();
		for (int i = 0; i < phrases; i++) {
			Phrase p = f.createPhrase();
			curate(p, "Phrase " + i + ": " + sentence(3));
			p.setText(sentence(12) + ".");
			p.setUsage(sentence(15));
			p.getTechniques().add(allTechniques.get(random.nextInt(allTechniques.size())));
			link(p, playbook);
			if (i % 3 == 2 && !recommended.isEmpty()) {
				p.setKind(PhraseKind.AVOID);
				p.getReplacements().add(recommended.get(random.nextInt(recommended.size())));
			} else {
				recommended.add(p);
			}
			playbook.getPhrases().add(p);
		}
		for (int i = 0; i < scenarios; i++) {
			Scenario s = f.createScenario();
			curate(s, "Scenario " + i + ": " + sentence(4));
			s.setSituation(sentence(30));
			s.setOutcome(sentence(15));
			s.getEmotions().add(Emotion.VALUES.get(random.nextInt(Emotion.VALUES.size())));
			s.getSignals().add(sentence(6));
			for (int k = 0; k < 4; k++) {
				Step step = f.createStep();
				step.setId(uuid());
				step.setInstruction(sentence(10));
				step.getTechniques().add(allTechniques.get(random.nextInt(allTechniques.size())));
				step.getPhrases().add(recommended.get(random.nextInt(recommended.size())));
				s.getSteps().add(step);
			}
			link(s, playbook);
			playbook.getScenarios().add(s);
		}
		return playbook;
	}

	private void curate(parley.model.playbook.Entry entry, String title) {
		entry.setId(uuid());
		entry.setTitle(title);
		entry.setStatus(Status.VALUES.get(random.nextInt(3)));
		entry.setOwner("owner" + random.nextInt(20));
		entry.setCreated(now);
		entry.setModified(now);
		entry.setLastReviewed(LocalDate.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28)));
		entry.getChannels().add(Channel.VALUES.get(random.nextInt(Channel.VALUES.size())));
	}

	private void link(parley.model.playbook.Entry entry, Playbook playbook) {
		entry.getTags().add(playbook.getTags().get(random.nextInt(playbook.getTags().size())));
		entry.getAudiences().add(playbook.getAudiences().get(0));
		entry.getSources().add(playbook.getSources().get(random.nextInt(playbook.getSources().size())));
	}

	private String sentence(int words) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < words; i++) {
			if (i > 0) {
				b.append(' ');
			}
			b.append(word());
		}
		b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
		return b.toString();
	}

	private String word() {
		int index = java.util.Arrays.binarySearch(CUMULATIVE, random.nextDouble() * CUMULATIVE[CUMULATIVE.length - 1]);
		return WORDS[Math.min(WORDS.length - 1, index < 0 ? -index - 1 : index)];
	}

	private static String[] vocabulary() {
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		try {
			for (String file : parley.core.service.StarterPlaybook.files()) {
				if (!file.endsWith(".xmi")) {
					continue;
				}
				java.util.regex.Matcher values = java.util.regex.Pattern.compile("=\"([^\"]*)\"|>([^<]+)<")
						.matcher(parley.core.service.StarterPlaybook.read(file));
				while (values.find()) {
					String text = values.group(1) != null ? values.group(1) : values.group(2);
					if (text.contains("#") || text.contains("/")) {
						continue; // references, not words
					}
					for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+")) {
						if (w.length() >= 3 && !w.contains("'") && !w.matches(".*\\d.*")) {
							counts.merge(w, 1, Integer::sum);
						}
					}
				}
			}
		} catch (java.io.IOException e) {
			throw new IllegalStateException("the starter playbook is part of this bundle", e);
		}
		counts.keySet().removeIf(w -> w.length() > 14 || w.equals("xmi") || w.equals("parley") || w.equals("href"));
		return counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
				.thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).toArray(String[]::new);
	}

	private static double[] zipf(int n) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int rank = 1; rank <= n; rank++) {
			sum += 1.0 / rank;
			cumulative[rank - 1] = sum;
		}
		return cumulative;
	}

	private String uuid() {
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}
}
