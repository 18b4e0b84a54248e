package org.actiontracker.plan.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A force's plan: its recommendations, each with the actions answering it; for those who may write it, what they
 * may do with it.
 *
 * @param writable whether the viewer may change the plan (the API's AccessPolicy.requireWrite): the publish button
 *                 and the "what changed since" form are theirs only
 * @param version  the plan's version, carried by the publish form so that a change made meanwhile is not overwritten
 * @param changes  what changed since a day the viewer asked about; null when they asked about none
 */
public record PlanPage(UUID id, String title, String organisationName, UUID organisationId, String versionLabel,
                       String governanceBody, boolean published, List<Group> recommendations, String liveUrl,
                       boolean writable, long version, Changes changes) {

    public record Group(String number, String text, List<ActionRow> actions) {
    }

    /** @param since as the viewer typed it; {@code error} says why it is not a date, and then {@code list} is empty */
    public record Changes(String since, String error, List<Change> list) {
    }

    /**
     * A progress update recorded, revised or withdrawn since the day, with the changes to status, RAG and percent it
     * carried ("Status: In progress to Complete").
     */
    public record Change(LocalDateTime at, UUID actionId, String actionDescription, String what, String period,
                         String authorName, List<String> fieldChanges) {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

        public String atText() {
            return WHEN.format(at);
        }
    }
}
