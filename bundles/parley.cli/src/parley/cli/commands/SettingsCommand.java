package parley.cli.commands;

import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.edit.EditingSession;
import parley.core.service.PlaybookSettings;
import parley.core.store.StoreException;
import parley.model.playbook.Playbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parley settings [KEY [VALUE]]}: show or change the playbook's settings (four eyes, review intervals). */
@Command(name = "settings", description = "Show the playbook's settings, or one of them, or change one: e.g."
		+ " 'parley settings four-eyes on', 'parley settings review-days.phrase 180'.")
final class SettingsCommand extends PlaybookCommand {

	@Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "A setting, e.g. four-eyes.")
	String key;

	@Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "Its new value.")
	String value;

	SettingsCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException {
		Playbook playbook = playbook().playbook();
		PlaybookSettings.Setting one;
		try {
			one = key == null ? null : PlaybookSettings.named(key);
		} catch (IllegalArgumentException e) {
			throw new CliException(e.getMessage(), ParleyCli.USAGE);
		}
		if (one != null && value != null) {
			Object parsed;
			try {
				parsed = one.parse(value);
			} catch (IllegalArgumentException e) {
				throw new CliException(e.getMessage(), ParleyCli.USAGE);
			}
			EditingSession session = EditingSession.forOneCommand(playbook());
			try {
				session.set(playbook, one.attribute(), parsed);
				session.save();
			} finally {
				session.dispose();
			}
		}
		var shown = one == null ? PlaybookSettings.all() : java.util.List.of(one);
		if (json()) {
			JsonObject o = new JsonObject();
			shown.forEach(s -> o.addProperty(s.key(), s.show(playbook)));
			out().println(Json.GSON.toJson(o));
			return ParleyCli.OK;
		}
		if (one != null) {
			out().println(one.key() + " = " + one.show(playbook));
			return ParleyCli.OK;
		}
		Table table = new Table("SETTING", "VALUE", "MEANING");
		shown.forEach(s -> table.row(s.key(), s.show(playbook), s.meaning()));
		table.print(out());
		return ParleyCli.OK;
	}
}
