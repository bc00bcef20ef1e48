package parley.publish.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Asks fontconfig which installed fonts have a character: {@code fc-list :charset=HEX file}, with a time
 * limit. Any failure (missing binary, time out, error exit) finds nothing; the export goes on without.
 */
final class Fontconfig implements FontSource {

	private static final long TIMEOUT_MILLIS = 5_000;

	private final Path fcList;

	Fontconfig(Path fcList) {
		this.fcList = fcList;
	}

	@Override
	public List<Path> candidates(int codePoint) {
		Process process = null;
		Path out = null;
		try {
			// output to a file: waiting with a time limit never blocks on a pipe the process does not close
			out = Files.createTempFile("parley-fc", ".txt");
			process = new ProcessBuilder(fcList.toString(), "--format=%{file}\\n", ":charset=" + Integer.toHexString(codePoint))
					.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
					.redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out.toFile()).start();
			if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
				return List.of();
			}
			return Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty())
					.map(Path::of).sorted().toList();
		} catch (IOException | RuntimeException e) {
			return List.of();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		} finally {
			if (process != null && process.isAlive()) {
				process.destroyForcibly();
			}
			if (out != null) {
				try {
					Files.deleteIfExists(out);
				} catch (IOException e) {
					// a leftover temporary file is harmless
				}
			}
		}
	}
}
