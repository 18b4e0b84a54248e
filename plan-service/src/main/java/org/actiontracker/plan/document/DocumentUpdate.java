package org.actiontracker.plan.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated (or undatable) progress entry of an action.
 *
 * @param reportedOn the date the entry reports on; a month-year label such as "Oct 24" gives the
 *                   1st of that month; null when the entry carries no date
 * @param period     the label verbatim as the plan writes it ("Oct 24", "March 2025 Update",
 *                   "Update 18/11/24", "Initial Action Plan Response"), or null
 * @param undated    true exactly when reportedOn is null: the entry is kept, flagged for review
 */
public record DocumentUpdate(LocalDate reportedOn, String period, String authorName, String authorRole,
                             String text, boolean undated) {

    public DocumentUpdate {
        Objects.requireNonNull(text, "text");
        if (undated != (reportedOn == null)) {
            throw new IllegalArgumentException("undated must be true exactly when reportedOn is null");
        }
    }

    public static DocumentUpdate of(LocalDate reportedOn, String period, String authorName, String authorRole,
                                    String text) {
        return new DocumentUpdate(reportedOn, period, authorName, authorRole, text, reportedOn == null);
    }
}
