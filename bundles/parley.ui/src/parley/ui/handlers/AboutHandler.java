package parley.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;
import parley.ui.Prompts;

/** Help > About Parley: the version of Parley, of Java and of the libraries that do its work. */
public final class AboutHandler {

	/** What each library does for Parley, and its bundle. */
	private static final String[][] LIBRARIES = {
			{ "Eclipse platform (workbench)", "org.eclipse.e4.ui.workbench" },
			{ "EMF (the playbook model)", "org.eclipse.emf.ecore" },
			{ "Apache Lucene (search)", "org.apache.lucene.core" },
			{ "Eclipse JGit (versions)", "org.eclipse.jgit" },
			{ "openhtmltopdf (PDF layout)", "io.github.openhtmltopdf.pdfbox" },
			{ "Apache PDFBox (PDF)", "org.apache.pdfbox" },
			{ "ICU4J (right-to-left text)", "com.ibm.icu" } };

	@Execute
	void execute(@Optional Prompts given, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Handlers.prompts(given, shell).inform("About Parley", text());
	}

	/** "Parley 0.1.0", the Java runtime, then one line per library found in this installation. */
	public static String text() {
		Bundle self = FrameworkUtil.getBundle(AboutHandler.class);
		List<String> lines = new ArrayList<>();
		lines.add("Parley " + (self == null ? "(development)" : self.getVersion().toString()));
		lines.add("A workbench for curating, versioning and publishing a de-escalation playbook.");
		lines.add("");
		lines.add("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
		Bundle[] bundles = self == null || self.getBundleContext() == null ? new Bundle[0]
				: self.getBundleContext().getBundles();
		for (String[] library : LIBRARIES) {
			for (Bundle bundle : bundles) {
				if (library[1].equals(bundle.getSymbolicName())) {
					lines.add(library[0] + ": " + bundle.getVersion());
					break;
				}
			}
		}
		return String.join("\n", lines);
	}
}
