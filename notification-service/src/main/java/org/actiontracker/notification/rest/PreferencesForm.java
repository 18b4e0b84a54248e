package org.actiontracker.notification.rest;

import java.util.List;

/**
 * What the preferences page shows: the settings saved, or those just entered with what is wrong with them.
 *
 * @param digestFrequency the value as entered, which may not be one of the choices
 * @param leadDays        as entered or saved, comma-separated; empty for the defaults
 * @param unsubscribedOn  the day the recipient unsubscribed through a link, while they still are; may be null
 * @param defaultLeadDays the service's defaults, comma-separated
 * @param justSaved       the settings were saved by this request
 */
public record PreferencesForm(String token, String email, String digestFrequency, String leadDays, boolean muted,
                              String unsubscribedOn, String defaultLeadDays, List<FieldProblem> problems,
                              boolean justSaved) {

    public record FieldProblem(String field, String message) {
    }

    public String error(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).map(FieldProblem::message)
                .findFirst().orElse(null);
    }

    public boolean hasError(String field) {
        return error(field) != null;
    }
}
