/**
 * One small class per CLI command (picocli {@code @Command}), each a thin adapter that parses options,
 * calls the services of core, search, vcs or publish, and words the result and its hints for a terminal.
 */
package parley.cli.commands;
