package org.actiontracker.plan.web;

import org.actiontracker.plan.domain.SupportingDocument;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An action with its history and the forms to post an update and to edit it, with what the person typed and the
 * server's objections, field by field.
 *
 * @param errors   field name to the server's message; the summary lists them in form order
 * @param conflict set when an edit met a change someone else made meanwhile (the 412): what the action is now
 */
public record ActionPage(Subject subject, Map<String, String> form, Map<String, String> errors, String notice,
                         Conflict conflict) {

    public record Subject(ActionRow action, String ownerName, List<HistoryEntry> history, boolean writable) {
    }

    public record HistoryEntry(UUID id, LocalDateTime recordedAt, LocalDate reportedOn, String period,
                               String authorName, String authorRole, String text, String newStatus, String newRag,
                               Integer newPercentComplete, List<SupportingDocument> documents, int revision,
                               LocalDateTime withdrawnAt) {

        private static final DateTimeFormatter WHEN =
                DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

        public String recordedText() {
            return WHEN.format(recordedAt);
        }

        public String withdrawnText() {
            return withdrawnAt == null ? null : WHEN.format(withdrawnAt);
        }

        /** The day it reports on, or else the day it was recorded. */
        public LocalDate day() {
            return reportedOn != null ? reportedOn : recordedAt.toLocalDate();
        }
    }

    /** The action as someone else left it, against what this person tried to save. */
    public record Conflict(String message, String currentDescription, LocalDate currentTargetDate,
                           String currentOwnerName, long currentVersion) {
    }

    public String value(String field) {
        return form.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
