package parley.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import parley.importer.Article.Block;

/**
 * Finds candidate techniques and phrases in an article: techniques in its headings and advice lists
 * ({@link TechniqueFinder}), phrases in its quoted speech ({@link PhraseFinder}). The result is deterministic, in
 * document order, and without duplicates: a technique title or a wording seen before (ignoring case, quote style
 * and end punctuation) is not listed again, nor is a recommended wording already given as an avoid phrase's
 * replacement.
 */
public final class CandidateExtractor {

	/** The candidates of {@code article}, in document order; a paired replacement is not listed separately. */
	public List<CandidateDraft> extract(Article article) {
		List<Located> located = new ArrayList<>();
		for (TechniqueFinder.Found technique : TechniqueFinder.find(article)) {
			located.add(new Located(technique.block(), -1, technique.draft()));
		}
		List<Block> blocks = article.blocks();
		Set<String> replacements = new HashSet<>();
		for (int i = 0; i < blocks.size(); i++) {
			for (PhraseFinder.Found phrase : PhraseFinder.find(blocks.get(i).text())) {
				located.add(new Located(i, phrase.offset(), phrase.draft()));
				if (phrase.replacement() != null) {
					replacements.add(PhraseFinder.normalise(phrase.replacement().draft().text()));
				}
			}
		}
		located.sort((a, b) -> a.block != b.block ? Integer.compare(a.block, b.block)
				: Integer.compare(a.offset, b.offset));
		List<CandidateDraft> candidates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Located candidate : located) {
			CandidateDraft draft = candidate.draft;
			String key = draft.kind() + ":" + switch (draft.kind()) {
			case PHRASE -> PhraseFinder.normalise(draft.text());
			default -> draft.title().toLowerCase(Locale.ROOT);
			};
			boolean replacement = draft.phraseKind() == parley.model.playbook.PhraseKind.RECOMMENDED
					&& replacements.contains(PhraseFinder.normalise(draft.text()));
			if (!replacement && seen.add(key)) {
				candidates.add(draft);
			}
		}
		return candidates;
	}

	/** A candidate and where it starts: its block, and its offset in the block (-1 for the block itself). */
	private record Located(int block, int offset, CandidateDraft draft) {
	}
}
