/**
 * The search benchmark behind {@code parley bench search} (docs/PERFORMANCE.md): index build, queries with
 * highlighting and facets, suggestions, edit to searchable, on a generated playbook. It uses only the
 * search API; it is exported for the command line until benchmark code moves into a bench bundle.
 */
package parley.search.bench;
