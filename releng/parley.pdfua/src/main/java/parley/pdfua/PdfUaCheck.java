package parley.pdfua;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF files against PDF/UA-1 with veraPDF. Prints "PASS file" or "FAIL file" followed by one
 * line per failed rule (clause, test number, count, description); exits 0 when all pass, 1 when any fails,
 * 2 on bad usage or unreadable input.
 */
public final class PdfUaCheck {

	private PdfUaCheck() {
	}

	public static void main(String[] args) {
		if (args.length == 0) {
			System.err.println("usage: PdfUaCheck FILE.pdf ...");
			System.exit(2);
		}
		VeraGreenfieldFoundryProvider.initialise();
		boolean allPassed = true;
		for (String name : args) {
			File file = new File(name);
			try (PDFAParser parser = Foundries.defaultInstance().createParser(file, PDFAFlavour.PDFUA_1);
					PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
				ValidationResult result = validator.validate(parser);
				if (result.isCompliant()) {
					System.out.println("PASS " + name);
					continue;
				}
				allPassed = false;
				System.out.println("FAIL " + name);
				Map<String, Integer> failures = new TreeMap<>();
				Map<String, String> descriptions = new TreeMap<>();
				for (TestAssertion assertion : result.getTestAssertions()) {
					if (assertion.getStatus() == TestAssertion.Status.FAILED) {
						String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
						failures.merge(rule, 1, Integer::sum);
						descriptions.putIfAbsent(rule, assertion.getMessage());
					}
				}
				failures.forEach((rule, count) -> System.out.println("  " + rule + " x" + count + ": " + descriptions.get(rule)));
			} catch (Exception e) {
				System.out.println("ERROR " + name + ": " + e);
				System.exit(2);
			}
		}
		System.exit(allPassed ? 0 : 1);
	}
}
