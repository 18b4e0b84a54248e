package org.actiontracker.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The national coordinator's force-by-force summary of one source: the matrix's actions counted per force. */
public record ForcesPage(String sourceTitle, LocalDate asOf, List<Force> forces) {

    /**
     * One force's plan.
     *
     * @param complete       actions COMPLETE or CLOSED
     * @param noRag          actions without a RAG rating
     * @param latestUpdateOn the day (UTC) of the latest progress update on any of its actions; null when none
     */
    public record Force(UUID organisationId, String name, UUID planId, boolean published, int actions, int complete,
                        int overdue, int stale, int red, int amber, int green, int noRag, LocalDate latestUpdateOn) {
    }
}
