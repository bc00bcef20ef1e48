package parley.publish.pdf;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fonts installed on this computer, as one {@link FontSource} per process ({@link FontSource#system()}). */
final class SystemFonts {

	static final FontSource SOURCE = find();

	private SystemFonts() {
	}

	private static FontSource find() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
			Path fcList = Path.of(dir.isEmpty() ? "." : dir, "fc-list");
			if (Files.isExecutable(fcList)) {
				return new Fontconfig(fcList);
			}
		}
		List<Path> roots = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts")));
		String home = System.getProperty("user.home");
		if (home != null) {
			roots.add(Path.of(home, ".local", "share", "fonts"));
			roots.add(Path.of(home, ".fonts"));
		}
		return FontSource.folders(roots);
	}
}
