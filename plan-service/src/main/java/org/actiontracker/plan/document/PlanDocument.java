package org.actiontracker.plan.document;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan as read from a published document, independent of its format. Fields the document does
 * not give are null; the importer supplies them (for instance the organisation of the uploader).
 *
 * @param sourceTitle          the report the plan answers, as the document names it
 * @param versionLabel         e.g. "March 2026 Update"
 * @param reviewDate           the plan's next review date when the header gives one
 * @param unmappedStatusLabels status words no canonical status was found for, in order of appearance
 */
public record PlanDocument(String organisationName, String title, String sourceTitle, String versionLabel,
                           Person executiveLead, Person operationalLead, String governanceBody,
                           LocalDate reviewDate, List<DocumentAction> actions, List<ImportWarning> warnings,
                           Set<String> unmappedStatusLabels) {

    public PlanDocument {
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
        unmappedStatusLabels = Collections.unmodifiableSet(new LinkedHashSet<>(unmappedStatusLabels));
    }
}
