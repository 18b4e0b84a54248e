package org.actiontracker.deploy.manifests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/compose/compose.yaml sets what each service reads, keeps secrets out of the file and hardens the services. */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "../.."));
    private static final Map<String, Object> COMPOSE = Yaml.document(ROOT.resolve("deploy/compose/compose.yaml"));
    private static final Set<String> SECRETS = Set.of("DB_PASSWORD", "SMTP_PASSWORD", "UNSUBSCRIBE_SECRET");
    /** An interpolation from .env: ${NAME}, ${NAME:-default} or ${NAME:?message}. */
    private static final Pattern FROM_ENV_FILE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(:[-?][^}]*)?}");

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = Yaml.map(Yaml.map(COMPOSE.get("services")).get(name));
        assertThat(service).as("compose service %s", name).isNotNull();
        return service;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "notification-service"})
    void everyVariableTheServiceReadsIsSetAndNoneItDoesNotRead(String name) {
        ServiceConfiguration configuration = ServiceConfiguration.of(ROOT, name);
        Map<String, Object> environment = Yaml.map(service(name).get("environment"));

        assertThat(environment.keySet()).containsAll(configuration.environmentVariables());
        assertThat(environment.keySet().stream().filter(key -> !configuration.reads(key))).as("misspelt?").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "notification-service"})
    void secretsComeFromTheEnvFileNotFromComposeYaml(String name) {
        Map<String, Object> environment = Yaml.map(service(name).get("environment"));

        environment.forEach((key, value) -> {
            if (SECRETS.contains(key)) {
                assertThat(String.valueOf(value)).as(key).matches(FROM_ENV_FILE);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "notification-service"})
    void theServiceRunsNonRootOnAReadOnlyRootFilesystemWithATmpfs(String name) {
        Map<String, Object> service = service(name);

        assertThat(service.get("read_only")).isEqualTo(true);
        assertThat(String.valueOf(service.get("user"))).isNotIn("0", "root").isNotEmpty();
        assertThat(Yaml.list(service.get("tmpfs"))).anyMatch(mount -> String.valueOf(mount).startsWith("/tmp"));
        assertThat(Yaml.list(service.get("cap_drop"))).contains("ALL");
        assertThat(service).containsKeys("healthcheck", "mem_limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "kafka"})
    void theServicesDependOnTheRealParts(String part) {
        for (String name : List.of("plan-service", "notification-service")) {
            Map<String, Object> dependsOn = Yaml.map(service(name).get("depends_on"));
            boolean direct = dependsOn.containsKey(part);
            boolean throughTopics = part.equals("kafka") && dependsOn.containsKey("kafka-topics")
                    && Yaml.map(service("kafka-topics").get("depends_on")).containsKey("kafka");
            assertThat(direct || throughTopics).as("%s waits for %s", name, part).isTrue();
        }
    }
}
