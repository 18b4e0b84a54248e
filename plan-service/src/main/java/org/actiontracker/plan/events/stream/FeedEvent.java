package org.actiontracker.plan.events.stream;

import java.util.UUID;

/**
 * A plan event read from Kafka, with what subscribers filter on.
 *
 * @param partition      the Kafka partition it was read from
 * @param offset         its offset there
 * @param type           the CloudEvent type
 * @param planId         the plan it belongs to; {@code null} for organisations, sources and recommendations
 * @param organisationId the organisation it belongs to; {@code null} for sources and recommendations
 * @param json           the structured-mode CloudEvent exactly as the record value holds it
 */
record FeedEvent(int partition, long offset, String type, UUID planId, UUID organisationId, String json) {
}
