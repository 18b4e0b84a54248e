package org.actiontracker.events;

import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of every plan event: the resource's full state after the change (its state
 * before, for a delete), the fields that changed with their old and new values, and who did it.
 */
public record EventData<T>(T resource, List<FieldChange> changes, Actor actor) {

    /** A changed field; values are rendered as JSON scalars' text (ISO dates, enum names). */
    public record FieldChange(String field, String from, String to) {
    }

    /** Who made the change: the token subject and, when known, the name and organisation. */
    public record Actor(String subject, String name, UUID organisationId) {
    }
}
