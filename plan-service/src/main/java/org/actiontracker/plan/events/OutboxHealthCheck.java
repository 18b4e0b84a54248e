package org.actiontracker.plan.events;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.config.OutboxConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Reports the outbox backlog. Writes are still accepted while Kafka is away, so this is a
 * wellness check (shown in /q/health) rather than a readiness one: DOWN means events are late.
 */
@Wellness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean late = relay.oldestUnsentAge().compareTo(config.maxLag()) > 0;
        return HealthCheckResponse.named("outbox")
                .status(!late)
                .withData("backlog", relay.backlog())
                .withData("oldestUnsentAgeSeconds", relay.oldestUnsentAge().toSeconds())
                .build();
    }
}
