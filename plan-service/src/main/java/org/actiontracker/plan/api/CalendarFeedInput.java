package org.actiontracker.plan.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.actiontracker.plan.domain.FeedScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "CalendarFeedInput", description = "A calendar feed to create: of an organisation's published plans"
        + " (scope ORGANISATION, with organisationId) or of the actions an e-mail address owns in published plans"
        + " (scope OWNER, with ownerEmail)")
public record CalendarFeedInput(
        @NotNull FeedScope scope,
        @Schema(description = "With scope ORGANISATION: whose plans") UUID organisationId,
        @Schema(description = "With scope OWNER: whose actions", examples = "jane.smith@force.police.uk")
        @Email @Size(max = 320) String ownerEmail) {
}
