package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "MatrixRecommendation", description = "A recommendation with its rows (the recommendation as a"
        + " whole, subPointRef null, then each sub-point that some organisation answers) and its counts")
public record MatrixRecommendation(String number, String text, LocalDate deadline, MatrixCounts counts,
                                   List<MatrixRow> rows) {
}
