package parley.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.service.EntryFilter;
import parley.core.service.EntryType;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.model.playbook.Channel;
import parley.model.playbook.Status;
import parley.publish.EmptySelectionException;
import parley.publish.Layout;
import parley.publish.NoSuchScenarioException;
import parley.publish.PublishException;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.Sheet;
import parley.publish.UnprintableTextException;
import parley.publish.workflow.ExportDefaults;
import parley.publish.workflow.ExportRequest;
import parley.publish.workflow.ExportResult;
import parley.publish.workflow.ExportWorkflow;
import parley.publish.workflow.NoVersionsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley export pdf}: the manual or pocket cards as a PDF; {@code parley export json}: {@link ExportJsonCommand}. */
@Command(name = "export", description = "Publish the playbook as a document, or write it as JSON.", subcommands = { ExportCommand.Pdf.class,
		ExportJsonCommand.class, ExportCsvCommand.class,
		ExportMarkdownCommand.class })
final class ExportCommand extends CliCommand {

	ExportCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() {
		throw new CliException("name the format: 'parley export pdf --out FILE' or 'parley export json|csv|markdown --out PATH'", ParleyCli.USAGE);
	}

	@Command(name = "pdf", description = { "Write a PDF manual (cover, contents, scenarios, techniques, phrase index,"
			+ " sources), pocket cards (one scenario per A6 page), a 'changes this release' handout (--layout changes"
			+ " --since VERSION) or role-play kits (--layout roleplay: per scenario a learner brief, a customer card"
			+ " and an observer sheet; --cut-apart to hand them to three people).",
			"Only approved entries are exported unless --include-unapproved is given (or --status names draft or"
					+ " in-review); each unapproved entry is then marked DRAFT, and so is the cover. Retired entries are"
					+ " never exported as guidance: 'What changed' (--since) lists retired wording under 'Stop saying'.",
			"Filters combine: --status approved --tag empathy gives approved entries tagged empathy. The PDF is"
					+ " tagged (PDF/UA) with its fonts embedded, and appears only when complete." })
	static final class Pdf extends PlaybookCommand {

		@Option(names = { "-o", "--out" }, paramLabel = "FILE",
				description = "The PDF to write (outside the playbook folder). Default: the Parley folder in your"
						+ " documents folder (~/Documents/Parley), named after the playbook and layout.")
		Path out;

		@Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "manual",
				description = "manual (default), cards, changes: a 'changes this release' handout (needs --since), or"
						+ " roleplay: role-play kits for practice in threes.")
		String layout;

		@Option(names = "--cut-apart",
				description = "Role-play kits to hand to three people: printed single-sided in three piles, the"
						+ " learner briefs two to a sheet with a dashed line to cut along, then the customer cards, then"
						+ " the observer sheets, each part naming its role in large type. Role-play kits only.")
		boolean cutApart;

		@Option(names = "--sheet", paramLabel = "SHEET",
				description = "How cards are put on paper: a6 (default, one card per A6 page), a4-4up (four cards"
						+ " on each A4 page, with crop marks to cut them apart) or a4-4up-duplex (the same on both sides:"
						+ " what to notice and do on the front, what to say on the back; print on long-edge duplex)."
						+ " Cards only.")
		String sheet;

		@Option(names = "--tag", paramLabel = "TAG", description = "Only entries with this tag (repeatable: any of them).")
		List<String> tags = new ArrayList<>();

		@Option(names = "--type", paramLabel = "TYPE",
				description = "Only these entry types: technique, phrase, scenario, source (repeatable).")
		List<String> types = new ArrayList<>();

		@Option(names = "--status", paramLabel = "STATUS",
				description = "Only entries with this status: draft, in-review, approved (repeatable). Naming draft or"
						+ " in-review includes those entries, marked DRAFT.")
		List<String> statuses = new ArrayList<>();

		@Option(names = "--include-unapproved",
				description = "Also export drafts, entries in review and entries changed since approval, each marked"
						+ " DRAFT (the cover says the edition includes unapproved entries).")
		boolean includeUnapproved;

		@Option(names = "--channel", paramLabel = "CHANNEL",
				description = "Only entries for this channel: phone, chat, email, in-person (repeatable).")
		List<String> channels = new ArrayList<>();

		@Option(names = "--audience", paramLabel = "AUDIENCE", description = "Only entries for this audience (repeatable).")
		List<String> audiences = new ArrayList<>();

		@Option(names = "--scenario", paramLabel = "SCENARIO",
				description = "Only these scenarios, by title or id (repeatable).")
		List<String> scenarios = new ArrayList<>();

		@Option(names = "--since", paramLabel = "VERSION",
				description = "Add a 'What changed since VERSION' section (a release name, version id or HEAD~N).")
		String since;

		@Option(names = "--title", paramLabel = "TITLE", description = "The document title (default: the playbook's).")
		String title;

		@Option(names = "--version-name", paramLabel = "NAME",
				description = "The version printed on the cover and footers (default: from the playbook's versions).")
		String versionName;

