/**
 * The Lucene implementation of the search service. Not exported (except to its tests): front ends use
 * {@link parley.search.SearchServices}. {@link parley.search.lucene.LuceneSearchService} is a facade over
 * classes with one job each: the index life cycle ({@code SearchIndex}, {@code IndexFiles}, {@code Fingerprint},
 * {@code PlaybookModel}), writing entries ({@code IndexDocuments}, {@code EntryDocuments}, {@code Fields},
 * live updates in {@link parley.search.lucene.LiveIndexUpdater}), querying ({@code QueryRunner},
 * {@code PlaybookQueryParser}, {@code Analyzers}, {@code Similarities}, {@code Spelling}), highlighting
 * ({@code Highlighting}), facets ({@code FacetCounts}), suggestions ({@code Suggestions}), and similar
 * entries and near-duplicates ({@code SimilarEntries}).
 */
package parley.search.lucene;
