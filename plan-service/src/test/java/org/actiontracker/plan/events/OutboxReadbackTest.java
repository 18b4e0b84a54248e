package org.actiontracker.plan.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.actiontracker.plan.config.OutboxConfig;
import org.actiontracker.plan.events.OutboxStore.OutboxRow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** When Kafka cannot be read back, the relay taking the lead publishes every row, and waits no longer than its bound. */
class OutboxReadbackTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void aReadbackThatCannotReachKafkaFindsNothingWithinItsTimeoutSoEveryRowIsPublished() {
        OutboxConfig config = new SmallRyeConfigBuilder().withMapping(OutboxConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withDefaultValue("outbox.readback-timeout", TIMEOUT.toString()).build()
                .getConfigMapping(OutboxConfig.class);
        // Nothing listens on port 1 of this host.
        OutboxReadback readback = new OutboxReadback(config, "localhost:1", new ObjectMapper());
        OutboxRow row = new OutboxRow(1, UUID.randomUUID().toString(), Instant.now(), UUID.randomUUID().toString(),
                "plan-events", "{}", null);

        long start = System.nanoTime();
        assertThat(readback.alreadyPublished(List.of(row))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusSeconds(3));
    }
}
