/**
 * One small class per CLI command (picocli {@code @Command}), each a thin adapter that parses options,
 * calls the services of core, search, vcs or publish, and words the result and its hints for a terminal.
 * {@link parley.cli.commands.CommandFactory} makes every command with the run's {@link parley.cli.CliContext}
 * (constructor injection); {@link parley.cli.commands.PlaybookCommand} (commands on a playbook:
 * {@code --playbook}, before or after the command, {@code --json}, opening the playbook only as far as needed)
 * and {@link parley.cli.commands.CliCommand} (the others) map the failures of the layers below to
 * {@link parley.cli.CliException}s.
 */
package parley.cli.commands;
