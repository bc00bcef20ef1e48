package parley.cli.commands;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.inbox.InboxStore;
import parley.core.store.StoreException;
import parley.importer.Article;
import parley.importer.ArticleException;
import parley.importer.ArticleImport;
import parley.importer.ArticleReaders;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateKind;
import parley.model.playbook.Inbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley import article FILE...}: each document becomes a source (its metadata from the file, overridden by
 * the options) and candidates in the import inbox (docs/IMPORT.md). Every file is read before anything changes,
 * so one unreadable file imports none; the sources are one save of the playbook, then the inbox is written.
 */
@Command(name = "article", description = { "Read articles (Markdown, HTML, plain text or Word .docx) into the import"
		+ " inbox: each becomes a source, and the techniques and phrases found in it wait in the inbox as"
		+ " candidates ('parley inbox', 'parley accept', 'parley discard').",
		"The source's title, author, publisher, date and address come from the document (front matter, <meta>,"
				+ " core properties); the options below give or correct them. Importing a document again adds only"
				+ " the candidates the inbox does not hold yet. Nothing is approved: accepted candidates become drafts." })
final class ImportArticleCommand extends EditCommand {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents (.md, .markdown, .html, .htm, .txt, .docx).")
	List<Path> files;

	@Option(names = "--title", description = "The source's title (one FILE only).")
	String title;

	@Option(names = "--author-name", paramLabel = "NAME", description = "Who wrote the article(s).")
	String authorName;

	@Option(names = "--publisher", description = "Who published the article(s).")
	String publisher;

	@Option(names = "--date", paramLabel = "DATE", description = "When it was published (as the article gives it, say 2024-05-01).")
	String date;

	@Option(names = "--url", description = "Where it is published (one FILE only).")
	String url;

	private final List<ArticleImport.Result> results = new ArrayList<>();
	private final List<String> names = new ArrayList<>();

	ImportArticleCommand(CliContext context) {
		super(context);
	}

	@Override
	Runnable edit() throws StoreException {
		if (files.size() > 1 && (title != null || url != null)) {
			throw new CliException("--title and --url name one document; import " + files.size()
					+ " files without them, or one at a time", ParleyCli.USAGE);
		}
		List<Article> articles = new ArrayList<>();
		for (Path file : files) {
			Path path = context.resolvePath(file);
			try {
				articles.add(ArticleReaders.read(path, file.toString()));
			} catch (ArticleException e) {
				throw new CliException(e.getMessage() + (files.size() > 1 ? " Nothing was imported." : ""));
			}
		}
		Article.Metadata given = new Article.Metadata(blankToNull(title), blankToNull(authorName), blankToNull(publisher),
				blankToNull(date), blankToNull(url));
		Inbox inbox = InboxStore.load(folder());
		ArticleImport importer = new ArticleImport(session, Clock.systemUTC());
		for (Article article : articles) {
			results.add(importer.run(article, given, inbox));
			names.add(article.file());
		}
		return this::report;
	}

	@Override
	void saved() throws StoreException {
		List<Candidate> filed = new ArrayList<>();
		results.forEach(r -> filed.addAll(r.candidates()));
		InboxStore.record(folder(), filed);
	}

	private void report() {
		if (json()) {
			JsonArray array = new JsonArray();
			for (int i = 0; i < results.size(); i++) {
				ArticleImport.Result r = results.get(i);
				JsonObject o = new JsonObject();
				o.addProperty("file", names.get(i));
				JsonObject source = new JsonObject();
				source.addProperty("id", r.source().getId());
				source.addProperty("title", r.source().getTitle());
				source.addProperty("new", r.newSource());
				o.add("source", source);
				JsonArray candidates = new JsonArray();
				r.candidates().forEach(c -> candidates.add(InboxCommand.json(c, null)));
				o.add("candidates", candidates);
				o.addProperty("alreadyInInbox", r.skipped());
				JsonArray notes = new JsonArray();
				r.notes().forEach(notes::add);
				o.add("notes", notes);
				array.add(o);
			}
			out().println(Json.GSON.toJson(array));
		} else {
			for (int i = 0; i < results.size(); i++) {
				ArticleImport.Result r = results.get(i);
				long techniques = r.candidates().stream().filter(c -> c.getKind() == CandidateKind.TECHNIQUE).count();
				long phrases = r.candidates().stream().filter(c -> c.getKind() == CandidateKind.PHRASE).count();
				out().printf("%s: %s source '%s' [%s]; %d candidates in the inbox (%d techniques, %d phrases)%s%n",
						names.get(i), r.newSource() ? "new" : "existing", r.source().getTitle(),
						r.source().getId().substring(0, 8), r.candidates().size(), techniques, phrases,
						r.skipped() > 0 ? ", " + r.skipped() + " already there" : "");
				r.notes().forEach(n -> out().println("  note: " + n));
			}
		}
		err().println("Review the candidates with 'parley inbox'; 'parley accept ID' makes one a draft entry.");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