		@Option(names = "--strict",
				description = "Fail (exit 1, nothing written) when some characters would not print because no font"
						+ " has them, instead of printing \uFFFD for them with a warning.")
		boolean strict;

		Pdf(CliContext context) {
			super(context);
		}

		@Override
		int run() throws StoreException {
			Layout chosen = Layout.parse(layout);
			if (chosen == null) {
				throw new CliException("unknown --layout '" + layout + "'; use manual, cards, changes or roleplay",
						ParleyCli.USAGE);
			}
			if (chosen == Layout.CHANGES && since == null) {
				throw new CliException("--layout changes lists what changed since a version: add --since VERSION (a"
						+ " release name, version id or HEAD~N; 'parley history' lists them)", ParleyCli.USAGE);
			}
			if (cutApart && chosen != Layout.ROLEPLAY) {
				throw new CliException("--cut-apart is for role-play kits; add --layout roleplay, or leave --cut-apart"
						+ " out", ParleyCli.USAGE);
			}
			Sheet paper = Sheet.A6;
			if (sheet != null) {
				paper = Sheet.parse(sheet);
				if (paper == null) {
					throw new CliException("unknown --sheet '" + sheet + "'; use " + Sheet.keys().replaceFirst(", ([^,]*)$", " or $1"),
							ParleyCli.USAGE);
				}
				if (chosen != Layout.CARDS) {
					throw new CliException("--sheet is for pocket cards; add --layout cards, or leave --sheet out for"
							+ " the manual", ParleyCli.USAGE);
				}
			}
			Selection selection = selection();
			OpenPlaybook open = playbook();
			Path target = out != null ? context.resolvePath(out) : defaultTarget(open, chosen);
			ExportRequest request = new ExportRequest(open.playbook(), open.folder(), chosen, selection, since,
					target, title, versionName, false, LocalDate.now(), paper, strict, cutApart);
			ExportResult exported = export(request, err());
			PublishResult result = exported.publish();
			for (String warning : result.warnings()) {
				err().println("warning: " + warning + " (printed as \uFFFD)");
			}
			err().flush();
			if (json()) {
				JsonObject json = new JsonObject();
				json.addProperty("file", result.file().toString());
				json.addProperty("layout", chosen.key());
				if (chosen == Layout.CARDS) {
					json.addProperty("sheet", paper.key());
				}
				if (chosen == Layout.ROLEPLAY) {
					json.addProperty("cutApart", cutApart);
				}
				json.addProperty("pages", result.pages());
				json.addProperty("entries", result.entries());
				json.addProperty("unapproved", result.unapproved());
				json.addProperty("bytes", result.bytes());
				json.addProperty("millis", result.millis());
				com.google.gson.JsonArray warnings = new com.google.gson.JsonArray();
				result.warnings().forEach(warnings::add);
				json.add("warnings", warnings);
				out().println(Json.GSON.toJson(json));
			} else {
				boolean cards = chosen == Layout.CARDS;
				boolean kits = chosen == Layout.ROLEPLAY;
				String what = cards ? "pocket cards" + (paper.fourUp() ? " four to an A4 page" : "")
						+ (paper == Sheet.A4_4UP_DUPLEX ? ", fronts and backs" : "")
						: kits ? "role-play kits" + (cutApart ? " cut apart in three piles" : "")
						: chosen == Layout.CHANGES ? "changes handout" : "manual";
				String content = chosen == Layout.CHANGES ? "" // the handout holds changes, not the entries
						: kits ? ", " + result.entries() + (result.entries() == 1 ? " scenario" : " scenarios")
								+ (result.unapproved() == 0 ? "" : ", " + result.unapproved()
										+ " unapproved entries marked DRAFT")
						: ", " + result.entries() + (cards ? " cards" : " entries") + (result.unapproved() == 0 ? ""
								: ", " + result.unapproved() + " of them " + (cards ? "with unapproved content" : "unapproved")
										+ " and marked DRAFT");
				out().printf("Wrote %s: %s, %d %s%s (%.1f s).%n", result.file(), what, result.pages(),
						result.pages() == 1 ? "page" : "pages", content,
						result.millis() / 1000.0);
			}
			return ParleyCli.OK;
		}

		/** The default file in the default export folder, which is made if missing (never the playbook folder). */
		private Path defaultTarget(OpenPlaybook open, Layout chosen) {
			Path folder = context.exportFolder();
			try {
				java.nio.file.Files.createDirectories(folder);
			} catch (java.io.IOException e) {
				throw new CliException("cannot make the export folder " + folder + " (" + e.getMessage()
						+ "); name the file with --out FILE");
			}
			return folder.resolve(ExportDefaults.fileName(open.playbook().getTitle(), chosen));
		}

