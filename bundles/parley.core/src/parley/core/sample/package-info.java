/**
 * Synthetic playbooks of any size for benchmarks and tests, and the store benchmark.
 */
package parley.core.sample;
