/**
 * Search over a playbook: the {@link parley.search.SearchService} API used by the command line and the
 * workbench. The Lucene implementation is in {@link parley.search.lucene}.
 */
package parley.search;
