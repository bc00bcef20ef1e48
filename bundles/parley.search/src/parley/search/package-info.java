/**
 * Search over a playbook: the {@link parley.search.SearchService} API used by the command line and the
 * workbench, {@link parley.search.LiveSearchService} for a playbook open for editing, and
 * {@link parley.search.SearchServices}, where front ends get a service. The Lucene implementation
 * ({@code parley.search.lucene}) is not exported.
 */
package parley.search;
