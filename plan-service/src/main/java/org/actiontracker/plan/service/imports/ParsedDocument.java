package org.actiontracker.plan.service.imports;

import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.document.PlanDocument;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;

import java.util.List;

/** A document read against the source it answers; recommendations in published order. */
public record ParsedDocument(Source source, List<Recommendation> recommendations, DocumentFormat format,
                             PlanDocument document) {
}
