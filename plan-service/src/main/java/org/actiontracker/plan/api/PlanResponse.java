package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.PlanState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Plan")
public record PlanResponse(UUID id, UUID organisationId, UUID sourceId, String title, PersonDto executiveLead,
                           PersonDto operationalLead, String governanceBody, LocalDate reviewDate,
                           String versionLabel, PlanState state, Instant publishedAt, int reportingIntervalDays,
                           @Schema(description = "The statutory response deadline of a super-complaint (56 days after"
                                   + " its publication); absent for other sources") LocalDate responseDueOn,
                           Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
}
