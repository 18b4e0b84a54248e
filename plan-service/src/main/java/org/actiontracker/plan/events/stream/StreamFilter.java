package org.actiontracker.plan.events.stream;

import java.util.List;
import java.util.UUID;

/**
 * What one subscriber asked for; every given criterion must hold.
 *
 * @param planId         only events of this plan: the plan itself, its actions and their updates
 * @param organisationId only events of this organisation: itself, its plans, actions and updates
 * @param typePrefixes   only events whose CloudEvent type starts with one of these; empty for all
 */
record StreamFilter(UUID planId, UUID organisationId, List<String> typePrefixes) {

    StreamFilter {
        typePrefixes = typePrefixes == null ? List.of() : typePrefixes.stream()
                .filter(prefix -> prefix != null && !prefix.isBlank()).map(String::trim).toList();
    }

    boolean matches(FeedEvent event) {
        return (planId == null || planId.equals(event.planId()))
                && (organisationId == null || organisationId.equals(event.organisationId()))
                && (typePrefixes.isEmpty() || typePrefixes.stream().anyMatch(event.type()::startsWith));
    }
}
