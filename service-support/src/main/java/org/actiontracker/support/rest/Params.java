package org.actiontracker.support.rest;

import org.actiontracker.support.problem.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads query and path parameters from their text, so that a bad value is a 400 naming the
 * parameter and saying what it accepts (JAX-RS would answer 404 for one it cannot convert).
 * A missing or blank value is null (or the default) for the resource to decide on.
 */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "'" + value + "' is not a UUID");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "'" + value + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "'" + value + "' is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw ApiException.invalid(name, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    /** Case-insensitive, with {@code -} for {@code _}: {@code on-track} is {@code ON_TRACK}. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Repeated or comma-separated values: {@code status=ON_TRACK&status=DELAYED} or {@code status=ON_TRACK,DELAYED}. */
    public static <E extends Enum<E>> List<E> enumValues(String name, List<String> values, Class<E> type) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .filter(value -> !value.isBlank())
                .map(value -> enumValue(name, value, type))
                .distinct()
                .toList();
    }
}
