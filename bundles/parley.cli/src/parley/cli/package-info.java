/**
 * The headless command line: its two entry points (the plain-class-path {@code Main} the launcher runs, and the
 * Equinox application that runs the same inside the framework and lists that class path once,
 * {@code CliClassPath}), the picocli root, the shared context (playbook resolution, store, output) and the
 * mapping of failures to messages and exit codes (0 success, 1 failure, 2 usage). No display is ever needed.
 */
package parley.cli;
