package org.actiontracker.plan.events;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * Wakes the outbox relay when a write has been accepted, and tells views derived from the data that it changed.
 * Every write of this API and of the pages records its events in the outbox in its transaction, and a response
 * filter runs after the resource's result, so after the commit: the relay's next read sees the rows. A page form
 * that succeeded answers with a redirect to the page that shows the result.
 */
public class RelayWakeFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final OutboxRelay relay;
    private final ChangeGeneration changes;

    public RelayWakeFilter(OutboxRelay relay, ChangeGeneration changes) {
        this.relay = relay;
        this.changes = changes;
    }

    @ServerResponseFilter
    public void wakeRelayAfterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        Response.Status.Family family = response.getStatusInfo().getFamily();
        if ((family == Response.Status.Family.SUCCESSFUL || family == Response.Status.Family.REDIRECTION)
                && !READS.contains(request.getMethod())) {
            changes.advance();
            relay.wake();
        }
    }
}
