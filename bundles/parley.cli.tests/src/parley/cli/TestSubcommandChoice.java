package parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.commands.CommandFactory;
import parley.cli.commands.RootCommand;
import picocli.CommandLine;

/**
 * A run builds the model of only the command it names (issue 15: building all of them was a good part of a short
 * command's time); usage, help and unknown commands still see them all.
 */
class TestSubcommandChoice {

	@TempDir
	Path tmp;

	private Set<String> chosen(String... args) {
		CliContext context = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
				Map.of("PARLEY_HOME", tmp.toString()), tmp);
		CommandLine root = new CommandLine(RootCommand.class, new CommandFactory(context));
		RootCommand.addSubcommands(root, args);
		return root.getSubcommands().keySet();
	}

	@Test
	void aNamedCommandIsTheOnlyOneBuilt() {
		assertEquals(Set.of("stats"), chosen("stats"));
		assertEquals(Set.of("list"), chosen("-p", "/tmp/x", "list", "--type", "technique"));
		assertEquals(Set.of("list"), chosen("--playbook=/tmp/x", "list"));
		assertEquals(Set.of("import"), chosen("import", "article", "a.md"));
		assertEquals(Set.of(), chosen("--version"));
	}

	@Test
	void usageHelpAndUnknownCommandsSeeThemAll() {
		int all = chosen().size();
		assertTrue(all >= 40, "every command, help included: " + all);
		assertEquals(all, chosen("--help").size());
		assertEquals(all, chosen("help", "stats").size());
		assertEquals(all, chosen("statz").size());
		assertEquals(all, chosen("-p", "/tmp/x").size());
	}
}
