package org.actiontracker.infra;

import org.actiontracker.infra.LocalInfrastructure.Settings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalInfrastructureSettingsTest {

    @Test
    void defaultsToTheDocumentedPorts() {
        Settings settings = Settings.fromEnvironment(Map.of());

        assertThat(settings).isEqualTo(
                new Settings(15432, 19092, 13025, 18085, 18180, null, Path.of("deploy/.run/data"), null));
    }

    @Test
    void rejectsAPortThatIsNoNumber() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("KAFKA_PORT", "kafka")))
                .hasMessage("KAFKA_PORT=kafka is not a TCP port (1-65535).");
    }

    @Test
    void namesTheVariableOfABusyPort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = taken.getLocalPort();
            Settings settings = Settings.fromEnvironment(Map.of(
                    "PG_PORT", Integer.toString(busy),
                    "KAFKA_PORT", Integer.toString(Ports.freePort()),
                    "SMTP_PORT", Integer.toString(Ports.freePort()),
                    "MAIL_WEB_PORT", Integer.toString(Ports.freePort())));

            assertThat(settings.busyPorts()).singleElement().asString()
                    .startsWith("Port " + busy + " is already in use; set PG_PORT to a free port");
        }
    }
}
