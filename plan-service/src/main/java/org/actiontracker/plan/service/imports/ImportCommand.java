package org.actiontracker.plan.service.imports;

import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.domain.PlanState;

import java.util.UUID;

/**
 * An import as the service sees it.
 *
 * @param content        the document's bytes as uploaded
 * @param contentField   where the request carried the document ("body", "file" of a form, or "content" of a JSON
 *                       body), for errors
 * @param format         the text format the client declared, or null; binary formats are found from the content
 * @param filename       null when unknown; only for messages, never to decide the format
 * @param organisationId null: the caller's own organisation, or for an admin the one the document names
 * @param state          null: a new plan is a draft, an existing one keeps its state
 */
public record ImportCommand(byte[] content, String contentField, DocumentFormat format, String filename,
                            UUID sourceId, UUID organisationId, PlanState state, boolean dryRun) {

    public ImportCommand withOrganisation(UUID organisation) {
        return new ImportCommand(content, contentField, format, filename, sourceId, organisation, state, dryRun);
    }
}
