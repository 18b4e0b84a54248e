package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.PlanState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "MatrixOrganisation", description = "A column of the matrix: an organisation and its plan")
public record MatrixOrganisation(UUID id, String name, UUID planId, PlanState planState, int reportingIntervalDays) {
}
