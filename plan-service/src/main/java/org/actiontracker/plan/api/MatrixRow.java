package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MatrixRow", description = "The actions answering a recommendation, or one of its sub-points; an"
        + " organisation with several actions there has several cells")
public record MatrixRow(String subPointRef, List<MatrixCell> cells) {
}
