/**
 * The Lucene implementation of the search service: analysis, query parsing with bounds, the index life
 * cycle (a rebuildable cache in the local state), live updates, highlighting, facets, suggestions, similar
 * entries and the benchmark.
 */
package parley.search.lucene;
