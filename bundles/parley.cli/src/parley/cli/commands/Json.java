package parley.cli.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.core.curation.CurationState;
import parley.core.service.EntryType;
import parley.model.playbook.Entry;
import parley.model.playbook.Tag;

/** JSON shapes shared by commands; field names are part of the CLI contract. */
final class Json {
	static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
			.registerTypeAdapter(java.time.Instant.class,
					(com.google.gson.JsonSerializer<java.time.Instant>) (value, type, context) -> new com.google.gson.JsonPrimitive(value.toString()))
			.create();

	private Json() {
	}

	static JsonObject summary(Entry entry) {
		JsonObject o = new JsonObject();
		o.addProperty("id", entry.getId());
		o.addProperty("type", EntryType.of(entry.eClass()).key());
		o.addProperty("title", entry.getTitle());
		o.addProperty("status", CurationState.of(entry).key());
		o.add("tags", strings(tagNames(entry)));
		return o;
	}

	static List<String> tagNames(Entry entry) {
		List<String> names = new ArrayList<>();
		for (Tag tag : entry.getTags()) {
			names.add(tag.eIsProxy() ? "?" : tag.getName());
		}
		return names;
	}

	static JsonArray strings(Collection<?> values) {
		JsonArray array = new JsonArray();
		for (Object value : values) {
			array.add(String.valueOf(value));
		}
		return array;
	}
}
