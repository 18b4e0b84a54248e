package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ImportOrganisation", description = "The organisation the plan is imported into; id is null on a"
        + " dry run that would create it")
public record ImportOrganisation(UUID id, String name, ImportOutcome outcome) {
}
