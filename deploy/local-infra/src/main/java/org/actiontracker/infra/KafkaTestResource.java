package org.actiontracker.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource: a real Kafka broker, started once and shared by every test class of the module.
 * <p>
 * Put this line once on a test class or on the tests' common base class (see the package documentation, which also
 * says why {@code application.properties} needs {@code %test.quarkus.devservices.enabled=false}):
 * <pre>{@code
 * @QuarkusTestResource(KafkaTestResource.class)
 * }</pre>
 * A test simulates an outage with {@code KafkaTestResource.broker().stop()} and must call
 * {@code KafkaTestResource.broker().restart()} afterwards (in a {@code finally}), since later test classes share it.
 */
public final class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        KafkaBroker kafka = broker();
        if (!kafka.isRunning()) {
            kafka.restart();
        }
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.messaging.connector.smallrye-kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    /** Keeps the broker for the next Quarkus start in this JVM; it stops when the JVM exits. */
    @Override
    public void stop() {
    }

    /** The shared broker, started on first use on a free port with a temporary log directory. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.start(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-test-resource-shutdown"));
        }
        return broker;
    }
}
