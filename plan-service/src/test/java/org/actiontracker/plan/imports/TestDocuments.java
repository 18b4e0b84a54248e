package org.actiontracker.plan.imports;

import org.actiontracker.plan.document.DocumentAction;
import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.document.DocumentUpdate;
import org.actiontracker.plan.document.PlanDocument;
import org.actiontracker.plan.document.PlanDocumentRenderer;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small plans written as forces publish them, by the document layer's renderer. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static String csv(String organisationName, List<DocumentAction> actions) {
        return new PlanDocumentRenderer().render(new PlanDocument(organisationName, organisationName + " plan", null,
                null, null, null, null, null, actions, List.of(), Set.of()), DocumentFormat.CSV);
    }

    /** An action on recommendation 7 ("Improve crime recording") or 14 ("Victims' code") of Api.createSource. */
    public static DocumentAction action(String recommendation, String subPoint, String description, String statusLabel,
                                 ActionStatus status, Rag rag, LocalDate targetDate, DocumentUpdate... updates) {
        String text = switch (recommendation) {
            case "7" -> "Improve crime recording";
            case "14" -> "Victims' code";
            default -> "Recommendation " + recommendation + " of another report";
        };
        return new DocumentAction(recommendation, subPoint, text, null, description, "Chief Constables", null,
                statusLabel, status, rag, null, targetDate, List.of(), List.of(updates));
    }

    public static DocumentUpdate update(LocalDate reportedOn, String text) {
        return DocumentUpdate.of(reportedOn, reportedOn == null ? null : "Update", null, "DCI Safeguarding", text);
    }
}
