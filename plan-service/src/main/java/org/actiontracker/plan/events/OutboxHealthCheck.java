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

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean late = backlog.oldestUnsentAge().compareTo(config.maxLag()) > 0;
        return HealthCheckResponse.named("outbox")
                .status(!late)
                .withData("backlog", backlog.unsent())
                .withData("oldestUnsentAgeSeconds", backlog.oldestUnsentAge().toSeconds())
                .build();
    }
}
