package parley.publish.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.w3c.dom.Document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.util.XRLog;

import parley.model.playbook.Playbook;
import parley.publish.EmptySelectionException;
import parley.publish.Layout;
import parley.publish.OutputGuard;
import parley.publish.PublishException;
import parley.publish.PublishOptions;
import parley.publish.PublishResult;
import parley.publish.Publisher;
import parley.publish.Sheet;
import parley.publish.UnprintableTextException;

/**
 * Publishes with openhtmltopdf: the edition becomes an XHTML DOM styled by print CSS, which the engine lays
 * out into a tagged PDF/UA document through PDFBox. The PDF is written to a hidden part file beside the
 * target ({@link PartFile}: {@code .NAME.parley-part}, the same name for every export to that target) and
 * moved into place when complete, so a failed or cancelled export leaves nothing behind and an existing file
 * untouched, and the next export to the same file removes what a killed one left. Progress: 5% selection, 15% building the document, 40% layout, 40% writing pages (one
 * tick per page, where cancellation is also checked).
 */
public final class PdfPublisher implements Publisher {

	/** Layouts after the first at most: the documents' {@code revise} results that are laid out. */
	static final int REVISIONS = 4;

	private final FontSource fontSource;

	/** A publisher that looks for installed fonts when the embedded ones lack characters. */
	public PdfPublisher() {
		this(FontSource.system());
	}

	/** A publisher that looks for fonts the embedded ones lack in {@code fontSource}. */
	public PdfPublisher(FontSource fontSource) {
		this.fontSource = fontSource;
	}

	static {
		// The engine logs every font and page at INFO (which also costs time); keep its warnings.
		XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
	}

	@Override
	public PublishResult publish(Playbook playbook, PublishOptions options, Path out, IProgressMonitor monitor)
			throws PublishException {
		long start = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + options.layout().key() + " PDF", 100);
		Path target = OutputGuard.check(OutputGuard.folderOf(playbook), out);
		OutputGuard.checkWritable(target);

		if (options.layout() == Layout.CHANGES && options.whatChanged() == null) {
			throw new PublishException("The changes handout lists what changed since a version: name the version to"
					+ " compare with");
		}
		progress.subTask("Selecting entries");
		Edition edition = options.layout() == Layout.ROLEPLAY ? Edition.forRoleplay(playbook, options.selection())
				: Edition.select(playbook, options.selection());
		if (options.layout() == Layout.CARDS && edition.scenarios().isEmpty()) {
			throw EmptySelectionException.noScenarios();
		}
		if (options.layout() == Layout.ROLEPLAY && edition.scenarios().isEmpty()) {
			throw EmptySelectionException.noRoleplayScenarios();
		}
		if (edition.size() == 0) {
			throw EmptySelectionException.noEntries();
		}
		progress.worked(5);
		checkCancel(progress);

		progress.subTask("Building the document");
		Document document;
		Function<PdfBoxRenderer, Document> revise;
		CardsDocument cards = null;
		if (options.layout() == Layout.CARDS) {
			cards = new CardsDocument(edition, options, () -> manualPages(edition, options, progress));
			document = cards.build(progress.split(15));
			revise = cards::revise;
		} else if (options.layout() == Layout.ROLEPLAY) {
			RoleplayDocument kits = new RoleplayDocument(edition, options);
			document = kits.build(progress.split(15));
			revise = kits::revise;
		} else {
			ManualDocument manual = new ManualDocument(edition, options);
			document = manual.build(progress.split(15));
			revise = manual::revise;
		}
		checkCancel(progress);
		Fallbacks.Result text = DocumentText.prepare(document, fontSource);
		List<String> warnings = LostCharacters.warnings(edition, text.lost());
		if (options.strict() && !warnings.isEmpty()) {
			throw new UnprintableTextException(warnings); // before anything is written
		}
		Function<PdfBoxRenderer, Document> prepared = renderer -> {
			Document next = revise.apply(renderer);
			if (next != null) {
				DocumentText.prepareRevision(next, text);
			}
			return next;
		};

