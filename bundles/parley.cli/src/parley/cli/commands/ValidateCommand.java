package parley.cli.commands;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.core.validation.PlaybookValidator;
import parley.core.validation.Problem;
import parley.core.validation.Severity;
import picocli.CommandLine.Command;

/** {@code parley validate}: runs every validation rule; exits 1 when there are errors. */
@Command(name = "validate", description = "Check the playbook: missing or dangling references, avoid-phrases without"
		+ " replacement, scenarios without steps, duplicate titles, empty required fields. Exits 1 on errors.")
final class ValidateCommand extends PlaybookCommand {

	ValidateCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException {
		var open = playbook();
		List<Problem> problems = new PlaybookValidator().validate(open.playbook());
		long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
		long warnings = problems.size() - errors;
		var out = out();
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("errors", errors);
			o.addProperty("warnings", warnings);
			JsonArray array = new JsonArray();
			for (Problem p : problems) {
				array.add(json(p));
			}
			o.add("problems", array);
			out.println(Json.GSON.toJson(o));
		} else {
			for (Problem p : problems) {
				out.println(p);
			}
			out.printf("%s: %d %s, %d %s%n", open.folder(), errors, errors == 1 ? "error" : "errors", warnings,
					warnings == 1 ? "warning" : "warnings");
		}
		return errors > 0 ? ParleyCli.FAILED : ParleyCli.OK;
	}

	/** One problem as JSON (also how the editing commands list the problems an edit introduced). */
	static JsonObject json(Problem p) {
		JsonObject j = new JsonObject();
		j.addProperty("severity", p.severity().name().toLowerCase());
		j.addProperty("rule", p.rule());
		j.addProperty("id", p.elementId());
		j.addProperty("element", p.elementLabel());
		j.addProperty("field", p.field());
		j.addProperty("message", p.message());
		return j;
	}
}
