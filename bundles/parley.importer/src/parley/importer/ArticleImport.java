package parley.importer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

import parley.core.edit.EditingSession;
import parley.core.edit.NewEntities;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateDecision;
import parley.model.playbook.Inbox;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Source;

/**
 * Imports one document: a {@link Source} entry from its metadata (an existing source with the same address, or
 * else the same title, is reused and gets the document's text) as one undoable command of the session, and its
 * candidates ({@link CandidateExtractor}) filed in the inbox, each linked to the source. Candidates the inbox
 * already holds for that source with the same wording are not filed twice, so importing a document again only
 * adds what is new. The caller saves the playbook, then the inbox ({@link parley.core.inbox.InboxStore}).
 */
public final class ArticleImport {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	/**
	 * What an import did.
	 *
	 * @param source     the document's source entry
	 * @param newSource  whether it was created by this import
	 * @param candidates the candidates filed (a paired replacement is filed too and listed after its avoid-phrase)
	 * @param skipped    candidates found that the inbox already held
	 * @param notes      what the author should know (a title taken from the file name, ...)
	 */
	public record Result(Source source, boolean newSource, List<Candidate> candidates, int skipped, List<String> notes) {
	}

	private final EditingSession session;
	private final Clock clock;
	private final CandidateExtractor extractor = new CandidateExtractor();

	public ArticleImport(EditingSession session, Clock clock) {
		this.session = session;
		this.clock = clock;
	}

	/**
	 * Imports {@code article} into the session's playbook and {@code inbox}.
	 *
	 * @param given metadata given by the author (options, a dialog); it wins over the document's own
	 */
	public Result run(Article article, Article.Metadata given, Inbox inbox) {
		List<String> notes = new ArrayList<>();
		Article.Metadata metadata = article.metadata().overriddenBy(given);
		String title = metadata.title();
		if (title == null || title.isBlank()) {
			title = stem(article.file());
			notes.add(article.file() + " gives no title; the source is called '" + title
					+ "' (change it with --title, or edit the source).");
		}
		Source existing = existingSource(title, metadata.url());
		Source source = existing != null ? existing : (Source) NewEntities.create(P.getSource(), title);
		CompoundCommand command = new CompoundCommand("Import " + article.file());
		String text = article.plainText();
		if (existing == null) {
			source.setAuthor(metadata.author());
			source.setPublisher(metadata.publisher());
			source.setPublished(metadata.published());
			source.setUrl(metadata.url());
			source.setImportedText(text);
			Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
			source.setCreated(now);
			source.setModified(now);
			source.setEditedBy(session.editor());
			command.append(AddCommand.create(session.domain(), session.playbook().playbook(), P.getPlaybook_Sources(), source));
		} else {
			notes.add("The source '" + existing.getTitle() + "' was imported before; its candidates are added to.");
			fill(command, existing, P.getSource_Author(), metadata.author());
			fill(command, existing, P.getSource_Publisher(), metadata.publisher());
			fill(command, existing, P.getSource_Published(), metadata.published());
			fill(command, existing, P.getSource_Url(), metadata.url());
			if (!text.equals(existing.getImportedText())) {
				command.append(SetCommand.create(session.domain(), existing, P.getSource_ImportedText(), text));
			}
		}
		if (!command.isEmpty()) {
			session.executeEdit(command.getLabel(), command, existing == null ? new org.eclipse.emf.ecore.EObject[0]
					: new org.eclipse.emf.ecore.EObject[] { existing });
		}
		Set<String> known = new HashSet<>();
		for (Candidate c : inbox.getCandidates()) {
			if (source.getId().equals(c.getSourceId())) {
				known.add(key(c.getKind().getLiteral(), c.getText()));
			}
		}
		List<Candidate> filed = new ArrayList<>();
		int skipped = 0;
		for (CandidateDraft draft : extractor.extract(article)) {
			if (!known.add(key(draft.kind().getLiteral(), draft.text()))) {
				skipped++;
				continue;
			}
			Candidate candidate = candidate(draft, source, article.file());
			filed.add(candidate);
			if (draft.replacement() != null) {
				Candidate replacement = candidate(draft.replacement(), source, article.file());
				candidate.setReplacement(replacement);
				filed.add(replacement);
			}
		}
		inbox.getCandidates().addAll(filed);
		return new Result(source, existing == null, filed, skipped, notes);
	}

	private Source existingSource(String title, String url) {
		for (Source source : session.playbook().playbook().getSources()) {
			if (url != null && !url.isBlank() && source.getUrl() != null && trim(source.getUrl()).equals(trim(url))) {
				return source;
			}
		}
		for (Source source : session.playbook().playbook().getSources()) {
			if (source.getTitle() != null && source.getTitle().strip().equalsIgnoreCase(title.strip())) {
				return source;
			}
		}
		return null;
	}

	private void fill(CompoundCommand command, Source source, org.eclipse.emf.ecore.EAttribute field, String value) {
		if (value != null && !value.isBlank() && (source.eGet(field) == null || ((String) source.eGet(field)).isBlank())) {
			command.append(SetCommand.create(session.domain(), source, field, value));
		}
	}

	private Candidate candidate(CandidateDraft draft, Source source, String file) {
		Candidate candidate = PlaybookFactory.eINSTANCE.createCandidate();
		candidate.getId();
		candidate.setKind(draft.kind());
		candidate.setTitle(draft.title());
		candidate.setText(draft.text());
		candidate.setContext(draft.context());
		candidate.setPassage(draft.passage());
		candidate.setPhraseKind(draft.phraseKind());
		candidate.setSourceId(source.getId());
		candidate.setDocument(file);
		candidate.setCreated(clock.instant().truncatedTo(ChronoUnit.SECONDS));
		candidate.setDecision(CandidateDecision.PENDING);
		return candidate;
	}

	private static String key(String kind, String text) {
		return kind + '\u0000' + (text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
	}

	private static String trim(String url) {
		String u = url.strip();
		return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
	}

	private static String stem(String file) {
		String name = java.nio.file.Path.of(file).getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
