package parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The runs the launcher records its AOT caches from ({@code java -XX:AOTCacheOutput=... parley.cli.Training GROUP}):
 * a group's everyday commands on a fresh copy of the starter playbook in a temporary folder, in one JVM, so the
 * cache holds the classes they load. The JDK loads every class of an AOT cache when the JVM starts, so one cache
 * for every command made the small ones pay for the classes of the big ones (measured: {@code stats} 0.61 s with
 * a cache of all commands, 0.53 s with one of the model commands); the launcher keeps one cache per group and
 * names the group by the command ({@link Group}). Nothing outside the temporary folder is touched; it is
 * deleted at the end.
 */
public final class Training {

	/**
	 * A group of commands with an AOT cache of its own: the commands the launcher runs with it (its {@code case}
	 * names the same; {@code TestPlainClassPath} checks they agree) and the commands its cache is recorded from.
	 * Commands of no group use {@link #ALL}.
	 */
	public enum Group {
		/** Commands that read or edit the model. */
		MODEL(List.of("list", "show", "stats", "validate", "new", "set", "link", "unlink", "delete", "review", "submit",
				"approve", "reject", "retire", "reviewed", "comment", "reopen", "settings"),
				List.of(List.of("stats"), List.of("validate"), List.of("list"), List.of("show", "Active listening"),
						List.of("set", "Active listening", "summary", "Edited."))),
		/** Commands that read the search index. */
		SEARCH(List.of("search", "suggest", "similar", "duplicates", "reindex"),
				List.of(List.of("search", "angry", "caller"), List.of("search", "type:phrase", "calm"),
						List.of("suggest", "emp"), List.of("similar", "Active listening"))),
		/** Commands that read or write versions. */
		VERSIONS(List.of("commit", "history", "diff", "release", "restore", "conflicts", "resolve"),
				List.of(List.of("set", "Active listening", "summary", "Edited again."), List.of("diff"),
						List.of("commit", "-m", "Training"), List.of("history"), List.of("diff", "HEAD~1"))),
		/** Every other command (export, import, inbox, help...): recorded from all of the above and the usage. */
		ALL(List.of(), List.of());

		private final List<String> serves;
		private final List<List<String>> trained;

		Group(List<String> serves, List<List<String>> trained) {
			this.serves = serves;
			this.trained = trained;
		}

		/** The commands the launcher runs with this group's cache (none named for {@link #ALL}: the rest). */
		public List<String> serves() {
			return serves;
		}

		/** The commands the group's cache is recorded from, after {@code init}. */
		List<List<String>> commands() {
			if (this != ALL) {
				return trained;
			}
			List<List<String>> all = new java.util.ArrayList<>();
			for (Group group : List.of(MODEL, SEARCH, VERSIONS)) {
				all.addAll(group.trained);
			}
			all.add(List.of("--help"));
			return all;
		}
	}

	private Training() {
	}

	/** {@code Training [GROUP]}: records the group's commands (model, search, versions, all; all when none is given). */
	public static void main(String[] args) throws IOException {
		Group group = args.length == 0 ? Group.ALL : Group.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
		run(group); // a command that fails still leaves its classes in the cache
	}

	/** Runs a group's training; returns how many of its commands failed (none, unless the command line broke). */
	static int run(Group group) throws IOException {
		int failed = 0;
		Path dir = Files.createTempDirectory("parley-training");
		try {
			Path pb = dir.resolve("playbook");
			Map<String, String> env = Map.of("PARLEY_HOME", dir.resolve("home").toString(), "PARLEY_AUTHOR",
					"Parley <training@localhost>");
			List<List<String>> commands = new java.util.ArrayList<>();
			commands.add(List.of("init", pb.toString()));
			if (group == Group.VERSIONS || group == Group.ALL) {
				commands.add(List.of("commit", "-m", "Starter")); // a version to compare with
			}
			commands.addAll(group.commands());
			for (List<String> command : commands) {
				PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
				if (new ParleyCli(nowhere, nowhere, env, Files.isDirectory(pb) ? pb : dir)
						.run(command.toArray(String[]::new)) != ParleyCli.OK) {
					failed++;
				}
			}
			return failed;
		} finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
