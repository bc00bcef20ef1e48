/**
 * Synthetic playbooks of any size for benchmarks (the bench bundle) and tests.
 */
package parley.core.sample;
