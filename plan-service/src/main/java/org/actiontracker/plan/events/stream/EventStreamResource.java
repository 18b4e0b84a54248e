package org.actiontracker.plan.events.stream;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.support.problem.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * The plan events over HTTP, for browsers and clients that do not speak Kafka: the same CloudEvents as topic
 * {@code plan-events}, as Server-Sent Events, and the AsyncAPI document describing both.
 * <p>
 * Who may subscribe to what follows the read rules of the REST API, decided once at subscription: an event
 * alone cannot tell whether its plan is published (an action's or update's snapshot does not carry the plan's
 * state), so there is no anonymous stream. National and admin tokens may subscribe to everything; viewers and
 * editors must filter by their own organisation, or by a plan of it.
 */
@Path("/api/v1/events")
@Tag(name = "Events", description = "Plan events as Server-Sent Events; the AsyncAPI document of the Kafka topic")
public class EventStreamResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";
    static final String ASYNCAPI_RESOURCE = "META-INF/asyncapi/plan-events.asyncapi.yaml";
    static final String YAML = "application/yaml";

    private final EventFeed feed;
    private final PlanOrganisations planOrganisations;
    private final CurrentActor actor;
    private final byte[] asyncApi;

    public EventStreamResource(EventFeed feed, PlanOrganisations planOrganisations, CurrentActor actor) {
        this.feed = feed;
        this.planOrganisations = planOrganisations;
        this.actor = actor;
        this.asyncApi = readAsyncApi();
    }

    /** Blocking: the response head goes out before the stream starts, so refusals must be decided first. */
    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // Proxies such as nginx would otherwise hold events back in their buffers.
    @ResponseHeader(name = "Cache-Control", value = "no-cache")
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @Operation(operationId = "subscribeToEvents", summary = "Subscribe to plan events", description = "Server-Sent Events: `event` is the CloudEvent"
            + " type, `data` the structured CloudEvent exactly as on Kafka topic plan-events, `id` the position to"
            + " resume from (send it back as Last-Event-ID, which EventSource does on reconnect). Without it the"
            + " stream starts now. A comment every 15 s keeps the connection open. Needs a national or admin token,"
            + " or a viewer/editor token of the organisation filtered on.")
    public Multi<OutboundSseEvent> subscribe(
            @Parameter(description = "Only this plan's events: the plan, its actions and their updates")
            @QueryParam("planId") UUID planId,
            @Parameter(description = "Only this organisation's events: itself, its plans, actions and updates")
            @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "Only types starting with one of these, e.g. org.actiontracker.action. (repeat)")
            @QueryParam("type") List<String> types,
            @HeaderParam(LAST_EVENT_ID) String lastEventIdHeader,
            @Parameter(description = "The Last-Event-ID, for clients that cannot set headers")
            @QueryParam("lastEventId") String lastEventIdQuery,
            @Context Sse sse) {
        Actor caller = actor.get();
        AccessPolicy.requireAuthenticated(caller);
        StreamPosition resumeFrom = lastEventIdHeader != null && !lastEventIdHeader.isBlank()
                ? StreamPosition.parse(lastEventIdHeader, LAST_EVENT_ID)
                : StreamPosition.parse(lastEventIdQuery, "lastEventId");
        StreamFilter filter = new StreamFilter(planId, organisationId, types);
        authorise(caller, filter);
        return feed.subscribe(filter, resumeFrom, sse);
    }

    @GET
    @Path("/asyncapi.yaml")
    @Produces(YAML)
    @Operation(operationId = "getAsyncApiDocument", summary = "The AsyncAPI 3 document of the plan events", description = "Topic plan-events: key,"
            + " partitioning, bindings, and each event type with its CloudEvents attributes and data schema")
    public byte[] asyncApi() {
        return asyncApi;
    }

    private void authorise(Actor caller, StreamFilter filter) {
        if (filter.organisationId() != null && !caller.readsOrganisation(filter.organisationId())) {
            throw ApiException.forbidden("You may subscribe only to your own organisation's events");
        }
        if (filter.planId() != null) {
            UUID owner = planOrganisations.of(filter.planId());
            if (owner == null) {
                throw ApiException.notFound("Plan", filter.planId());
            }
            if (!caller.readsOrganisation(owner)) {
                throw ApiException.forbidden("You may subscribe only to your own organisation's plans");
            }
        } else if (filter.organisationId() == null && !caller.readsEverything()) {
            throw ApiException.forbidden("Only national and admin users may subscribe to every organisation's events;"
                    + " filter by organisationId or planId");
        }
    }

    private static byte[] readAsyncApi() {
        try (InputStream in = EventStreamResource.class.getClassLoader().getResourceAsStream(ASYNCAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ASYNCAPI_RESOURCE + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ASYNCAPI_RESOURCE, e);
        }
    }
}
