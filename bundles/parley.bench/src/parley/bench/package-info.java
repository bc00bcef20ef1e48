/**
 * The benchmarks behind {@code parley bench store|search|vcs|publish|check} (docs/PERFORMANCE.md), each on a
 * generated playbook ({@link parley.core.sample.SyntheticPlaybook}) through the public API of the bundle it
 * measures: {@code StoreBenchmark} (load and save), {@code SearchBenchmark} (index build, queries, suggestions,
 * edit to searchable), {@code VcsBenchmark} (versions, semantic diff, merge) and {@code PublishBenchmark} (PDF
 * manual and pocket cards). {@link parley.bench.ParleyBenchmarks} runs them by name and words their reports; it
 * is registered as the {@link parley.core.bench.Benchmarks} service (OSGI-INF), which is how the command line
 * finds them. Nothing requires this bundle and it exports nothing; it is in its own feature
 * ({@code parley.bench.feature}), not in the workbench's.
 */
package parley.bench;
