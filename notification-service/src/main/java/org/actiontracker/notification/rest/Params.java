package org.actiontracker.notification.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads query and path parameters from their text, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query or path parameter it cannot convert).
 */
final class Params {

    private Params() {
    }

    static UUID uuid(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }

    static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date in ISO-8601 form (yyyy-mm-dd)");
        }
    }

    static int integer(String field, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw ProblemException.invalidField(field, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a whole number");
        }
    }

    static <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Comma-separated or repeated values. */
    static <E extends Enum<E>> List<E> enumValues(String field, List<String> raw, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String item : raw) {
            for (String part : item.split(",")) {
                E value = enumValue(field, part, type);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
