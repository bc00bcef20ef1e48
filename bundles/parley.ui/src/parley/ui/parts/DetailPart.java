package parley.ui.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import parley.core.curation.CurationState;
import parley.core.edit.BackgroundRead;
import parley.core.edit.EditingSession;
import parley.core.service.EntryDetails;
import parley.core.service.EntryType;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.core.validation.Problem;
import parley.ui.Accessibility;
import parley.ui.Preferences;
import parley.ui.VersionControl;
import parley.ui.handlers.ShortcutsHandler;
import parley.vcs.Version;

/**
 * Read-only view of the selected entry: every field, links named by title (same text as {@code parley show}).
 * It follows edits of the entry, and is cleared when the entry is deleted or another playbook (or the same
 * one read again after a restore or sync) replaces the model. While no entry is shown (and so when no editor is
 * open in front of it) it is the start page ({@link StartPage}): entries by curation state, what is due for
 * review, and the latest versions, read off the UI thread.
 */
public final class DetailPart {

	/** The part's id in the application model. */
	public static final String ID = "parley.ui.part.detail";

	private static final String PLACEHOLDER = "Select an entry in the playbook navigator.";

	private StyledText text;
	private Link hide;
	/** as validation last found them; null: not validated yet */
	private List<Problem> problems;

	@Inject
	@Optional
	MApplication application;
	private Entry current;
	private EditingSession editing;
	private final EditingSession.Listener edits = session -> {
		refresh();
		scheduleOverview();
	};
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Parley start page");
		t.setDaemon(true);
		return t;
	});
	private final Runnable readOverview = this::readOverview;
	/** The start page's curation overview and version list; empty until read. */
	private String overview = "";
	private List<Version> latest;
	private VersionControl versions;
	private final VersionControl.Listener versionsListener = () -> {
		if (text != null && !text.isDisposed()) {
			text.getDisplay().asyncExec(this::readVersions);
		}
	};

	@PostConstruct
	void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(16, 12, 16, 12);
		text.setText(PLACEHOLDER);
		Accessibility.name(text, "Entry details");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		hide = new Link(parent, SWT.NONE);
		hide.setText("<a>Hide this welcome page</a>  (Help > Welcome shows it again)");
		hide.addListener(SWT.Selection, e -> hideWelcome());
		GridDataFactory.fillDefaults().grab(true, false).indent(16, 6).applyTo(hide);
		readOverview();
		readVersions();
	}

	@Inject
	void versionControl(@Optional VersionControl versions) {
		if (this.versions != null) {
			this.versions.removeListener(versionsListener);
		}
		this.versions = versions;
		if (versions != null) {
			versions.addListener(versionsListener);
		}
	}

	private void scheduleOverview() {
		if (current == null && text != null && !text.isDisposed()) {
			text.getDisplay().timerExec(300, readOverview);
		}
	}

	/** Counts the entries by curation state and lists what is due, on a worker (a read section). */
	private void readOverview() {
		if (editing == null || text == null || text.isDisposed()) {
			return;
		}
		EditingSession session = editing;
		LocalDate today = LocalDate.now();
		BackgroundRead.run(session, worker, text.getDisplay()::asyncExec,
				p -> StartPage.contents(p) + "\n" + StartPage.curation(p, today),
				found -> {
			if (editing == session) {
				overview = found;
				refresh();
			}
		}, this::scheduleOverview);
	}

	/** Reads the latest versions in a versioning job. */
	private void readVersions() {
		if (versions == null || editing == null || text == null || text.isDisposed()) {
			return;
		}
		versions.run("Reading the latest versions", editing.playbook().folder(), text.getDisplay(),
				(repo, monitor) -> repo.history(), list -> {
					latest = list;
					refresh();
				}, problem -> {
					latest = List.of();
					refresh();
				});
	}

	@Inject
	void selectionChanged(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Entry entry) {
		if (text == null || text.isDisposed() || entry == null || !(entry.eContainer() instanceof Playbook)) {
			return;
		}
		current = entry;
		refresh();
	}

	/** A new editing session means a new model: the entry shown belongs to the old one. */
	@Inject
	void editingChanged(@Optional EditingSession session) {
		if (editing == session) {
			return;
		}
		if (editing != null) {
			editing.removeListener(edits);
		}
		editing = session;
		if (session != null) {
			session.addListener(edits);
			if (current != null && current.eContainer() != session.playbook().playbook()) {
				current = null;
			}
			overview = "";
			latest = null;
			readOverview();
			readVersions();
		}
		refresh();
	}

	private void refresh() {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (current != null && current.eContainer() instanceof Playbook playbook) {
			show(current, new PlaybookQueries(playbook));
		} else {
			current = null;
			showStartPage();
			return;
		}
		showHideLink(false);
	}

	/**
	 * The welcome page while no entry is shown: what Parley is, the playbook's contents, what needs attention,
	 * the latest versions and five shortcuts; once hidden, only the hint to select an entry.
	 */
	private void showStartPage() {
		boolean welcome = !isWelcomeHidden();
		StringBuilder b = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		if (welcome) {
			heading(b, styles, "Welcome to Parley", true);
			b.append(StartPage.INTRO).append("\n\n");
		}
		b.append(PLACEHOLDER).append("\n\n");
		if (editing != null && welcome) {
			heading(b, styles, editing.playbook().playbook().getTitle(), true);
			b.append('\n');
			section(b, styles, StartPage.attention(problems));
			b.append('\n');
			section(b, styles, overview);
			if (versions != null) {
				b.append('\n');
				section(b, styles, StartPage.versions(latest));
			}
		}
		if (welcome && application != null) {
			b.append('\n');
			section(b, styles, StartPage.shortcuts(id -> ShortcutsHandler.keysOf(application, id)));
		}
		text.setText(b.toString());
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
		showHideLink(welcome);
	}

	private void showHideLink(boolean shown) {
		if (hide != null && !hide.isDisposed() && hide.getVisible() != shown) {
			hide.setVisible(shown);
			((GridData) hide.getLayoutData()).exclude = !shown;
			hide.getParent().layout(true);
		}
	}

	private static boolean isWelcomeHidden() {
		return Preferences.getBoolean(Preferences.WELCOME_HIDDEN, false);
	}

	/** The problems the Problems part found last (it puts them into the context); the page follows them. */
	@Inject
	@Optional
	void problemsChanged(@Named(ProblemsPart.CURRENT) List<Problem> found) {
		problems = found;
		if (current == null) {
			refresh();
		}
	}

	/** Hides the welcome page for good (until {@link #showWelcome}). */
	public void hideWelcome() {
		Preferences.putBoolean(Preferences.WELCOME_HIDDEN, true);
		refresh();
	}

	/** Help > Welcome: the welcome page again, in place of the entry shown. */
	public void showWelcome() {
		Preferences.putBoolean(Preferences.WELCOME_HIDDEN, false);
		current = null;
		refresh();
	}

	/** Whether the welcome page is what the part shows now (for tests). */
	public boolean showsWelcome() {
		return current == null && !isWelcomeHidden();
	}

	/** Appends sections (separated by a blank line) whose first lines are their headings. */
	private void section(StringBuilder b, List<StyleRange> styles, String sections) {
		boolean first = true;
		for (String section : sections.split("\n\n")) {
			if (section.isBlank()) {
				continue;
			}
			b.append(first ? "" : "\n");
			first = false;
			int end = section.indexOf('\n');
			heading(b, styles, end < 0 ? section : section.substring(0, end), false);
			b.append(end < 0 ? "" : section.substring(end + 1)).append(section.endsWith("\n") ? "" : "\n");
		}
	}

	@PreDestroy
	void dispose() {
		worker.shutdownNow();
		if (editing != null) {
			editing.removeListener(edits);
		}
		if (versions != null) {
			versions.removeListener(versionsListener);
		}
	}

	void show(Entry entry, PlaybookQueries queries) {
		StringBuilder b = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		heading(b, styles, parley.core.service.Labels.shown(entry), true);
		b.append(EntryType.of(entry.eClass()).key()).append(" · ").append(CurationState.of(entry).label()).append('\n');
		for (EntryDetails.Field field : EntryDetails.of(entry, queries)) {
			b.append('\n');
			heading(b, styles, field.name(), false);
			if (field.items() == null) {
				b.append(field.text()).append('\n');
			} else {
				for (String item : field.items()) {
					b.append("  •  ").append(item).append('\n');
				}
			}
		}
		text.setText(b.toString());
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	private void heading(StringBuilder b, List<StyleRange> styles, String label, boolean title) {
		StyleRange range = new StyleRange();
		range.start = b.length();
		range.length = label.length();
		range.fontStyle = SWT.BOLD;
		if (title) {
			range.font = JFaceResources.getHeaderFont();
		}
		styles.add(range);
		b.append(label).append('\n');
	}

	/** The welcome page's "Hide" link, for tests. */
	public Link hideLink() {
		return hide;
	}

	/** The text shown, for tests. */
	public String shownText() {
		return text.getText();
	}
}
