package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import does (or, on a dry run, would do) to a record. */
@Schema(name = "ImportOutcome")
public enum ImportOutcome {
    /** Not there yet: created. */
    NEW,
    /** There already; fields the document gives differently are updated. */
    CHANGED,
    /** There already, as the document gives it. */
    UNCHANGED
}
