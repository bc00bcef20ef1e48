package parley.reliability.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;

import parley.cli.ParleyCli;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Technique;

/**
 * The child process of the fault matrix: a plain JVM (no OSGi) that runs one writing operation over and over
 * on a playbook folder, the way a user's {@code parley} process would (the command line's entry point,
 * {@link ParleyCli}, in-process; the store's API for a save, as the workbench does), until it has done
 * {@code count} of them or the parent kills it. It reports on stdout, one line per event, each prefixed
 * {@code "@ "}, so the parent knows what was done before a kill and can check that none of it was lost:
 *
 * <pre>
 * ready                       started, about to work
 * saving G / committing G / syncing I / reindexing I / searching I   an operation begins
 * saved G                     generation G is saved (every marked field reads "LABEL G")
 * committed G ID              generation G is the version ID
 * nothing G                   commit said nothing changed
 * releasing NAME / released NAME
 * restoring I VERSION / restored I VERSION
 * synced I OUTCOME HEAD       after a sync, HEAD is the local version
 * reindexed I
 * exporting I / exported I    export number I (title "Export I") is complete
 * searched I
 * failed I CODE MESSAGE       the command failed with this exit code and stderr (newlines as \n)
 * finished
 * </pre>
 *
 * Arguments: {@code OP FOLDER HOME [key=value ...]}; keys: {@code count}, {@code label}, {@code entries}
 * (techniques, phrases or all: which fields a generation marks), {@code reopen}, {@code entry} (the one technique
 * a save marks, or the entry to restore), {@code versions}
 * (comma-separated), {@code prefix}, {@code out}, {@code scenario} (export only its card), {@code remote}, {@code stop} (a file: no new operation begins once
 * it exists).
 */
public final class FaultChild {

