package be.wallonie.parcours.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Kubernetes manifests of {@code deploy/kubernetes/} (deploy/README.md "Container and Kubernetes",
 * docs/adr/0036-oci-image-and-observability.md) parse, match the image (non-root, read-only root file system, ports
 * 8080 and 9000) and the settings of docs/configuration.md. Plain JUnit: no cluster is needed, nor kubeconform.
 */
class KubernetesManifestsTest {

    private static final Path DEPLOY = Path.of("..", "deploy", "kubernetes");
    private static final Path CONFIGURATION = Path.of("..", "docs", "configuration.md");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<JsonNode> manifests() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = YAML.getFactory().createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).readAll().stream().filter(node -> !node.isNull())
                            .forEach(all::add);
                }
            }
        }
        return all;
    }

    private static JsonNode one(String kind) throws IOException {
        return manifests().stream().filter(m -> m.path("kind").asText().equals(kind)).findFirst().orElseThrow();
    }

    private static JsonNode container() throws IOException {
        return one("Deployment").at("/spec/template/spec/containers/0");
    }

    @Test
    void everyManifestParsesAndNamesItsApiVersionKindAndName() throws IOException {
        List<JsonNode> manifests = manifests();
        assertThat(manifests).extracting(m -> m.path("kind").asText()).contains("Deployment", "Service",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "ConfigMap", "Cluster",
                "ScheduledBackup", "Kustomization");
        assertThat(manifests).allSatisfy(m -> {
            assertThat(m.path("apiVersion").asText()).isNotBlank();
            if (!m.path("kind").asText().equals("Kustomization")) {
                assertThat(m.at("/metadata/name").asText()).isNotBlank();
            }
        });
    }

    @Test
    void theKustomizationListsFilesThatExist() throws IOException {
        for (JsonNode resource : one("Kustomization").path("resources")) {
            assertThat(DEPLOY.resolve(resource.asText())).exists();
        }
    }

    @Test
    void theImageIsPinnedByDigestNeverByTag() throws IOException {
        assertThat(container().path("image").asText()).matches("[^:@\\s]+(/[^:@\\s]+)*@sha256:[0-9a-f]{64}");
    }

    @Test
    void theContainerRunsAsNonRootWithAReadOnlyRootFileSystemNoCapabilitiesAndTheDefaultSeccompProfile()
            throws IOException {
        JsonNode pod = one("Deployment").at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).as("the image's user").isEqualTo(10001);
        assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        JsonNode security = container().path("securityContext");
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(security.at("/capabilities/drop")).extracting(JsonNode::asText).containsExactly("ALL");
        // the only writable place: /tmp, an emptyDir
        assertThat(container().path("volumeMounts")).anySatisfy(mount -> {
            assertThat(mount.path("mountPath").asText()).isEqualTo("/tmp");
            String volume = mount.path("name").asText();
            assertThat(pod.path("volumes")).anySatisfy(v -> {
                assertThat(v.path("name").asText()).isEqualTo(volume);
                assertThat(v.has("emptyDir")).isTrue();
            });
        });
    }

    @Test
    void theProbesAskTheHealthEndpointsOnTheManagementPort() throws IOException {
        JsonNode container = container();
        assertThat(container.path("ports")).anySatisfy(port -> {
            assertThat(port.path("name").asText()).isEqualTo("management");
            assertThat(port.path("containerPort").asInt()).isEqualTo(9000);
        });
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo("management");
        }
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
    }

    @Test
    void theNetworkPolicyLetsInOnlyTheApiAndTheMonitoringAndOutOnlyPostgresqlAndDns() throws IOException {
        JsonNode policy = one("NetworkPolicy").path("spec");
        assertThat(policy.path("policyTypes")).extracting(JsonNode::asText).containsExactlyInAnyOrder("Ingress",
                "Egress");
        assertThat(ports(policy.path("ingress"))).containsExactlyInAnyOrder(8080, 9000);
        assertThat(ports(policy.path("egress"))).containsExactlyInAnyOrder(5432, 53, 53);
    }

    @Test
    void theServiceExposesTheApiButNotTheManagementPort() throws IOException {
        JsonNode service = manifests().stream().filter(m -> m.path("kind").asText().equals("Service")
                && m.at("/metadata/name").asText().equals("parcours")).findFirst().orElseThrow();
        assertThat(service.at("/spec/ports")).singleElement()
                .satisfies(port -> assertThat(port.path("targetPort").asText()).isEqualTo("http"));
    }

    @Test
    void everyVariableTheManifestsSetIsDocumentedInTheConfigurationReference() throws IOException {
        String reference = Files.readString(CONFIGURATION);
        assertThat(variablesSet()).allSatisfy(variable -> assertThat(reference).as(variable).contains("`" + variable));
    }

    @Test
    void everyVariableTheConfigurationReferenceMarksRequiredIsSetByTheManifests() throws IOException {
        Set<String> required = requiredVariables();
        assertThat(required).as("the required variables of docs/configuration.md").contains(
                "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_FLYWAY_USERNAME", "PARCOURS_PUBLIC_BASE_URL");
        assertThat(variablesSet()).containsAll(required);
    }

    /** The variables of the ConfigMap and of the container's env. */
    private static Set<String> variablesSet() throws IOException {
        Set<String> variables = new TreeSet<>();
        one("ConfigMap").path("data").fieldNames().forEachRemaining(variables::add);
        container().path("env").forEach(env -> variables.add(env.path("name").asText()));
        return variables;
    }

    /** The rows "| `NAME` | yes | ..." of the production table of docs/configuration.md. */
    private static Set<String> requiredVariables() throws IOException {
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)`(?: / `([A-Z0-9_]+)`)? \\| yes").matcher(
                Files.readString(CONFIGURATION));
        Set<String> required = new TreeSet<>();
        while (row.find()) {
            required.add(row.group(1));
            if (row.group(2) != null) {
                required.add(row.group(2));
            }
        }
        return required;
    }

    private static List<Integer> ports(JsonNode rules) {
        List<Integer> ports = new ArrayList<>();
        rules.forEach(rule -> rule.path("ports").forEach(port -> ports.add(port.path("port").asInt())));
        return ports;
    }
}
