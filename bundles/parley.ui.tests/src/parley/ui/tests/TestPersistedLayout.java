package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.IModelResourceHandler;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.ui.OpenEditors;
import parley.ui.PartEntryOpener;
import parley.ui.PersistedLayout;
import parley.ui.parts.EntryEditorPart;

/**
 * Issue 18, defect 8: the layout (here: the navigator's width and the bottom stack's shown part) is the same
 * after a restart, loaded and saved through the handler the product names, from the shipped Application.e4xmi;
 * a layout saved from another application model is not restored (new parts would be missing from it).
 */
class TestPersistedLayout {

	@TempDir
	Path instance;

	private IEclipseContext context;

	private IModelResourceHandler handler() throws Exception {
		context = E4Application.createDefaultContext();
		context.set(org.eclipse.e4.ui.di.UISynchronize.class, new DisplaySync(org.eclipse.swt.widgets.Display.getDefault()));
		context.set(IWorkbench.PERSIST_STATE, Boolean.TRUE);
		context.set(IWorkbench.CLEAR_PERSISTED_STATE, Boolean.FALSE);
		context.set("initialWorkbenchModelURI", URI.createPlatformPluginURI("parley.ui/Application.e4xmi", true));
		Location location = Platform.getInstanceLocation().createLocation(null, instance.toUri().toURL(), false);
		context.set("instanceLocation", location);
		return ContextInjectionFactory.make(PersistedLayout.class, context);
	}

	/** A start: the model the handler loads, changed by {@code use}, saved when the window closes. */
	private MApplication start(Consumer<MApplication> use) throws Exception {
		IModelResourceHandler handler = handler();
		MApplication application = (MApplication) handler.loadMostRecentModel().getContents().get(0);
		application.setContext(context);
		context.set(MApplication.class, application);
		E4Application.initializeServices(application);
		use.accept(application);
		// as LifeCycle's @PreSave does when the window has closed (no renderer moves a stack's selection then)
		OpenEditors.remember(application, context.get(EModelService.class), instance.resolve("playbook"));
		handler.save();
		return application;
	}

	private static MUIElement find(MApplication application, String id) {
		for (var it = ((EObject) application).eAllContents(); it.hasNext();) {
			if (it.next() instanceof MUIElement element && id.equals(element.getElementId())) {
				return element;
			}
		}
		return null;
	}

	private static String navigatorWidth(MApplication application) {
		return find(application, "parley.ui.part.navigator").getParent().getContainerData();
	}

	@Test
	void theLayoutComesBackAfterARestartUntilTheShippedModelChanges() throws Exception {
		String shipped = navigatorWidth(start(app -> { }));
		assertNotNull(shipped);
		start(app -> {
			find(app, "parley.ui.part.navigator").getParent().setContainerData("1234");
			MPartStack stack = (MPartStack) find(app, PartEntryOpener.MAIN_STACK);
			MPart editor = MBasicFactory.INSTANCE.createPart();
			editor.getPersistedState().put(EntryEditorPart.ENTITY_ID, "an entry's id");
			stack.getChildren().add(editor);
			stack.setSelectedElement(editor); // the editor in front when Parley closed
		});
		Path stamp = instance.resolve(".metadata/.plugins/org.eclipse.e4.workbench/parley-layout.stamp");
		assertTrue(Files.exists(stamp), "saved with the stamp of the shipped model");

		List<String> seen = new ArrayList<>();
		start(app -> {
			seen.add(navigatorWidth(app));
			seen.add(app.getPersistedState().get("parley.editors.ids"));
		});
		assertEquals(List.of("1234", "an entry's id"), seen,
				"the width the user left, and the open editor to reopen once the playbook is read");

		Files.writeString(stamp, "an older Application.e4xmi\n");
		MApplication upgraded = start(app -> { });
		assertEquals(shipped, navigatorWidth(upgraded), "a layout saved from another application model is not used");
		assertNotEquals("an older Application.e4xmi", Files.readString(stamp).strip(), "the new stamp is kept");
	}
}
