package parley.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import parley.search.Hit;

/**
 * Turns a page of matching documents into {@link Hit}s with highlighted snippets ({@code UnifiedHighlighter};
 * offsets are stored for the short fields, so they are cheap; the long body is re-analysed only for hits
 * that matched nowhere else).
 */
final class Highlighting {

	private final Analyzer indexAnalyzer;

	Highlighting(Analyzer indexAnalyzer) {
		this.indexAnalyzer = indexAnalyzer;
	}

	/**
	 * The hits of {@code top} from {@code offset} on, each with its best passage (matches marked
	 * {@link Hit#MARK_START}...{@link Hit#MARK_END}) from the first field that matched, else its first text.
	 */
	List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset) throws IOException {
		ScoreDoc[] docs = top.scoreDocs;
		if (offset >= docs.length) {
			return List.of();
		}
		ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, offset, docs.length);
		TopDocs pageDocs = new TopDocs(top.totalHits, page);
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
				.withFormatter(new DefaultPassageFormatter(Hit.MARK_START, Hit.MARK_END, " … ", false))
				.withHandleMultiTermQuery(true).withWeightMatches(false).withMaxLength(20_000).build();
		// Short fields first (their offsets are indexed, so this is cheap); the long body is re-analysed
		// only for the hits that matched nowhere else.
		String[] shortFields = { Fields.TEXT, Fields.TITLE, Fields.SUMMARY };
		String[] field = new String[page.length];
		String[] snippet = new String[page.length];
		Map<String, String[]> first = highlighter.highlightFields(shortFields, query, pageDocs, ones(shortFields.length));
		List<Integer> rest = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			for (String f : shortFields) {
				String s = first.get(f)[i];
				if (s != null && s.contains(Hit.MARK_START)) {
					field[i] = f;
					snippet[i] = s;
					break;
				}
			}
			if (snippet[i] == null) {
				rest.add(i);
			}
		}
		if (!rest.isEmpty()) {
			ScoreDoc[] restDocs = rest.stream().map(i -> page[i]).toArray(ScoreDoc[]::new);
			String[] body = highlighter.highlightFields(new String[] { Fields.BODY }, query,
					new TopDocs(top.totalHits, restDocs), new int[] { 1 }).get(Fields.BODY);
			for (int k = 0; k < rest.size(); k++) {
				if (body[k] != null && body[k].contains(Hit.MARK_START)) {
					field[rest.get(k)] = Fields.BODY;
					snippet[rest.get(k)] = body[k];
				}
			}
		}
		StoredFields stored = searcher.storedFields();
		List<Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document doc = stored.document(page[i].doc, STORED_FOR_HITS);
			String shown = snippet[i] != null ? snippet[i] : firstOf(doc, Fields.TEXT, Fields.SUMMARY, Fields.BODY);
			hits.add(new Hit(doc.get(Fields.ID), doc.get(Fields.TYPE), doc.get(Fields.TITLE), page[i].score, field[i],
					shown));
		}
		return hits;
	}

	private static final Set<String> STORED_FOR_HITS = Set.of(Fields.ID, Fields.TYPE, Fields.TITLE, Fields.TEXT,
			Fields.SUMMARY, Fields.BODY);

	private static int[] ones(int n) {
		int[] ones = new int[n];
		java.util.Arrays.fill(ones, 1);
		return ones;
	}

	private static String firstOf(Document doc, String... fields) {
		for (String f : fields) {
			String value = doc.get(f);
			if (value != null) {
				return value.length() <= 160 ? value : value.substring(0, value.lastIndexOf(' ', 157) + 1) + "…";
			}
		}
		return null;
	}
}
