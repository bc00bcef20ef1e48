package parley.ui.handlers;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.ui.Prompts;

/**
 * Help > User guide: the README that ships at the root of the installation, by its sections (the "##"
 * headings), with a button that opens it in the desktop's viewer for Markdown or text.
 */
public final class UserGuideHandler {

	static final String FILE = "README.md";

	@Execute
	void execute(@Optional Prompts given, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		show(guide(), Handlers.prompts(given, shell), file -> Program.launch(file.toString()));
	}

	/** Tells what the guide holds and opens it when asked (through {@code open}, which says whether it could). */
	public static void show(Path guide, Prompts prompts, Predicate<Path> open) {
		if (guide == null || !Files.isRegularFile(guide)) {
			prompts.inform("User guide", "The user guide (" + FILE + ") is not in this installation"
					+ (guide == null ? "." : " (looked for " + guide + ").")
					+ " Help > Keyboard shortcuts lists every key; the project's README has the rest.");
			return;
		}
		List<String> sections = sections(guide);
		String message = "The user guide is " + guide + ".\n\nIts sections:\n"
				+ String.join("\n", sections.stream().map(s -> "  \u2022 " + s).toList());
		if (prompts.choose("User guide", message, "Open the guide", "Close") == 0 && !open.test(guide)) {
			prompts.inform("User guide", "No program on this computer opens " + guide
					+ ". Open it with a text editor or a Markdown viewer.");
		}
	}

	/** The "## " headings of a Markdown file, in order; none when it cannot be read. */
	static List<String> sections(Path guide) {
		try {
			return Files.readAllLines(guide, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("## "))
					.map(l -> l.substring(3).strip()).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** The README at the installation's root; null when the installation has no file location. */
	static Path guide() {
		try {
			return Platform.getInstallLocation() == null ? null
					: Path.of(Platform.getInstallLocation().getURL().toURI()).resolve(FILE);
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}
}
