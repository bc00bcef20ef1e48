package parley.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the text readers share: strict UTF-8 decoding and date normalisation. */
final class Texts {

	private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ].*)");
	private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
			DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ENGLISH));

	private Texts() {
	}

	/**
	 * {@code bytes} as UTF-8 (a leading byte order mark dropped); malformed input is refused with its byte offset.
	 */
	static String utf8(String name, byte[] bytes) throws ArticleException {
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
				&& (bytes[2] & 0xff) == 0xBF ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length - start);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw new ArticleException(name, "is not valid UTF-8 text (bad byte at offset " + in.position()
					+ "). Open it in an editor and save it as UTF-8.");
		}
		out.flip();
		return out.toString();
	}

	/** {@code value} as an ISO date (yyyy-MM-dd) where it parses as a date, else as written; null if blank. */
	static String isoDate(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		Matcher iso = ISO_DATE.matcher(text);
		if (iso.matches()) {
			try {
				return offsetDate(text);
			} catch (DateTimeParseException e) {
				try {
					return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
							Integer.parseInt(iso.group(3))).toString();
				} catch (RuntimeException invalid) {
					return text;
				}
			}
		}
		for (DateTimeFormatter format : WRITTEN_DATES) {
			try {
				return LocalDate.parse(text, format).toString();
			} catch (DateTimeParseException e) {
				// next
			}
		}
		try {
			return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
		} catch (DateTimeParseException e) {
			return text;
		}
	}

	/** The date of a timestamp with an offset, as the writer saw it (not moved to UTC). */
	private static String offsetDate(String text) {
		return OffsetDateTime.parse(text.replace(' ', 'T')).toLocalDate().toString();
	}

	/** The UTC date of an instant, for dates a format stores as UTC timestamps. */
	static String utcDate(java.util.Date date) {
		return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
	}

	/** Runs of white space as one space, stripped; null for null. */
	static String collapse(String text) {
		return text == null ? null : text.replaceAll("\\s+", " ").strip();
	}

	/** Null when blank, else stripped. */
	static String nonBlank(String text) {
		return text == null || text.isBlank() ? null : collapse(text);
	}
}
