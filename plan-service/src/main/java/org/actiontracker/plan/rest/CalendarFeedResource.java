package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.actiontracker.plan.api.CalendarFeedInput;
import org.actiontracker.plan.api.CalendarFeedResponse;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.CalendarFeedService;
import org.actiontracker.plan.service.ExpectedVersion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/calendar-feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar feeds", description = "iCalendar (RFC 5545) feeds of target dates and deadlines, at URLs a"
        + " calendar client subscribes to without a bearer token")
public class CalendarFeedResource {

    private final CalendarFeedService service;
    private final ResourceMapper mapper;
    private final CurrentActor actor;

    public CalendarFeedResource(CalendarFeedService service, ResourceMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @POST
    @Operation(operationId = "createCalendarFeed", summary = "Create a calendar feed", description = "Of an"
            + " organisation's published plans (its viewers and editors, national, admin) or of the actions an e-mail"
            + " address owns in published plans (the address in the caller's token; national and admin any). The"
            + " answer's url carries the feed's secret token and is shown this once; drafts are never listed.")
    public Uni<RestResponse<CalendarFeedResponse>> create(
            @Valid @NotNull(message = Responses.BODY_REQUIRED) CalendarFeedInput input, @Context UriInfo uri) {
        return service.create(input, actor.get()).map(created -> Responses.created(
                mapper.toResponse(created.feed(), created.url()), created.feed().version,
                Responses.location(uri, "calendar-feeds", created.feed().id)));
    }

    @GET
    @Operation(operationId = "listCalendarFeeds", summary = "List your calendar feeds", description = "The feeds"
            + " the caller created and has not revoked, newest first, without their URLs (only a hash of each token"
            + " is kept)")
    public Uni<List<CalendarFeedResponse>> list() {
        return service.listOwn(actor.get())
                .map(feeds -> feeds.stream().map(feed -> mapper.toResponse(feed, null)).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCalendarFeed", summary = "Get a calendar feed", description = "Its creator or an"
            + " admin; without its URL")
    public Uni<RestResponse<CalendarFeedResponse>> get(@PathParam("id") UUID id) {
        return service.get(id, actor.get()).map(feed -> Responses.ok(mapper.toResponse(feed, null), feed.version));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke a calendar feed", description = "Its creator or"
            + " an admin; needs If-Match. Its URL answers 404 from then on.")
    public Uni<Void> revoke(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.revoke(id, ExpectedVersion.fromIfMatch(ifMatch), actor.get());
    }
}