	static final String AUTHOR = "Fault Child <child@example.org>";
	private static final Pattern VERSION_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{40})\"");

	private static Path folder;
	private static Path stopFile;
	private static Path home;

	private FaultChild() {
	}

	public static void main(String[] args) throws Exception {
		String op = args[0];
		folder = Path.of(args[1]);
		home = Path.of(args[2]);
		Map<String, String> p = new HashMap<>();
		for (int i = 3; i < args.length; i++) {
			int eq = args[i].indexOf('=');
			p.put(args[i].substring(0, eq), args[i].substring(eq + 1));
		}
		int count = Integer.parseInt(p.getOrDefault("count", "1000000"));
		stopFile = p.containsKey("stop") ? Path.of(p.get("stop")) : null;
		String label = p.getOrDefault("label", "gen");
		say("ready");
		switch (op) {
		case "save" -> save(count, label, p.containsKey("entry") ? "entry:" + p.get("entry") : p.getOrDefault("entries", "all"),
				Boolean.parseBoolean(p.get("reopen")));
		case "commit" -> commit(count, label, p.getOrDefault("entries", "techniques"));
		case "release" -> release(count, p.getOrDefault("prefix", "r"));
		case "restore-entry" -> restore(count, p.get("entry"), p.get("versions").split(","));
		case "restore-playbook" -> restore(count, null, p.get("versions").split(","));
		case "sync" -> sync(count, label, p.getOrDefault("entries", "techniques"), p.getOrDefault("remote", "origin"));
		case "reindex" -> repeat(count, "reindexing", "reindexed", "reindex");
		case "search" -> repeat(count, "searching", "searched", "search", "customer");
		case "commit-only" -> commitOnly(count);
		case "export" -> export(count, p.get("out"), p.getOrDefault("label", "Export"), p.get("scenario"));
		default -> throw new IllegalArgumentException("unknown operation " + op);
		}
		say("finished");
		System.exit(0); // pools of the store and the index are not daemons
	}

	/** Opens the playbook, marks a generation, saves. With {@code reopen}, each save opens it afresh. */
	private static void save(int count, String label, String entries, boolean reopen) throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(folder);
		for (int g = 1; more(g, count); g++) {
			if (reopen && g > 1) {
				open = new XmiPlaybookStore().open(folder);
			}
			say("saving " + g);
			mark(open.playbook(), entries, label + " " + g);
			open.save();
			say("saved " + g);
		}
	}

	/** Saves a generation, then {@code parley commit} makes it a version. */
	private static void commit(int count, String label, String entries) throws Exception {
		for (int g = 1; more(g, count); g++) {
			OpenPlaybook open = new XmiPlaybookStore().open(folder);
			mark(open.playbook(), entries, label + " " + g);
			open.save();
			say("saved " + g);
			say("committing " + g);
			Run r = cli("commit", "-m", label + " " + g, "--author", AUTHOR, "--json");
			if (r.code == 0 && r.out.startsWith("Nothing changed")) {
				say("nothing " + g);
			} else if (r.code == 0) {
				Matcher m = VERSION_ID.matcher(r.out);
				say(m.find() ? "committed " + g + " " + m.group(1) : "failed " + g + " 0 no version id in " + escape(r.out));
			} else {
				say("failed " + g + " " + r.code + " " + escape(r.err));
			}
		}
	}

	/** {@code parley commit} over and over, without changing anything itself (another process saves). */
	private static void commitOnly(int count) {
		for (int i = 1; more(i, count); i++) {
			say("committing " + i);
			Run r = cli("commit", "-m", "commit " + i, "--author", AUTHOR, "--json");
			Matcher m = VERSION_ID.matcher(r.out);
			if (r.code == 0 && r.out.startsWith("Nothing changed")) {
				say("nothing " + i);
			} else if (r.code == 0 && m.find()) {
				say("committed " + i + " " + m.group(1));
			} else {
				say("failed " + i + " " + r.code + " " + escape(r.err + r.out));
			}
		}
	}

	private static void release(int count, String prefix) {
		for (int i = 1; more(i, count); i++) {
			String name = prefix + i;
			say("releasing " + name);
			Run r = cli("release", name, "-m", "Release " + name, "--author", AUTHOR, "--allow-unapproved");
			say(r.code == 0 ? "released " + name : "failed " + i + " " + r.code + " " + escape(r.err));
		}
	}

	/** Restores an entry (or the whole playbook when {@code entry} is null) from each version in turn. */
	private static void restore(int count, String entry, String[] versions) {
		for (int i = 1; more(i, count); i++) {
			String version = versions[i % versions.length];
			say("restoring " + i + " " + version);
			List<String> args = new ArrayList<>(List.of("restore"));
			if (entry != null) {
				args.add(entry);
			}
			args.addAll(List.of("--from", version, "--discard-unversioned")); // each restore replaces the last one
			Run r = cli(args.toArray(String[]::new));
			say(r.code == 0 ? "restored " + i + " " + version : "failed " + i + " " + r.code + " " + escape(r.err));
		}
	}

	/** Each round: a change saved and committed, then {@code parley sync}. */
	private static void sync(int count, String label, String entries, String remote) throws Exception {
		for (int i = 1; more(i, count); i++) {
			OpenPlaybook open = new XmiPlaybookStore().open(folder);
			mark(open.playbook(), entries, label + " " + i);
			open.save();
			Run c = cli("commit", "-m", label + " " + i, "--author", AUTHOR, "--json");
			Matcher m = VERSION_ID.matcher(c.out);
			if (c.code != 0 || !m.find()) {
				say("failed " + i + " " + c.code + " " + escape(c.err + c.out));
				continue;
			}
			say("committed " + i + " " + m.group(1));
			say("syncing " + i);
			Run s = cli("sync", remote, "--author", AUTHOR);
			if (s.code == 0) {
				try (Git git = Git.open(folder.toFile())) {
					say("synced " + i + " " + s.out.strip().replace(' ', '_') + " " + git.getRepository().resolve("HEAD").getName());
				}
			} else {
				say("failed " + i + " " + s.code + " " + escape(s.err + s.out));
			}
		}
	}

	/** Exports the manual, or with {@code scenario} the pocket card of that scenario (quicker, the same writing). */
	private static void export(int count, String out, String label, String scenario) {
		for (int i = 1; more(i, count); i++) {
			say("exporting " + i);
			List<String> args = new ArrayList<>(List.of("export", "pdf", "--out", out, "--title", label + " " + i));
			if (scenario != null) {
				args.addAll(List.of("--layout", "cards", "--scenario", scenario));
			}
			Run r = cli(args.toArray(String[]::new));
			say(r.code == 0 ? "exported " + i : "failed " + i + " " + r.code + " " + escape(r.err));
		}
	}

	private static void repeat(int count, String begin, String done, String... command) {
		for (int i = 1; more(i, count); i++) {
			say(begin + " " + i);
			Run r = cli(command);
			say(r.code == 0 ? done + " " + i : "failed " + i + " " + r.code + " " + escape(r.err));
		}
	}

	/** Whether to do operation {@code i}: not more than {@code count}, and no stop file yet. */
	private static boolean more(int i, int count) {
		return i <= count && (stopFile == null || !java.nio.file.Files.exists(stopFile));
	}

	/**
	 * Marks a generation: every technique's summary and/or every phrase's usage becomes {@code text}; with
	 * {@code entry:ID}, only that technique's summary; with {@code scenarios}, every scenario's situation.
	 */
	static void mark(Playbook playbook, String entries, String text) {
		if (entries.startsWith("entry:")) {
			for (Technique t : playbook.getTechniques()) {
				if (t.getId().equals(entries.substring("entry:".length()))) {
					t.setSummary(text);
				}
			}
			return;
		}
		if (entries.equals("scenarios")) {
			for (Scenario s : playbook.getScenarios()) {
				s.setSituation(text);
			}
			return;
		}
		if (!entries.equals("phrases")) {
			for (Technique t : playbook.getTechniques()) {
				t.setSummary(text);
			}
		}
		if (!entries.equals("techniques")) {
			for (Phrase p : playbook.getPhrases()) {
				p.setUsage(text);
			}
		}
	}

	private record Run(int code, String out, String err) {
	}

	private static Run cli(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new ParleyCli(new PrintWriter(out), new PrintWriter(err), Map.of("PARLEY_HOME", home.toString()),
				folder).run(args);
		return new Run(code, out.toString(), err.toString());
	}

	static String escape(String text) {
		return text.strip().replace("\\", "\\\\").replace("\n", "\\n");
	}

	static String unescape(String text) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				b.append(next == 'n' ? '\n' : next);
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	private static synchronized void say(String line) {
		System.out.println("@ " + line);
		System.out.flush();
	}
}