		/** The workflow's failures in the command line's words: which option to change, which command to run. */
		private static CliException failure(PublishException e, ExportRequest request) {
			if (e instanceof NoVersionsException) {
				return new CliException("--since needs saved versions, and " + request.folder()
						+ " has none; save one with 'parley commit -m MESSAGE'");
			}
			if (e instanceof EmptySelectionException empty) {
				String unapproved = request.selection().includeUnapproved() ? ""
						: " Only approved entries are exported; add --include-unapproved for drafts and entries in"
								+ " review (marked DRAFT).";
				return new CliException((empty.layout() == Layout.CARDS
						? "No scenario matches the filters, so there are no cards to print; widen the selection"
								+ " (--tag, --status, --type) or publish the manual instead."
						: empty.layout() == Layout.ROLEPLAY
								? "No scenario matches the filters, so there is no role-play kit to print; widen the"
										+ " selection (--tag, --status, --type, --scenario)."
						: "No entry matches the filters; widen the selection (--tag, --type, --status).") + unapproved);
			}
			if (e instanceof NoSuchScenarioException unknown) {
				return new CliException("No scenario matches '" + unknown.wanted()
						+ "': give a scenario's id or title as 'parley list --type scenario' shows it.");
			}
			if (e instanceof UnprintableTextException unprintable) {
				return new CliException("--strict: nothing was written to " + request.out().toAbsolutePath().normalize()
						+ " because no font has some characters:\n  " + String.join("\n  ", unprintable.problems())
						+ "\nInstall a font that has them, or export without --strict to print them as \uFFFD"
						+ " with a warning.");
			}
			return new CliException(e);
		}

		/**
		 * Publishes with a progress line on stderr. Ctrl+C cancels: the shutdown hook asks the export to
		 * stop and waits until it has removed its temporary file.
		 */
		private static ExportResult export(ExportRequest request, PrintWriter err) {
			ProgressLine progress = new ProgressLine(err);
			CountDownLatch finished = new CountDownLatch(1);
			Thread hook = new Thread(() -> {
				progress.setCanceled(true);
				try {
					finished.await(10, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}, "parley-export-cancel");
			Runtime.getRuntime().addShutdownHook(hook);
			try {
				return new ExportWorkflow().run(request, progress);
			} catch (PublishException e) {
				throw failure(e, request);
			} catch (OperationCanceledException e) {
				throw new CliException("export cancelled; " + request.out().toAbsolutePath().normalize() + " was not written");
			} finally {
				finished.countDown();
				progress.end();
				try {
					Runtime.getRuntime().removeShutdownHook(hook);
				} catch (IllegalStateException e) {
					// already shutting down: the hook is running
				}
			}
		}

		private Selection selection() {
			Set<EntryType> entryTypes = EnumSet.noneOf(EntryType.class);
			for (String t : types) {
				EntryType type = EntryType.parse(t);
				if (type == null) {
					throw new CliException("unknown --type '" + t + "'; use technique, phrase, scenario or source",
							ParleyCli.USAGE);
				}
				entryTypes.add(type);
			}
			Set<Status> entryStatuses = EnumSet.noneOf(Status.class);
			for (String s : statuses) {
				Status status = EntryFilter.parseStatus(s);
				if (status == null) {
					throw new CliException("unknown --status '" + s + "'; use draft, in-review or approved",
							ParleyCli.USAGE);
				}
				if (status == Status.RETIRED) {
					throw new CliException("retired entries are never exported as guidance; '--since VERSION' lists"
							+ " wording retired since VERSION under 'Stop saying'", ParleyCli.USAGE);
				}
				entryStatuses.add(status);
			}
			Set<Channel> entryChannels = EnumSet.noneOf(Channel.class);
			for (String c : channels) {
				Channel channel = Channel.get(c.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-'));
				if (channel == null) {
					throw new CliException("unknown --channel '" + c + "'; use phone, chat, email or in-person",
							ParleyCli.USAGE);
				}
				entryChannels.add(channel);
			}
			return new Selection(entryTypes, new LinkedHashSet<>(tags), entryStatuses, entryChannels,
					new LinkedHashSet<>(audiences), scenarios, includeUnapproved);
		}
	}

	/**
	 * Progress on stderr: one line per phase; on a terminal, the page count updates in place.
	 */
	static final class ProgressLine extends NullProgressMonitor {
		private final PrintWriter err;
		private final boolean terminal = System.console() != null;
		private String phase = "";
		private boolean inPlace;

		ProgressLine(PrintWriter err) {
			this.err = err;
		}

		@Override
		public void subTask(String name) {
			boolean page = name.startsWith("Writing page");
			String newPhase = page ? "Writing pages" : name;
			if (terminal && page) {
				err.print("\rexport: " + name + "   ");
				err.flush();
				inPlace = true;
			} else if (!newPhase.equals(phase)) {
				end();
				err.println("export: " + newPhase + (page ? " ..." : ""));
				err.flush();
			}
			phase = newPhase;
		}

		void end() {
			if (inPlace) {
				err.println();
				err.flush();
				inPlace = false;
			}
		}
	}
}
