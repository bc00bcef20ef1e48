/**
 * What a front end needs to run benchmarks it does not ship: {@link parley.core.bench.Benchmarks}, the suite that
 * the bench bundle ({@code parley.bench}) registers as an OSGi service and {@code parley bench} looks up. No
 * product bundle requires the bench bundle; a product without it has no such service.
 */
package parley.core.bench;
