package parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import parley.model.playbook.Entry;

/**
 * The plain Lucene baseline of the search benchmark (issue 15): the same entries' text in a bare index (an id,
 * the type, the title and one body field with all the entry's text; {@link StandardAnalyzer}, no stemming, no
 * synonyms, no facets), the same query strings through the classic query parser, the top ten highlighted with
 * the unified highlighter. Parley's figures are printed as ratios to these: what its own analysis, fields,
 * facets and ranking cost over Lucene doing the least.
 */
final class LuceneBaseline {

	/** Build and query figures, in milliseconds. */
	record Figures(double buildMs, double queryP50, double queryP99) {
	}

	private LuceneBaseline() {
	}

	/** All the text of an entry and what it contains (a scenario's steps), one value a line. */
	static String text(Entry entry) {
		StringBuilder text = new StringBuilder();
		append(text, entry);
		entry.eAllContents().forEachRemaining(child -> append(text, child));
		return text.toString();
	}

	private static void append(StringBuilder text, EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.getName().equals("id")) {
				continue;
			}
			Object value = object.eGet(attribute);
			for (Object v : attribute.isMany() ? (List<?>) value : java.util.Collections.singletonList(value)) {
				if (v instanceof String s && !s.isBlank()) {
					text.append(s).append('\n');
				}
			}
		}
	}

	static Figures run(List<Entry> entries, List<String> queries, int rounds, Path dir)
			throws IOException, ParseException {
		List<Document> documents = new ArrayList<>();
		for (Entry entry : entries) {
			Document doc = new Document();
			doc.add(new StringField("id", entry.getId(), Field.Store.YES));
			doc.add(new StringField("type", entry.eClass().getName().toLowerCase(Locale.ROOT), Field.Store.NO));
			doc.add(new TextField("title", entry.getTitle() == null ? "" : entry.getTitle(), Field.Store.YES));
			doc.add(new TextField("body", text(entry), Field.Store.YES));
			documents.add(doc);
		}
		Analyzer analyzer = new StandardAnalyzer();
		List<Double> builds = new ArrayList<>();
		try (Directory directory = FSDirectory.open(dir)) {
			for (int i = 0; i < 4; i++) { // the first build warms up, as Parley's is measured warm
				long start = System.nanoTime();
				IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
				try (IndexWriter writer = new IndexWriter(directory, config)) {
					writer.addDocuments(documents);
					writer.commit();
				}
				if (i > 0) {
					builds.add(SearchBenchmark.ms(System.nanoTime() - start));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
				QueryParser parser = new QueryParser("body", analyzer);
				for (String q : queries) { // warm up
					query(searcher, highlighter, parser.parse(q));
				}
				List<Double> times = new ArrayList<>();
				for (int r = 0; r < rounds; r++) {
					for (String q : queries) {
						long start = System.nanoTime();
						query(searcher, highlighter, parser.parse(q));
						times.add(SearchBenchmark.ms(System.nanoTime() - start));
					}
				}
				return new Figures(SearchBenchmark.percentile(builds, 50), SearchBenchmark.percentile(times, 50),
						SearchBenchmark.percentile(times, 99));
			}
		}
	}

	private static void query(IndexSearcher searcher, UnifiedHighlighter highlighter, Query query) throws IOException {
		TopDocs top = searcher.search(query, 10);
		highlighter.highlight("body", query, top);
	}
}
