package org.actiontracker.plan.service.imports;

import org.actiontracker.plan.document.ImportWarning;
import org.actiontracker.plan.document.Person;
import org.actiontracker.plan.api.PersonDto;

import java.util.List;

/**
 * Fits document text to the columns that store it, warning about each value it had to shorten.
 * Shortening is deterministic, so a re-import compares equal to what the first import stored.
 */
final class FieldFitter {

    static final String FIELD_SHORTENED = "FIELD_SHORTENED";
    static final int NAME = 200;

    private final List<ImportWarning> warnings;

    FieldFitter(List<ImportWarning> warnings) {
        this.warnings = warnings;
    }

    String fit(String value, int max, String what) {
        if (value == null || value.length() <= max) {
            return value;
        }
        warnings.add(new ImportWarning(FIELD_SHORTENED, what + " is longer than " + max
                + " characters; it was shortened", null));
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    PersonDto person(Person person, String what) {
        if (person == null) {
            return null;
        }
        return new PersonDto(fit(person.name(), NAME, what + " name"), fit(person.role(), NAME, what + " role"),
                fit(person.email(), 320, what + " e-mail"));
    }
}
