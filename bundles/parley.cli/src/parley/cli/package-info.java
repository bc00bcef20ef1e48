/**
 * The headless command line: the Equinox application, the picocli root, the shared context (playbook
 * resolution, store, output) and the mapping of failures to messages and exit codes (0 success, 1 failure,
 * 2 usage). No display is ever needed.
 */
package parley.cli;
