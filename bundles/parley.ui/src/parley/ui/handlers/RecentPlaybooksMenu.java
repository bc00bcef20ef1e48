package parley.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import parley.ui.PlaybookSwitcher;

/** The entries of File > Recent Playbooks, rebuilt each time the menu opens. */
public final class RecentPlaybooksMenu {

	static final String COMMAND = "parley.ui.command.openrecent";

	@AboutToShow
	void aboutToShow(List<MMenuElement> items, EModelService models, MApplication application) {
		MCommand command = null;
		for (MCommand candidate : application.getCommands()) {
			if (COMMAND.equals(candidate.getElementId())) {
				command = candidate;
			}
		}
		List<Path> recent = PlaybookSwitcher.recent().list();
		int n = 1;
		for (Path folder : recent) {
			MHandledMenuItem item = models.createModelElement(MHandledMenuItem.class);
			item.setLabel((n <= 9 ? "&" + n + " " : "") + folder.getFileName() + "  \u2014  " + folder);
			item.setCommand(command);
			MParameter parameter = models.createModelElement(MParameter.class);
			parameter.setName(OpenRecentHandler.FOLDER_PARAMETER);
			parameter.setValue(folder.toString());
			item.getParameters().add(parameter);
			items.add(item);
			n++;
		}
		if (recent.isEmpty()) {
			MHandledMenuItem none = models.createModelElement(MHandledMenuItem.class);
			none.setLabel("(no recent playbooks)");
			none.setEnabled(false);
			items.add(none);
		}
	}
}
