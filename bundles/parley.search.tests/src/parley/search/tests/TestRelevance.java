package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.search.Hit;
import parley.search.SearchRequest;

/**
 * Relevance on the starter playbook, judged by {@code relevance/starter-queries.tsv}: queries as users type
 * them with the entries that must be in the top ten. Reports MRR@10 (reciprocal rank of the first expected
 * entry) and recall@10 (share of expected entries in the top ten); the goal is MRR@10 >= 0.85.
 */
class TestRelevance {

	@TempDir
	Path tmp;

	record Judged(String query, List<String> expected) {
	}

	static List<Judged> judgedQueries() throws Exception {
		try (InputStream in = TestRelevance.class.getResourceAsStream("/relevance/starter-queries.tsv")) {
			List<Judged> judged = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				judged.add(new Judged(parts[0], List.of(parts[1].split("\\|"))));
			}
			return judged;
		}
	}

	@Test
	void starterQueriesReachTheRelevanceGoal() throws Exception {
		List<Judged> judged = judgedQueries();
		assertTrue(judged.size() >= 30, "at least 30 judged queries");
		double reciprocalRanks = 0;
		double recall = 0;
		StringBuilder report = new StringBuilder();
		try (Starter s = new Starter(tmp.resolve("pb"))) {
			for (Judged j : judged) {
				List<String> top = s.search.search(SearchRequest.of(j.query()).withLimit(10)).hits().stream().map(Hit::title).toList();
				int first = 0;
				int found = 0;
				for (int rank = 0; rank < top.size(); rank++) {
					if (j.expected().contains(top.get(rank))) {
						found++;
						if (first == 0) {
							first = rank + 1;
						}
					}
				}
				reciprocalRanks += first == 0 ? 0 : 1.0 / first;
				recall += (double) found / j.expected().size();
				if (first != 1 || found < j.expected().size()) {
					report.append(String.format("  rank %-2s recall %d/%d  %s%n", first == 0 ? "-" : first, found,
							j.expected().size(), j.query()));
				}
			}
		}
		double mrr = reciprocalRanks / judged.size();
		double meanRecall = recall / judged.size();
		System.out.printf("relevance: %d judged queries, MRR@10 %.3f, recall@10 %.3f%nqueries not perfect:%n%s",
				judged.size(), mrr, meanRecall, report);
		assertTrue(mrr >= 0.85, String.format("MRR@10 %.3f is below the goal 0.85; see the report above", mrr));
	}
}
