package org.actiontracker.deploy.manifests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Renders each kustomization under deploy/k8s and checks what a cluster and its operators would reject or regret. */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "../.."));
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /** The custom resources of the operators overlay: CloudNativePG and Strimzi, which fabric8 does not model. */
    private static final Set<String> OPERATOR_API_VERSIONS = Set.of("postgresql.cnpg.io/v1", "kafka.strimzi.io/v1beta2");
    private static final Map<String, Set<String>> OPERATOR_KINDS = Map.of(
            "postgresql.cnpg.io/v1", Set.of("Cluster"),
            "kafka.strimzi.io/v1beta2", Set.of("Kafka", "KafkaNodePool", "KafkaTopic"));
    /**
     * Partitions of plan-events where no KafkaTopic in the overlay says otherwise: deploy/local-infra creates it with
     * three, and deploy/README.md ("Scaling") asks external installations for the same.
     */
    private static final int DEFAULT_PLAN_EVENTS_PARTITIONS = 3;
    private static final List<String> SERVICES = List.of("plan-service", "notification-service");

    private static List<KubernetesResource> render(String kustomization) {
        return Kustomize.render(K8S.resolve(kustomization)).stream()
                .map(resource -> SERIALIZATION.convertValue(resource, KubernetesResource.class))
                .toList();
    }

    private static <T> List<T> ofType(List<KubernetesResource> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Deployment deployment(List<KubernetesResource> resources, String name) {
        return ofType(resources, Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void everyResourceIsAKnownKindAtAValidApiVersionWithOnlyKnownFields(String kustomization) {
        List<KubernetesResource> resources = render(kustomization);

        assertThat(resources).isNotEmpty();
        for (KubernetesResource resource : resources) {
            HasMetadata typed = (HasMetadata) resource;
            String described = typed.getApiVersion() + " " + typed.getKind() + " " + typed.getMetadata().getName();
            if (resource instanceof GenericKubernetesResource) {
                assertThat(OPERATOR_API_VERSIONS).as("a type fabric8 does not know: %s", described)
                        .contains(typed.getApiVersion());
                assertThat(OPERATOR_KINDS.get(typed.getApiVersion())).as(described).contains(typed.getKind());
            } else {
                assertThat(UnknownFields.of(resource)).as("fields %s does not have", described).isEmpty();
            }
            assertThat(typed.getMetadata().getName()).as(described).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void everyDeploymentProbesStartupReadinessAndLivenessOnItsHealthEndpoints(String kustomization) {
        for (Deployment deployment : ofType(render(kustomization), Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                Set<String> ports = container.getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
                assertProbe(container.getStartupProbe(), "/q/health/started", ports, container.getName());
                assertProbe(container.getReadinessProbe(), "/q/health/ready", ports, container.getName());
                assertProbe(container.getLivenessProbe(), "/q/health/live", ports, container.getName());
            }
        }
    }

    private static void assertProbe(Probe probe, String path, Set<String> ports, String container) {
        assertThat(probe).as("%s probe of %s", path, container).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(container).isEqualTo(path);
        assertThat(ports).as("%s probes a port it declares", container).contains(probe.getHttpGet().getPort().getStrVal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String kustomization) {
        for (Deployment deployment : ofType(render(kustomization), Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertThat(container.getResources().getRequests()).as(container.getName()).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(container.getName()).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits().get("memory").getNumericalAmount())
                        .as("%s memory limit at least its request", container.getName())
                        .isGreaterThanOrEqualTo(container.getResources().getRequests().get("memory").getNumericalAmount());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void everyPodRunsAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp(String kustomization) {
        for (Deployment deployment : ofType(render(kustomization), Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String name = deployment.getMetadata().getName();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(name).isNotNull().isNotZero();
            for (Container container : pod.getContainers()) {
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).contains("ALL");
                VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                        .findFirst().orElseThrow(() -> new AssertionError(name + " mounts nothing at /tmp"));
                Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst()
                        .orElseThrow(() -> new AssertionError(name + ": no volume " + tmp.getName()));
                assertThat(volume.getEmptyDir()).as("%s /tmp is an emptyDir", name).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void everyVariableAServiceReadsIsSetFromAConfigMapOrSecretAndNothingElse(String kustomization) {
        List<KubernetesResource> resources = render(kustomization);
        Map<String, Map<String, String>> configMaps = new HashMap<>();
        ofType(resources, ConfigMap.class).forEach(c -> configMaps.put(c.getMetadata().getName(), c.getData()));
        for (String service : SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(ROOT, service);
            Container container = deployment(resources, service).getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, String> sources = new HashMap<>();
            for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                assertThat(from.getConfigMapRef()).as("%s: envFrom names ConfigMaps only (Secrets key by key)", service)
                        .isNotNull();
                Map<String, String> data = configMaps.get(from.getConfigMapRef().getName());
                assertThat(data).as("%s: ConfigMap %s is in the overlay", service, from.getConfigMapRef().getName())
                        .isNotNull();
                data.keySet().forEach(key -> sources.put(key, "ConfigMap " + from.getConfigMapRef().getName()));
            }
            for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                assertThat(variable.getValueFrom()).as("%s: %s is set from a ConfigMap or Secret, not inline", service,
                        variable.getName()).isNotNull();
                boolean fromSecret = variable.getValueFrom().getSecretKeyRef() != null;
                boolean fromConfigMap = variable.getValueFrom().getConfigMapKeyRef() != null;
                assertThat(fromSecret || fromConfigMap).as("%s: %s", service, variable.getName()).isTrue();
                if (fromConfigMap) {
                    var ref = variable.getValueFrom().getConfigMapKeyRef();
                    assertThat(configMaps.getOrDefault(ref.getName(), Map.of())).as("%s: %s", service, variable.getName())
                            .containsKey(ref.getKey());
                }
                sources.put(variable.getName(), fromSecret ? "Secret" : "ConfigMap");
            }
            assertThat(sources.keySet()).as("%s: variables it reads, set in %s", service, kustomization)
                    .containsAll(configuration.environmentVariables());
            assertThat(sources.keySet().stream().filter(key -> !configuration.reads(key)))
                    .as("%s: variables set that it does not read (misspelt?)", service).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void credentialsAndKeysComeFromSecrets(String kustomization) {
        List<KubernetesResource> resources = render(kustomization);
        Set<String> secretOnly = Set.of("DB_PASSWORD", "SMTP_PASSWORD", "UNSUBSCRIBE_SECRET");
        for (ConfigMap configMap : ofType(resources, ConfigMap.class)) {
            assertThat(configMap.getData().keySet()).as(configMap.getMetadata().getName()).doesNotContainAnyElementsOf(secretOnly);
        }
        for (String service : SERVICES) {
            Container container = deployment(resources, service).getSpec().getTemplate().getSpec().getContainers().get(0);
            for (EnvVar variable : container.getEnv()) {
                if (secretOnly.contains(variable.getName())) {
                    assertThat(variable.getValueFrom().getSecretKeyRef()).as("%s %s", service, variable.getName()).isNotNull();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void everyDeploymentHasADisruptionBudgetAndPlanServiceAnAutoscaler(String kustomization) {
        List<KubernetesResource> resources = render(kustomization);
        for (Deployment deployment : ofType(resources, Deployment.class)) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(ofType(resources, PodDisruptionBudget.class)).as(deployment.getMetadata().getName())
                    .anySatisfy(pdb -> assertThat(labels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels()));
        }
        List<HorizontalPodAutoscaler> autoscalers = ofType(resources, HorizontalPodAutoscaler.class);
        assertThat(autoscalers).extracting(h -> h.getSpec().getScaleTargetRef().getName()).containsExactly("plan-service");
        assertThat(autoscalers.get(0).getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void notificationServiceHasNoMoreReplicasThanPlanEventsHasPartitions(String kustomization) {
        List<KubernetesResource> resources = render(kustomization);
        int partitions = ofType(resources, GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals("KafkaTopic") && r.getMetadata().getName().equals("plan-events"))
                .map(r -> ((Number) ((Map<?, ?>) r.getAdditionalProperties().get("spec")).get("partitions")).intValue())
                .findFirst().orElse(DEFAULT_PLAN_EVENTS_PARTITIONS);

        assertThat(deployment(resources, "notification-service").getSpec().getReplicas()).isBetween(1, partitions);
        assertThat(ofType(resources, HorizontalPodAutoscaler.class))
                .noneMatch(h -> h.getSpec().getScaleTargetRef().getName().equals("notification-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void ingressesRouteToServicesThatSelectPodsOnDeclaredPorts(String kustomization) {
        List<KubernetesResource> resources = render(kustomization);
        Map<String, Service> services = ofType(resources, Service.class).stream()
                .collect(Collectors.toMap(s -> s.getMetadata().getName(), s -> s));
        for (Service service : services.values()) {
            Deployment target = ofType(resources, Deployment.class).stream()
                    .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                            .containsAll(service.getSpec().getSelector().entrySet()))
                    .findFirst().orElseThrow(() -> new AssertionError("Service " + service.getMetadata().getName()
                            + " selects no Deployment"));
            Set<String> containerPorts = target.getSpec().getTemplate().getSpec().getContainers().stream()
                    .flatMap(c -> c.getPorts().stream()).map(p -> p.getName()).collect(Collectors.toSet());
            service.getSpec().getPorts().forEach(port -> assertThat(containerPorts)
                    .as("Service %s target port", service.getMetadata().getName()).contains(port.getTargetPort().getStrVal()));
        }
        List<IngressServiceBackend> backends = new ArrayList<>();
        ofType(resources, Ingress.class).forEach(ingress -> ingress.getSpec().getRules().forEach(rule ->
                rule.getHttp().getPaths().forEach(path -> backends.add(path.getBackend().getService()))));
        assertThat(backends).isNotEmpty().allSatisfy(backend -> {
            assertThat(services).as("backend %s", backend.getName()).containsKey(backend.getName());
            assertThat(services.get(backend.getName()).getSpec().getPorts())
                    .anyMatch(port -> Objects.equals(port.getName(), backend.getPort().getName()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "overlays/operators"})
    void theEventStreamIsProxiedUnbufferedWithHourLongTimeouts(String kustomization) {
        Ingress events = ofType(render(kustomization), Ingress.class).stream()
                .filter(i -> i.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream())
                        .anyMatch(p -> p.getPath().equals("/api/v1/events")))
                .findFirst().orElseThrow(() -> new AssertionError("no Ingress routes /api/v1/events"));
        Map<String, String> annotations = events.getMetadata().getAnnotations();

        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off");
        assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout"))).isGreaterThanOrEqualTo(3600);
        assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-send-timeout"))).isGreaterThanOrEqualTo(3600);
    }

    @Test
    void overlaysReplaceImagesAndSetTheNamespaceOnEveryResource() {
        List<KubernetesResource> resources = render("overlays/production");

        assertThat(resources).allSatisfy(r -> assertThat(((HasMetadata) r).getMetadata().getNamespace()).isEqualTo("actiontracker"));
        assertThat(deployment(resources, "plan-service").getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("registry.example.org/actiontracker/plan-service:1.0.0-SNAPSHOT");
    }

    @Test
    void theOperatorsOverlayTakesDatabaseCredentialsFromCloudNativePgSecrets() {
        Container plan = deployment(render("overlays/operators"), "plan-service").getSpec().getTemplate().getSpec()
                .getContainers().get(0);

        assertThat(plan.getEnv()).filteredOn(v -> v.getName().equals("DB_PASSWORD")).singleElement()
                .satisfies(v -> assertThat(v.getValueFrom().getSecretKeyRef().getName()).isEqualTo("plans-db-app"));
    }

    @Test
    void aMisspeltFieldIsReported() {
        Map<String, Object> deployment = Kustomize.render(K8S.resolve("base")).stream()
                .filter(r -> r.get("kind").equals("Deployment")).findFirst().orElseThrow();
        Map<String, Object> misspelt = StrategicMerge.apply(deployment, Map.of("spec", Map.of("replica", 2)));

        assertThat(UnknownFields.of(SERIALIZATION.convertValue(misspelt, KubernetesResource.class))).contains("spec.replica");
    }

    @Test
    void aKustomizationFieldThisRendererDoesNotApplyFailsTheRendering() {
        assertThatThrownBy(() -> Kustomize.render(ROOT.resolve("deploy/manifests-check/src/test/resources/unsupported")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("configMapGenerator");
    }
}
