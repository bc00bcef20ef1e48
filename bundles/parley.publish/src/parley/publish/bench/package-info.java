/**
 * Publishing speed on a generated playbook ({@code parley bench publish}; docs/PERFORMANCE.md). It measures
 * through the API ({@link parley.publish.Publishers#pdf()}), so the PDF implementation stays unexported.
 * Benchmark code is to move out of the product bundles into a bench bundle that only the command line loads
 * (issue 12); this package is its publishing part until then.
 */
package parley.publish.bench;
