package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs veraPDF's PDF/UA-1 validation (the plain-Java checker in releng/parley.pdfua, built by the same
 * reactor) in a child JVM: veraPDF is not an OSGi library.
 */
final class PdfUa {

	record Report(int exitCode, String output) {
	}

	private PdfUa() {
	}

	static Report check(Path... files) throws IOException, InterruptedException {
		String dir = System.getProperty("parley.pdfua.dir");
		assertTrue(dir != null, "system property parley.pdfua.dir is not set (see parley.publish.tests/pom.xml)");
		Path target = Path.of(dir);
		Path classpathFile = target.resolve("classpath.txt");
		assertTrue(Files.isRegularFile(classpathFile), "the veraPDF checker is not built: run the reactor"
				+ " (releng/parley.pdfua) before these tests; missing " + classpathFile);
		String classpath = target.resolve("classes") + java.io.File.pathSeparator
				+ Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, "parley.pdfua.PdfUaCheck"));
		for (Path file : files) {
			command.add(file.toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "veraPDF did not finish");
		return new Report(process.exitValue(), output);
	}
}
