/**
 * Tests of search: queries, analysis, the index life cycle, live updates, limits and judged relevance.
 */
package parley.search.tests;
