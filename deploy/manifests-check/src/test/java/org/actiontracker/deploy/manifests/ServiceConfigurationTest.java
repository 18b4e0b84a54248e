package org.actiontracker.deploy.manifests;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceConfigurationTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "../.."));

    @Test
    void productionVariablesAreFoundAndDevOnlyOnesAreNot() {
        ServiceConfiguration notification = ServiceConfiguration.of(ROOT, "notification-service");

        assertThat(notification.environmentVariables())
                .contains("DB_REACTIVE_URL", "KAFKA_BOOTSTRAP_SERVERS", "SMTP_HOST", "UNSUBSCRIBE_SECRET")
                .doesNotContain("DEV_JWT_PUBLIC_KEY");
    }

    @Test
    void configMappingPrefixesAndPropertiesMayBeSetInTheirEnvironmentForm() {
        ServiceConfiguration plan = ServiceConfiguration.of(ROOT, "plan-service");

        assertThat(plan.mappingPrefixes()).contains("outbox");
        assertThat(plan.reads("OUTBOX_POLL_INTERVAL")).isTrue();
        assertThat(plan.reads("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE")).isTrue();
        assertThat(plan.reads("OUTBX_POLL_INTERVAL")).isFalse();
    }
}
