package org.actiontracker.plan.service.imports;

import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.domain.PlanState;

import java.util.UUID;

/**
 * An import as the service sees it.
 *
 * @param contentField   where the request carried the document ("body", or "content" of a JSON body), for errors
 * @param format         null to detect it from the content and file name
 * @param filename       null when unknown
 * @param organisationId null: the caller's own organisation, or for an admin the one the document names
 * @param state          null: a new plan is a draft, an existing one keeps its state
 */
public record ImportCommand(String content, String contentField, DocumentFormat format, String filename,
                            UUID sourceId, UUID organisationId, PlanState state, boolean dryRun) {

    public ImportCommand withOrganisation(UUID organisation) {
        return new ImportCommand(content, contentField, format, filename, sourceId, organisation, state, dryRun);
    }
}
