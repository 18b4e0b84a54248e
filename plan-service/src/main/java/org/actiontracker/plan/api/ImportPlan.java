package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.PlanState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImportPlan", description = "The plan as it is after the import; id is null on a dry run that would"
        + " create it. changes names the fields an existing plan takes from the document.")
public record ImportPlan(UUID id, ImportOutcome outcome, String title, String versionLabel, PersonDto executiveLead,
                         PersonDto operationalLead, String governanceBody, LocalDate reviewDate, PlanState state,
                         List<String> changes) {
}
