package org.actiontracker.plan.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;

/**
 * One action of a plan as read from (or written to) a document.
 *
 * @param recommendationNumber the recommendation's number without leading zeros ("07" gives "7")
 * @param subPointRef          "7.1" when the plan splits the recommendation into sub-points, else null
 * @param evidenceRequirement  the sub-point's evidence requirement, null when the plan has none
 * @param description          what will be done: the action column, else the evidence requirement,
 *                             else the recommendation text
 * @param ownerText            the owner cell as written ("Chief Constables", "DCI Jane Smith")
 * @param owner                the owner as a person when the text names one, else null
 * @param statusLabel          the plan's own status words verbatim ("In Progress 25%")
 * @param status               the canonical status, null when the label could not be mapped
 * @param percentComplete      from the label ("25%") or a percent column, else null
 * @param targetDate           a target-date column, else a "By 27 March 2025" deadline in the action
 *                             or recommendation text, else null
 */
public record DocumentAction(String recommendationNumber, String subPointRef, String recommendationText,
                             String evidenceRequirement, String description, String ownerText, Person owner,
                             String statusLabel, ActionStatus status, Rag rag, Integer percentComplete,
                             LocalDate targetDate, List<DocumentLink> documents, List<DocumentUpdate> updates) {

    public DocumentAction {
        Objects.requireNonNull(recommendationNumber, "recommendationNumber");
        Objects.requireNonNull(description, "description");
        documents = List.copyOf(documents);
        updates = List.copyOf(updates);
    }

    DocumentAction withRecommendationNumber(String number) {
        return new DocumentAction(number, subPointRef, recommendationText, evidenceRequirement, description,
                ownerText, owner, statusLabel, status, rag, percentComplete, targetDate, documents, updates);
    }
}
