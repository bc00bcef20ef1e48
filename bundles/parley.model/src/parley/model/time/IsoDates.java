package parley.model.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the ISO-8601 forms the store writes ({@code 2026-11-25}, {@code 2026-11-25T09:00:00Z}) without
 * a formatter, which matters when a 100k-entry playbook holds 300k of them; any other form goes through
 * {@link LocalDate#parse} / {@link Instant#parse} and so is still accepted or rejected the standard way.
 */
public final class IsoDates {

	private IsoDates() {
	}

	/** A date such as {@code 2026-11-25}; null or empty gives null. */
	public static LocalDate parseDate(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				try {
					return LocalDate.of(year, month, day);
				} catch (DateTimeException e) {
					throw new DateTimeParseException("Text '" + text + "' is not a valid date", text, 0, e);
				}
			}
		}
		return LocalDate.parse(text);
	}

	/** An instant such as {@code 2026-11-25T09:00:00Z}; null or empty gives null. */
	public static Instant parseInstant(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (text.length() == 20 && text.charAt(10) == 'T' && text.charAt(19) == 'Z' && text.charAt(13) == ':'
				&& text.charAt(16) == ':') {
			LocalDate date = parseDate(text.substring(0, 10));
			int hour = digits(text, 11, 13);
			int minute = digits(text, 14, 16);
			int second = digits(text, 17, 19);
			if (hour >= 0 && minute >= 0 && second >= 0) {
				try {
					return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute,
							second).toInstant(ZoneOffset.UTC);
				} catch (DateTimeException e) {
					throw new DateTimeParseException("Text '" + text + "' is not a valid instant", text, 0, e);
				}
			}
		}
		return Instant.parse(text);
	}

	/** The number written with ASCII digits in text[from, to), or -1. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
