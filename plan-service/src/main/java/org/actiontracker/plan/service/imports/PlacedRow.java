package org.actiontracker.plan.service.imports;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.api.DocumentDto;
import org.actiontracker.plan.api.PersonDto;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document row placed on a recommendation of the source (and a sub-point it has), with the values
 * it gives, fitted to their columns; null where the row gives none.
 */
record PlacedRow(Recommendation recommendation, String subPointRef, String description, PersonDto owner,
                 LocalDate targetDate, ActionStatus status, String statusLabel, Rag rag, Integer percentComplete,
                 List<DocumentDto> documents, List<Entry> entries) {

    /** A progress entry of the row; reportedOn null when the document dates it nowhere. */
    record Entry(LocalDate reportedOn, String period, String authorName, String authorRole, String text) {

        /** Entries are the same when they report on the same date, under the same label, in the same words. */
        boolean sameAs(ActionUpdate stored) {
            return Objects.equals(reportedOn, stored.reportedOn) && Objects.equals(period, stored.period)
                    && text.equals(stored.text);
        }
    }
}