		int[] pages = { 0, 0 }; // page count, pages written
		try (PartFile part = PartFile.open(target)) {
			try (OutputStream stream = part.stream()) {
				render(document, prepared, cards != null && options.sheet().fourUp(), text.fonts(), stream, progress,
						pages);
			}
			checkCancel(progress);
			part.moveOverTarget();
			// cards count what is on them: one card per scenario, those with a DRAFT mark; kits one per scenario
			boolean perScenario = options.layout().perScenario();
			return new PublishResult(target, pages[0], perScenario ? edition.scenarios().size() : edition.size(),
					Files.size(target), (System.nanoTime() - start) / 1_000_000,
					cards != null ? cards.draftCards() : edition.unapprovedCount(), warnings);
		} catch (IOException e) {
			throw new PublishException("Could not write " + target + ": " + reason(e), e);
		} finally {
			progress.done();
		}
	}

	/**
	 * Lays out and writes the document. After layout, {@code revise} may return a changed document (pocket
	 * cards that ran onto a second page get less text); it is laid out again, at most
	 * {@value #REVISIONS} times. Nothing is written before a layout is accepted.
	 */
	static void render(Document document, Function<PdfBoxRenderer, Document> revise, boolean cropMarks,
			List<Fallbacks.Font> fallbacks, OutputStream stream, SubMonitor progress, int[] pageCount)
			throws IOException {
		progress.split(40); // laying out: no progress from inside the engine; done when writing starts
		SubMonitor[] writing = { null };
		progress.subTask("Laying out pages");
		// the engine closes its stream when done; the caller owns it
		OutputStream unclosable = new FilterOutputStream(stream) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
		Document current = document;
		for (int attempt = 0;; attempt++) {
			PdfRendererBuilder builder = builder(current, fallbacks);
			builder.toStream(unclosable);
			builder.usePageSupplier((doc, width, height, pageNumber, shadowPage) -> {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				if (writing[0] == null) {
					writing[0] = progress.split(40); // the engine asks for the first page before it reports the count
				}
				writing[0].subTask("Writing page " + (pageNumber + 1) + (pageCount[0] > 0 ? " of " + pageCount[0] : ""));
				writing[0].worked(1);
				pageCount[1]++;
				PDPage page = new PDPage(new PDRectangle(width, height));
				doc.addPage(page);
				return page;
			});
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				checkCancel(progress);
				Document revised = attempt < REVISIONS ? revise.apply(renderer) : null;
				if (revised != null) {
					current = revised;
					continue;
				}
				renderer.setListener(new PDFCreationListener() {
					@Override
					public void preOpen(PdfBoxRenderer r) {
					}

					@Override
					public void preWrite(PdfBoxRenderer r, int pages) {
						pageCount[0] = pages;
						if (writing[0] == null) {
							writing[0] = progress.split(40);
						}
						writing[0].setWorkRemaining(pages - pageCount[1]);
					}

					@Override
					public void onClose(PdfBoxRenderer r) {
						Tagging.finish(r.getPdfDocument());
						if (cropMarks) {
							try {
								CardSheet.drawCropMarks(r.getPdfDocument());
							} catch (IOException e) {
								throw new java.io.UncheckedIOException(e);
							}
						}
					}
				});
				renderer.createPDF();
				return;
			}
		}
	}

	/** The engine set up as every export uses it: tagged, embedded fonts with fallbacks, bidi, no remote files. */
	private static PdfRendererBuilder builder(Document document, List<Fallbacks.Font> fallbacks) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.withProducer("Parley");
		builder.withW3cDocument(document, "about:parley");
		builder.useExternalResourceAccessControl((uri, type) -> false,
				com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		Fonts.register(builder);
		for (Fallbacks.Font font : fallbacks) {
			Fonts.addFallback(builder, font.file(), font.family());
		}
		builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
		builder.useUnicodeBidiSplitter(IcuBidi.INSTANCE);
		builder.useUnicodeBidiReorderer(IcuBidi.INSTANCE);
		return builder;
	}

	/**
	 * The page of every scenario's heading (by {@link Edition#anchor}) in the manual of the same edition and
	 * options, laid out as {@link #render} would (with its page references settled) but not written: the pages
	 * pocket cards point to for what they leave out. Asked for only when some card leaves something out.
	 */
	static Map<String, Integer> manualPages(Edition edition, PublishOptions options, SubMonitor progress) {
		progress.subTask("Finding the cards' pages in the manual");
		ManualDocument manual = new ManualDocument(edition, options.withLayout(Layout.MANUAL));
		Document current = manual.build(SubMonitor.convert(null));
		for (int attempt = 0;; attempt++) {
			checkCancel(progress);
			PdfRendererBuilder builder = builder(current, List.of());
			builder.toStream(OutputStream.nullOutputStream());
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				Document revised = attempt < REVISIONS ? manual.revise(renderer) : null;
				if (revised != null) {
					current = revised;
					continue;
				}
				LaidOut layout = new LaidOut(renderer);
				Map<String, Box> boxes = renderer.getSharedContext().getIdMap();
				Map<String, Integer> found = new HashMap<>();
				for (var scenario : edition.scenarios()) {
					Box box = boxes.get(Edition.anchor(scenario));
					if (box != null) {
						found.put(Edition.anchor(scenario), layout.pageOf(box) + 1);
					}
				}
				progress.subTask("Laying out pages");
				return found;
			}
		}
	}

	private static void checkCancel(SubMonitor progress) {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
