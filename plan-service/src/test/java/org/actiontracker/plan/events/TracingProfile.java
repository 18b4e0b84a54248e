package org.actiontracker.plan.events;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The OpenTelemetry SDK on, its spans kept in memory for the test to read. Only the test classes naming this profile
 * pay for tracing (and for the restart a profile costs); every other test runs with the SDK off, as configured for
 * {@code %test}.
 */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                // No collector in tests: the in-memory exporter below is the only one.
                "quarkus.otel.exporter.otlp.enabled", "false",
                "quarkus.otel.traces.sampler.arg", "1.0",
                // Ended spans reach the exporter within milliseconds instead of the batch processor's 5 s.
                "quarkus.otel.bsp.schedule.delay", "PT0.05S");
    }

    /** The exporter Quarkus finds as a CDI bean (exporter type {@code cdi}), the way its OpenTelemetry guide shows. */
    @Singleton
    static class InMemorySpanExporterProducer {

        @Produces
        @Singleton
        InMemorySpanExporter inMemorySpanExporter() {
            return InMemorySpanExporter.create();
        }
    }
}
