package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.actiontracker.plan.service.CalendarFeedService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feeds as calendar clients read them: outside /api, with the token in the path as the only credential. */
@Path("/calendar")
@Tag(name = "Calendar feeds")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private final CalendarFeedService service;

    public CalendarResource(CalendarFeedService service) {
        this.service = service;
    }

    @GET
    @Path("/{token}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "readCalendarFeed", summary = "Read a calendar feed", description = "The iCalendar"
            + " (RFC 5545) document of a feed: one all-day event per action target date, statutory response"
            + " deadline and recommendation deadline of published plans, each with a stable UID and a SEQUENCE that"
            + " rises when its date changes. 404 for a token that opens no feed (unknown, malformed or revoked).")
    public Uni<String> read(@PathParam("token") String token) {
        return service.calendar(token);
    }
}
