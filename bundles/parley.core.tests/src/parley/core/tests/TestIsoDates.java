package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import parley.model.time.IsoDates;

/** The fast date parsing used when loading agrees with java.time, and rejects what java.time rejects. */
class TestIsoDates {

	@Test
	void parsesWhatTheStoreWrites() {
		assertEquals(LocalDate.of(2026, 11, 25), IsoDates.parseDate("2026-11-25"));
		assertEquals(Instant.parse("2026-11-25T09:00:00Z"), IsoDates.parseInstant("2026-11-25T09:00:00Z"));
		assertNull(IsoDates.parseDate(""));
		assertNull(IsoDates.parseInstant(null));
	}

	@Test
	void otherIsoFormsStillWork() {
		assertEquals(Instant.parse("2026-11-25T09:00:00.123Z"), IsoDates.parseInstant("2026-11-25T09:00:00.123Z"));
		assertEquals(LocalDate.parse("+12026-01-01"), IsoDates.parseDate("+12026-01-01"));
	}

	@Test
	void invalidValuesAreRejected() {
		assertThrows(DateTimeParseException.class, () -> IsoDates.parseDate("2026-02-30"));
		assertThrows(DateTimeParseException.class, () -> IsoDates.parseDate("2026-1x-01"));
		assertThrows(DateTimeParseException.class, () -> IsoDates.parseInstant("2026-11-25T25:00:00Z"));
		assertThrows(DateTimeParseException.class, () -> IsoDates.parseInstant("yesterday"));
	}
}
