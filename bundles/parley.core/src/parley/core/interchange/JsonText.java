package parley.core.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader and writer for the interchange format. The reader keeps the line and column of
 * every value and key, so an import can say {@code file:line:column} for each problem; it refuses duplicate
 * keys, trailing commas, comments and nesting deeper than {@link #MAX_DEPTH}. The writer prints ordered maps,
 * lists, strings, numbers and booleans, pretty (two spaces, one item per line, so a diff of an edit is one
 * line) or compact (for hashing). No dependency beyond the JDK, so {@code parley.core} stays as it was.
 */
final class JsonText {

	/** Deeper nesting than the format needs (it uses 5 levels) is refused. */
	static final int MAX_DEPTH = 64;

	private JsonText() {
	}

	/** Where a value or key starts: 1-based line and column, and the file when an import reads several. */
	record Pos(String file, int line, int column) {
		Pos(int line, int column) {
			this(null, line, column);
		}
	}

	/** A parsed value. */
	sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
		Pos pos();

		/** "an object", "a string", ... for messages. */
		String kind();
	}

	/** A key of an object with its value. */
	record Member(String key, Pos keyPos, Value value) {
	}

	record Obj(Pos pos, Map<String, Member> members) implements Value {
		public String kind() {
			return "an object";
		}
	}

	record Arr(Pos pos, List<Value> items) implements Value {
		public String kind() {
			return "a list";
		}
	}

	record Str(Pos pos, String value) implements Value {
		public String kind() {
			return "a string";
		}
	}

	/** A number as written; {@code integral} when it has no fraction or exponent and fits a long. */
	record Num(Pos pos, String text) implements Value {
		public String kind() {
			return "a number";
		}

		Long asLong() {
			try {
				return Long.valueOf(text);
			} catch (NumberFormatException e) {
				return null;
			}
		}
	}

	record Bool(Pos pos, boolean value) implements Value {
		public String kind() {
			return "true or false";
		}
	}

	record Null(Pos pos) implements Value {
		public String kind() {
			return "null";
		}
	}

	/** Bad JSON syntax at a position. */
	static final class SyntaxError extends Exception {
		private static final long serialVersionUID = 1L;
		final Pos pos;

		SyntaxError(Pos pos, String message) {
			super(message);
			this.pos = pos;
		}
	}

	// ------------------------------------------------------------------------------------------ reading

	static Value parse(String text) throws SyntaxError {
		Reader reader = new Reader(text);
		reader.skipSpace();
		Value value = reader.value(0);
		reader.skipSpace();
		if (reader.i < text.length()) {
			throw new SyntaxError(reader.pos(), "unexpected text after the end of the document; remove it");
		}
		return value;
	}

	private static final class Reader {
		private final String s;
		int i;
		private int line = 1;
		private int lineStart;

		Reader(String s) {
			this.s = s;
			if (s.startsWith("\uFEFF")) {
				i = 1;
				lineStart = 1;
			}
		}

		Pos pos() {
			return new Pos(line, i - lineStart + 1);
		}

		void skipSpace() {
			while (i < s.length()) {
				char c = s.charAt(i);
				if (c == '\n') {
					line++;
					i++;
					lineStart = i;
				} else if (c == ' ' || c == '\t' || c == '\r') {
					i++;
				} else {
					return;
				}
			}
		}

		Value value(int depth) throws SyntaxError {
			if (depth > MAX_DEPTH) {
				throw new SyntaxError(pos(), "nested more than " + MAX_DEPTH + " levels deep; this is not a Parley export");
			}
			if (i >= s.length()) {
				throw new SyntaxError(pos(), "the document ends where a value was expected; the file is cut short");
			}
			Pos at = pos();
			char c = s.charAt(i);
			switch (c) {
			case '{':
				return object(depth, at);
			case '[':
				return array(depth, at);
			case '"':
				return new Str(at, string());
			case 't':
				word("true");
				return new Bool(at, true);
			case 'f':
				word("false");
				return new Bool(at, false);
			case 'n':
				word("null");
				return new Null(at);
			default:
				if (c == '-' || (c >= '0' && c <= '9')) {
					return number(at);
				}
				throw new SyntaxError(at, "unexpected '" + c + "' where a value was expected; strings need double quotes");
			}
		}

		private Obj object(int depth, Pos at) throws SyntaxError {
			i++;
			Map<String, Member> members = new LinkedHashMap<>();
			skipSpace();
			if (peek() == '}') {
				i++;
				return new Obj(at, members);
			}
			while (true) {
				skipSpace();
				Pos keyPos = pos();
				if (peek() != '"') {
					throw new SyntaxError(keyPos, peek() == '}' ? "a comma before '}'; remove the trailing comma"
							: "expected a key in double quotes");
				}
				String key = string();
				skipSpace();
				expect(':', "expected ':' after the key \"" + key + "\"");
				skipSpace();
				Value value = value(depth + 1);
				if (members.containsKey(key)) {
					throw new SyntaxError(keyPos, "the key \"" + key + "\" appears twice in this object (first at line "
							+ members.get(key).keyPos().line() + "); keep one");
				}
				members.put(key, new Member(key, keyPos, value));
				skipSpace();
				char c = peek();
				if (c == ',') {
					i++;
				} else if (c == '}') {
					i++;
					return new Obj(at, members);
				} else {
					throw new SyntaxError(pos(), "expected ',' or '}' after the value of \"" + key + "\"");
				}
			}
		}

		private Arr array(int depth, Pos at) throws SyntaxError {
			i++;
			List<Value> items = new ArrayList<>();
			skipSpace();
			if (peek() == ']') {
				i++;
				return new Arr(at, items);
			}
			while (true) {
				skipSpace();
				if (peek() == ']') {
					throw new SyntaxError(pos(), "a comma before ']'; remove the trailing comma");
				}
				items.add(value(depth + 1));
				skipSpace();
				char c = peek();
				if (c == ',') {
					i++;
				} else if (c == ']') {
					i++;
					return new Arr(at, items);
				} else {
					throw new SyntaxError(pos(), "expected ',' or ']' in the list");
				}
			}
		}

		private String string() throws SyntaxError {
			Pos start = pos();
			i++;
			StringBuilder b = new StringBuilder();
			while (true) {
				if (i >= s.length()) {
					throw new SyntaxError(start, "the string is not closed; add the closing double quote");
				}
				char c = s.charAt(i);
				if (c == '"') {
					i++;
					return b.toString();
				}
				if (c == '\\') {
					if (i + 1 >= s.length()) {
						throw new SyntaxError(pos(), "the string is not closed; add the closing double quote");
					}
					char e = s.charAt(i + 1);
					switch (e) {
					case '"', '\\', '/' -> b.append(e);
					case 'b' -> b.append('\b');
					case 'f' -> b.append('\f');
					case 'n' -> b.append('\n');
					case 'r' -> b.append('\r');
					case 't' -> b.append('\t');
					case 'u' -> {
						if (i + 6 > s.length()) {
							throw new SyntaxError(pos(), "\\u needs four hex digits");
						}
						try {
							b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
						} catch (NumberFormatException x) {
							throw new SyntaxError(pos(), "\\u needs four hex digits");
						}
						i += 4;
					}
					default -> throw new SyntaxError(pos(), "unknown escape '\\" + e + "'; write \\\\ for a backslash");
					}
					i += 2;
					continue;
				}
				if (c < 0x20) {
					throw new SyntaxError(pos(), c == '\n' ? "a line break inside a string; write it as \\n"
							: "a control character inside a string; escape it as \\u" + String.format("%04x", (int) c));
				}
				b.append(c);
				i++;
			}
		}

		private Num number(Pos at) throws SyntaxError {
			int start = i;
			if (peek() == '-') {
				i++;
			}
			int digits = i;
			while (i < s.length() && Character.isDigit(s.charAt(i))) {
				i++;
			}
			if (i == digits) {
				throw new SyntaxError(at, "a number needs digits");
			}
			if (s.charAt(digits) == '0' && i - digits > 1) {
				throw new SyntaxError(at, "a number may not start with 0");
			}
			if (peek() == '.') {
				i++;
				int frac = i;
				while (i < s.length() && Character.isDigit(s.charAt(i))) {
					i++;
				}
				if (i == frac) {
					throw new SyntaxError(at, "a number needs digits after '.'");
				}
			}
			if (peek() == 'e' || peek() == 'E') {
				i++;
				if (peek() == '+' || peek() == '-') {
					i++;
				}
				int exp = i;
				while (i < s.length() && Character.isDigit(s.charAt(i))) {
					i++;
				}
				if (i == exp) {
					throw new SyntaxError(at, "a number needs digits in its exponent");
				}
			}
			return new Num(at, s.substring(start, i));
		}

		private void word(String w) throws SyntaxError {
			if (!s.startsWith(w, i)) {
				throw new SyntaxError(pos(), "unexpected text where a value was expected; strings need double quotes");
			}
			i += w.length();
		}

		private char peek() {
			return i < s.length() ? s.charAt(i) : '\0';
		}

		private void expect(char c, String message) throws SyntaxError {
			if (peek() != c) {
				throw new SyntaxError(pos(), message);
			}
			i++;
		}
	}

	// ------------------------------------------------------------------------------------------ writing

	/**
	 * Writes maps (in their order), lists, strings, numbers, booleans. Pretty: two-space indent, every list
	 * item and key on a line of its own, a final newline. Compact: no white space.
	 */
	static String write(Object value, boolean pretty) {
		StringBuilder b = new StringBuilder();
		write(b, value, pretty, 0);
		if (pretty) {
			b.append('\n');
		}
		return b.toString();
	}

	private static void write(StringBuilder b, Object value, boolean pretty, int indent) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				b.append("{}");
				return;
			}
			b.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (!first) {
					b.append(',');
				}
				first = false;
				newline(b, pretty, indent + 1);
				string(b, (String) e.getKey());
				b.append(pretty ? ": " : ":");
				write(b, e.getValue(), pretty, indent + 1);
			}
			newline(b, pretty, indent);
			b.append('}');
		} else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				b.append("[]");
				return;
			}
			b.append('[');
			boolean first = true;
			for (Object item : list) {
				if (!first) {
					b.append(',');
				}
				first = false;
				newline(b, pretty, indent + 1);
				write(b, item, pretty, indent + 1);
			}
			newline(b, pretty, indent);
			b.append(']');
		} else if (value instanceof String text) {
			string(b, text);
		} else if (value instanceof Number || value instanceof Boolean) {
			b.append(value);
		} else if (value == null) {
			b.append("null");
		} else {
			throw new IllegalArgumentException("cannot write " + value.getClass());
		}
	}

	private static void newline(StringBuilder b, boolean pretty, int indent) {
		if (pretty) {
			b.append('\n');
			b.append("  ".repeat(indent));
		}
	}

	private static void string(StringBuilder b, String s) {
		b.append('"');
		for (int k = 0; k < s.length(); k++) {
			char c = s.charAt(k);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			case '\b' -> b.append("\\b");
			case '\f' -> b.append("\\f");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		b.append('"');
	}
}
