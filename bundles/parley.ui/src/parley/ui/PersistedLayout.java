package parley.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.contributions.IContributionFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IModelResourceHandler;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.service.datalocation.Location;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps the window's layout (part sizes, which part each stack shows, minimised and maximised parts) from one
 * start to the next, as e4 does, but only while the application model it was saved from is the one shipped:
 * the layout is saved with a stamp of {@code Application.e4xmi} and thrown away once the shipped model
 * changes (a part, menu or command added in a new version would otherwise be missing from a restored
 * window). Loading and saving are e4's own {@code ResourceHandler}'s; {@code -clearPersistedState} still
 * starts from the shipped layout. Open editors are not part of the layout: {@link OpenEditors} reopens them
 * once the playbook is read.
 * <p>
 * Named in the product's {@code modelResourceHandler} property.
 */
public final class PersistedLayout implements IModelResourceHandler {

	/** e4's own handler, which this one wraps (created as E4Application creates it when none is named). */
	static final String E4_HANDLER = "bundleclass://org.eclipse.e4.ui.workbench/"
			+ "org.eclipse.e4.ui.internal.workbench.ResourceHandler";
	/** Where e4 saves the layout and this class its stamp, inside the instance location. */
	static final String FOLDER = ".metadata/.plugins/org.eclipse.e4.workbench";
	static final String SAVED = "workbench.xmi";
	static final String STAMP = "parley-layout.stamp";
	/** Context keys E4Application sets before it creates the handler (E4Workbench's, which is internal). */
	static final String SHIPPED_MODEL = "initialWorkbenchModelURI";
	static final String INSTANCE_LOCATION = "instanceLocation";

	private final IModelResourceHandler e4;
	private final Path folder;
	private final String stamp;

	@Inject
	public PersistedLayout(IEclipseContext context, IContributionFactory factory,
			@Named(SHIPPED_MODEL) URI shipped,
			@Optional @Named(INSTANCE_LOCATION) Location instance) {
		this.folder = folderOf(instance);
		this.stamp = stampOf(shipped);
		if (folder != null && Files.exists(folder.resolve(SAVED)) && !stamp.equals(readStamp(folder))) {
			// Saved from another application model (an older Parley, or one without a stamp): start afresh.
			context.set(IWorkbench.CLEAR_PERSISTED_STATE, Boolean.TRUE);
		}
		this.e4 = (IModelResourceHandler) factory.create(E4_HANDLER, context);
	}

	@Override
	public Resource loadMostRecentModel() {
		return e4.loadMostRecentModel();
	}

	@Override
	public Resource createResourceWithApp(MApplication application) {
		return e4.createResourceWithApp(application);
	}

	@Override
	public void save() throws IOException {
		e4.save();
		if (folder != null && Files.exists(folder.resolve(SAVED))) {
			Path temporary = folder.resolve(STAMP + ".tmp");
			Files.writeString(temporary, stamp + "\n", StandardCharsets.UTF_8);
			Files.move(temporary, folder.resolve(STAMP), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/** The folder e4 saves the layout in; null without an instance location ({@code -data @none}). */
	static Path folderOf(Location instance) {
		if (instance == null || instance.getURL() == null || !"file".equals(instance.getURL().getProtocol())) {
			return null;
		}
		return Path.of(instance.getURL().getPath()).resolve(FOLDER);
	}

	/** The stamp of the shipped application model: a digest of its bytes ("unknown" when it cannot be read). */
	static String stampOf(URI shipped) {
		try (InputStream in = java.net.URI.create(shipped.toString()).toURL().openStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		} catch (IOException | NoSuchAlgorithmException e) {
			return "unknown";
		}
	}

	private static String readStamp(Path folder) {
		try {
			return Files.readString(folder.resolve(STAMP), StandardCharsets.UTF_8).strip();
		} catch (IOException e) {
			return "";
		}
	}
}
