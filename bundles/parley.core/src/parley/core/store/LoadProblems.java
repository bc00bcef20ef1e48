package parley.core.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

import parley.model.playbook.PlaybookPackage;

/**
 * What went wrong reading a playbook file, in the playbook's own terms: each problem with its file, line and
 * column and what to do (a DOCTYPE refused, elements nested too deep, bytes that are not UTF-8, an unknown field
 * or namespace, a reference to nothing). Used by the store's reader and by the crash-recovery file.
 */
final class LoadProblems {

	private static final Pattern EMF_LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$");

	private LoadProblems() {
	}

	/**
	 * What a SAX error means for a user: a DOCTYPE (refused), elements nested too deep, another limit of the
	 * XML reader, or XML that is not well-formed.
	 */
	private static String explainSax(SAXParseException sax) {
		String message = sax.getMessage() == null ? "" : sax.getMessage();
		if (message.contains("disallow-doctype-decl")) {
			return "DOCTYPE declarations are not allowed in playbook files (they can pull in outside content);"
					+ " remove the <!DOCTYPE ...> declaration";
		}
		if (message.contains("maxElementDepth")) {
			return "elements are nested more than " + XmiPlaybookStore.MAX_DEPTH + " levels deep (Parley writes at most four), so the"
					+ " file is damaged or was not written by Parley; restore it from a saved version or remove the"
					+ " extra elements";
		}
		if (message.startsWith("JAXP")) {
			return "the file goes beyond a limit of the XML reader (" + message + "); it was not written by Parley."
					+ " Restore it from a saved version";
		}
		return "not well-formed XML: " + message;
	}

	/**
	 * What went wrong loading an XMI file, in the playbook's terms, each with the file ({@code relative}), line
	 * and column: the resource's load errors, or else the exception its load threw (null if none).
	 */
	static List<FileProblem> problems(String relative, Resource resource, Exception failure) {
		List<FileProblem> errors = new ArrayList<>();
		if (failure instanceof IOException e && resource.getErrors().isEmpty()) {
			errors.add(problem(relative, e));
		} else if (failure instanceof RuntimeException e) {
			errors.add(new FileProblem(Path.of(relative), 0, 0, "cannot be read: " + e));
		}
		for (Resource.Diagnostic d : resource.getErrors()) {
			errors.add(problem(relative, d));
		}
		return errors;
	}

	/**
	 * Where a file's bytes stop being UTF-8 (line and column of the first bad byte) and what to do, or null
	 * when they are UTF-8 throughout (the file holds U+FFFD itself).
	 */
	static FileProblem notUtf8(Path dir, String relative, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
		if (!result.isError()) {
			return null;
		}
		int at = in.position();
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < at; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
		String versioned = Files.isDirectory(dir.resolve(".git"))
				? " or bring back the file as it was in the last version ('git checkout -- " + relative + "' in the"
						+ " playbook folder)"
				: "";
		return new FileProblem(Path.of(relative), line, column, String.format("is not valid UTF-8 (byte 0x%02X"
				+ " here cannot be read as text; the file was probably saved in another encoding, such as"
				+ " Windows-1252). Parley reads and writes playbook files in UTF-8 only: open the file in a text"
				+ " editor, retype the character and save it as UTF-8%s", bytes[at] & 0xff, versioned));
	}

	private static FileProblem problem(String relative, Resource.Diagnostic d) {
		Throwable cause = d instanceof Throwable t ? t.getCause() : null;
		SAXParseException sax = findSax(cause);
		if (sax != null) {
			return saxProblem(relative, sax);
		}
		return new FileProblem(Path.of(relative), d.getLine(), d.getColumn(), explain(d));
	}

	/** Says what EMF's load errors mean in the playbook's own terms. */
	private static String explain(Resource.Diagnostic d) {
		if (d instanceof FeatureNotFoundException f) {
			return "unknown field '" + f.getName() + "'; correct its name or remove it (was the file written by a"
					+ " newer Parley?)";
		}
		if (d instanceof IllegalValueException v) {
			return "the value '" + v.getValue() + "' is not valid for field '" + v.getFeature().getName() + "'";
		}
		if (d instanceof org.eclipse.emf.ecore.xmi.PackageNotFoundException p) {
			return (p.uri() == null ? "a namespace prefix that is not declared" : "unknown namespace '" + p.uri() + "'")
					+ " (Parley's files use " + PlaybookPackage.eNS_URI + "); was the file written by another program?";
		}
		if (d instanceof ClassNotFoundException c) {
			return "unknown element type '" + c.getName() + "'";
		}
		if (d instanceof UnresolvedReferenceException u) {
			return "reference '" + u.getReference() + "' in field '" + u.getFeature().getName()
					+ "' points to nothing in this file";
		}
		return clean(d.getMessage());
	}

	private static FileProblem problem(String relative, IOException e) {
		SAXParseException sax = findSax(e);
		if (sax != null) {
			return saxProblem(relative, sax);
		}
		if (e.getCause() instanceof Resource.Diagnostic d) {
			return problem(relative, d);
		}
		return new FileProblem(Path.of(relative), 0, 0, clean(e.getMessage()));
	}

	private static FileProblem saxProblem(String relative, SAXParseException sax) {
		return new FileProblem(Path.of(relative), sax.getLineNumber(), sax.getColumnNumber(), explainSax(sax));
	}

	private static SAXParseException findSax(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof SAXParseException sax) {
				return sax;
			}
			if (c.getCause() == c) {
				break;
			}
		}
		return null;
	}

	/** EMF appends "(uri, line, column)" to messages; the problem carries those already. */
	static String clean(String message) {
		if (message == null) {
			return "unknown problem";
		}
		Matcher m = EMF_LOCATION_SUFFIX.matcher(message);
		return m.find() ? message.substring(0, m.start()) : message;
	}
}
