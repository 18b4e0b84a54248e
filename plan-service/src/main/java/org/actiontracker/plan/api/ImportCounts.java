package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportCounts", description = "What the document holds (recommendations, actions, updates) and what"
        + " the import adds or changes")
public record ImportCounts(int recommendations, int actions, int updates, int datedUpdates, int undatedUpdates,
                           int newActions, int changedActions, int newUpdates, int unplacedRows, int warnings) {
}
