package org.actiontracker.plan.events;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * Wakes the outbox relay when a write has been accepted. Every write of this API records its events
 * in the outbox in its transaction, and a response filter runs after the resource's result, so after
 * the commit: the relay's next read sees the rows.
 */
public class RelayWakeFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final OutboxRelay relay;

    public RelayWakeFilter(OutboxRelay relay) {
        this.relay = relay;
    }

    @ServerResponseFilter
    public void wakeRelayAfterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
                && !READS.contains(request.getMethod())) {
            relay.wake();
        }
    }
}
