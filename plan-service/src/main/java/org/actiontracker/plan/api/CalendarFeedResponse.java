package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.FeedScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "CalendarFeed")
public record CalendarFeedResponse(
        UUID id,
        @Schema(description = "The feed's address, to subscribe to in a calendar client. Only the answer to its"
                + " creation carries it: the service keeps a hash of its token, never the token, so keep the URL"
                + " private and revoke the feed if it leaks", examples = "https://actiontracker.example.org/calendar/"
                + "q1Yh8xv0bq3pAqH4XnC3cW6ZfQeWzY1dLrH7m2Vt9sA.ics")
        URI url,
        FeedScope scope, UUID organisationId, String ownerEmail, Instant createdAt, String createdBy, long version) {
}
