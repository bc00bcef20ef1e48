package parley.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sqlite.SQLiteDataSource;

import parley.model.playbook.Entry;

/**
 * The SQLite FTS5 baseline of the search benchmark (issue 15): the same entries' text ({@link LuceneBaseline#text})
 * in an FTS5 table with the porter tokenizer, the same query shapes in FTS5's syntax (words joined by OR as
 * Lucene's default, a quoted phrase, a prefix, the type filter and exclusion as SQL conditions on an unindexed
 * column), the top ten by FTS5's bm25 rank with {@code snippet()} of the body.
 */
final class Fts5Baseline {

	private Fts5Baseline() {
	}

	/** A query in FTS5's terms: the MATCH expression and an SQL condition on the type (or null). */
	record Translated(String match, String typeCondition) {
	}

	/** The benchmark's query shapes ({@link SearchBenchmark#queries}) in FTS5's syntax. */
	static Translated translate(String query) {
		String q = query.strip();
		if (q.startsWith("type:")) {
			int space = q.indexOf(' ');
			return new Translated(q.substring(space + 1), "type = '" + q.substring(5, space) + "'");
		}
		int exclusion = q.indexOf(" -type:");
		if (exclusion > 0) {
			return new Translated(q.substring(0, exclusion), "type <> '" + q.substring(exclusion + 7) + "'");
		}
		if (q.startsWith("\"") || q.endsWith("*") || !q.contains(" ")) {
			return new Translated(q, null);
		}
		return new Translated(String.join(" OR ", q.split(" +")), null);
	}

	static LuceneBaseline.Figures run(List<Entry> entries, List<String> queries, int rounds, Path dir) throws SQLException {
		SQLiteDataSource source = new SQLiteDataSource();
		source.setUrl("jdbc:sqlite:" + dir.resolve("fts5.db"));
		try (Connection connection = source.getConnection()) {
			List<Double> builds = new ArrayList<>();
			for (int i = 0; i < 4; i++) { // the first build warms up
				long start = System.nanoTime();
				build(connection, entries);
				if (i > 0) {
					builds.add(SearchBenchmark.ms(System.nanoTime() - start));
				}
			}
			for (String q : queries) { // warm up
				query(connection, translate(q));
			}
			List<Double> times = new ArrayList<>();
			for (int r = 0; r < rounds; r++) {
				for (String q : queries) {
					Translated translated = translate(q);
					long start = System.nanoTime();
					query(connection, translated);
					times.add(SearchBenchmark.ms(System.nanoTime() - start));
				}
			}
			return new LuceneBaseline.Figures(SearchBenchmark.percentile(builds, 50), SearchBenchmark.percentile(times, 50),
					SearchBenchmark.percentile(times, 99));
		}
	}

	private static void build(Connection connection, List<Entry> entries) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS docs");
			statement.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, type UNINDEXED, title, body,"
					+ " tokenize = 'porter unicode61')");
		}
		connection.setAutoCommit(false);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO docs VALUES (?, ?, ?, ?)")) {
			for (Entry entry : entries) {
				insert.setString(1, entry.getId());
				insert.setString(2, entry.eClass().getName().toLowerCase(Locale.ROOT));
				insert.setString(3, entry.getTitle() == null ? "" : entry.getTitle());
				insert.setString(4, LuceneBaseline.text(entry));
				insert.addBatch();
			}
			insert.executeBatch();
			connection.commit();
		} finally {
			connection.setAutoCommit(true);
		}
	}

	private static void query(Connection connection, Translated query) throws SQLException {
		String sql = "SELECT id, snippet(docs, 3, '«', '»', '…', 12) FROM docs WHERE docs MATCH ?"
				+ (query.typeCondition() == null ? "" : " AND " + query.typeCondition()) + " ORDER BY rank LIMIT 10";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, query.match());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getString(2);
				}
			}
		}
	}
}
