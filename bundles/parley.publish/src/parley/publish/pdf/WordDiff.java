package parley.publish.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * The old and new wording of a field compared word by word, for "what changed": each side as runs of text that
 * are kept, deleted (old side) or inserted (new side). The comparison is JGit's histogram diff over words
 * (whitespace kept with the word before it), so a reworded sentence shows only the words that changed.
 */
final class WordDiff {

	/** A run of one side's text. */
	record Run(String text, boolean changed) {
	}

	/** Both sides as runs: {@code before} marks deletions, {@code after} insertions. */
	record Sides(List<Run> before, List<Run> after) {
	}

	private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

	private WordDiff() {
	}

	static Sides compare(String before, String after) {
		Words a = new Words(before == null ? "" : before);
		Words b = new Words(after == null ? "" : after);
		EditList edits = new HistogramDiff().diff(Words.EQUAL, a, b);
		List<Run> left = new ArrayList<>();
		List<Run> right = new ArrayList<>();
		int i = 0;
		int j = 0;
		for (Edit edit : edits) {
			add(left, a.join(i, edit.getBeginA()), false);
			add(right, b.join(j, edit.getBeginB()), false);
			add(left, a.join(edit.getBeginA(), edit.getEndA()), true);
			add(right, b.join(edit.getBeginB(), edit.getEndB()), true);
			i = edit.getEndA();
			j = edit.getEndB();
		}
		add(left, a.join(i, a.size()), false);
		add(right, b.join(j, b.size()), false);
		return new Sides(left, right);
	}

	private static void add(List<Run> runs, String text, boolean changed) {
		if (!text.isEmpty()) {
			runs.add(new Run(text, changed));
		}
	}

	/** A text as a sequence of words, each with the whitespace after it; compared without that whitespace. */
	private static final class Words extends Sequence {

		static final SequenceComparator<Words> EQUAL = new SequenceComparator<>() {
			@Override
			public boolean equals(Words a, int ai, Words b, int bi) {
				return a.words.get(ai).strip().equals(b.words.get(bi).strip());
			}

			@Override
			public int hash(Words seq, int index) {
				return seq.words.get(index).strip().hashCode();
			}
		};

		final List<String> words = new ArrayList<>();

		Words(String text) {
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				words.add(m.group());
			}
		}

		@Override
		public int size() {
			return words.size();
		}

		String join(int from, int to) {
			return String.join("", words.subList(from, to));
		}
	}
}
