package org.actiontracker.plan.web;

import java.util.List;
import java.util.UUID;

/** A force's plan: its recommendations, each with the actions answering it. */
public record PlanPage(UUID id, String title, String organisationName, UUID organisationId, String versionLabel,
                       String governanceBody, boolean published, List<Group> recommendations, String liveUrl) {

    public record Group(String number, String text, List<ActionRow> actions) {
    }
}
