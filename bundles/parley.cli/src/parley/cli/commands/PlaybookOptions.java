package parley.cli.commands;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options shared by commands that work on a playbook. */
public final class PlaybookOptions {

	@Option(names = { "-p", "--playbook" }, paramLabel = "DIR",
			description = "The playbook folder (default: the current folder's playbook, else your default playbook).")
	Path playbook;

	@Option(names = "--json", description = "Print machine-readable JSON instead of text.")
	boolean json;
}
