package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportUnplacedRow", description = "A row of the document that could not become an action, and why")
public record ImportUnplacedRow(String recommendationNumber, String subPointRef, String description, String reason) {
}
