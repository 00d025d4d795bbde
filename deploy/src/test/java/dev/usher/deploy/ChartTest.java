package dev.usher.deploy;

import static dev.usher.deploy.RenderedChart.at;
import static dev.usher.deploy.RenderedChart.list;
import static dev.usher.deploy.RenderedChart.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Helm chart, rendered by the real Helm with its default values and as a three-replica
 * cluster with the bundled PostgreSQL: what Kubernetes would be given parses, runs the server
 * with every setting it reads, and checks its health the way MicroProfile Health answers.
 */
class ChartTest {

    /** Several replicas, as NOTES.txt and values.yaml say they must be set up. */
    static final Map<String, String> CLUSTER = Map.of(
            "replicaCount", "3",
            "config.USHER_DEV_ISSUER", "false",
            "config.MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://sso.example.com/realms/usher/protocol/openid-connect/certs",
            "config.MP_JWT_VERIFY_ISSUER", "https://sso.example.com/realms/usher",
            "config.PUBLIC_BASE_URL", "https://usher.example.com",
            "postgresql.enabled", "true",
            "secrets.DB_PASSWORD", "a-password-for-this-test");

    @Test
    void lintsClean() {
        LintResult lint = RenderedChart.chart().lint().strict().call();
        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
    }

    @Test
    void defaultsRunOneServerOnAnExternalDatabase() {
        RenderedChart chart = RenderedChart.render(Map.of());
        Map<String, Object> deployment = chart.one("Deployment");
        assertThat(at(deployment, "spec", "replicas")).isEqualTo(1);
        assertThat(chart.all("StatefulSet")).isEmpty();
        assertThat(configMap(chart)).containsEntry("DB_URL", "jdbc:postgresql://postgres:5432/usher")
                .containsEntry("HTTP_HOST", "*")
                // An empty value stays unset: the server's own default applies.
                .doesNotContainKeys("PUBLIC_BASE_URL", "SMTP_HOST")
                .allSatisfy((name, value) -> assertThat(String.valueOf(value)).as(name).isNotEmpty());
        assertServes(chart);
    }

    @Test
    void runsSeveralServersOnTheBundledDatabase() {
        RenderedChart chart = RenderedChart.render(CLUSTER);
        assertThat(at(chart.one("Deployment"), "spec", "replicas")).isEqualTo(3);
        assertServes(chart);

        String database = RenderedChart.RELEASE + "-postgresql";
        Map<String, Object> statefulSet = chart.one("StatefulSet", database);
        Map<String, Object> postgres = map(list(at(statefulSet, "spec", "template", "spec", "containers")).get(0));
        // The job repository's data source is XA: PostgreSQL must allow prepared transactions.
        assertThat(list(postgres.get("args"))).contains("max_prepared_transactions=200", "max_connections=200");
        assertThat(configMap(chart)).containsEntry("DB_URL", "jdbc:postgresql://" + database + ":5432/usher")
                .containsEntry("USHER_DEV_ISSUER", "false");
        assertThat(selector(chart.one("Service", database)))
                .isEqualTo(at(statefulSet, "spec", "template", "metadata", "labels"));
        assertThat(map(at(chart.one("Secret"), "stringData"))).containsEntry("DB_PASSWORD", "a-password-for-this-test");
    }

    /**
     * A regular expression (USHER_TRUSTED_PROXIES) reaches the server as written in the values
     * file, backslashes and all: the chart passes values through YAML twice (values, ConfigMap).
     */
    @Test
    void passesATrustedProxiesPatternThroughUnchanged(@TempDir Path dir) throws IOException {
        Path values = Files.writeString(dir.resolve("values.yaml"), """
                config:
                  USHER_TRUSTED_PROXIES: '10\\.42\\.\\d+\\.\\d+|0:0:0:0:0:0:0:1'
                """);
        assertThat(configMap(RenderedChart.render(values)))
                .containsEntry("USHER_TRUSTED_PROXIES", "10\\.42\\.\\d+\\.\\d+|0:0:0:0:0:0:0:1");
        assertThat(configMap(RenderedChart.render(Map.of()))).as("unset by default: no proxy is trusted")
                .doesNotContainKey("USHER_TRUSTED_PROXIES");
    }

    @Test
    void readsTheSecretsFromAnExistingSecret() {
        RenderedChart chart = RenderedChart.render(Map.of("existingSecret", "usher-secrets"));
        assertThat(chart.all("Secret")).isEmpty();
        Map<String, Object> container = map(list(at(chart.one("Deployment"), "spec", "template", "spec", "containers")).get(0));
        assertThat(list(container.get("env"))).filteredOn(env -> ServerSettings.secret((String) map(env).get("name")))
                .isNotEmpty()
                .allSatisfy(env -> assertThat(at(env, "valueFrom", "secretKeyRef", "name")).isEqualTo("usher-secrets"));
    }

    @Test
    void refusesSeveralReplicasWithTheDevelopmentIssuerOn() {
        Map<String, String> devIssuer = new LinkedHashMap<>(CLUSTER);
        devIssuer.remove("config.USHER_DEV_ISSUER");
        assertThatThrownBy(() -> RenderedChart.render(devIssuer)).hasMessageContaining("USHER_DEV_ISSUER");
    }

    @Test
    void refusesTheBundledDatabaseWithoutAPassword() {
        assertThatThrownBy(() -> RenderedChart.render(Map.of("postgresql.enabled", "true")))
                .hasMessageContaining("secrets.DB_PASSWORD");
    }

    /**
     * The server's container: every setting the server reads is in its environment, secrets from
     * the Secret and the rest from the ConfigMap; MicroProfile Health's endpoints as probes on the
     * port it listens on; the Service and the disruption budget select its pods.
     */
    private static void assertServes(RenderedChart chart) {
        Map<String, Object> deployment = chart.one("Deployment");
        Map<String, Object> pod = map(at(deployment, "spec", "template"));
        Map<String, Object> container = map(list(at(pod, "spec", "containers")).get(0));

        Map<String, String> sources = new LinkedHashMap<>();
        for (Object entry : list(container.get("env"))) {
            Map<String, Object> env = map(entry);
            Set<String> source = map(env.get("valueFrom")).keySet();
            String name = (String) env.get("name");
            // A setting under both config and secrets would be set twice, the Secret's hidden.
            assertThat(sources.put(name, source.iterator().next())).as("%s set twice", name).isNull();
        }
        assertThat(sources).as("the server's environment in the rendered Deployment")
                .containsKeys(ServerSettings.names().toArray(String[]::new));
        sources.forEach((name, source) -> assertThat(source).as(name)
                .isEqualTo(ServerSettings.secret(name) ? "secretKeyRef" : "configMapKeyRef"));

        Map<String, Object> port = map(list(container.get("ports")).get(0));
        assertThat(port).containsEntry("name", "http").containsEntry("containerPort", 9080);
        assertThat(at(container, "readinessProbe", "httpGet")).isEqualTo(Map.of("path", "/health/ready", "port", "http"));
        assertThat(at(container, "livenessProbe", "httpGet")).isEqualTo(Map.of("path", "/health/live", "port", "http"));
        assertThat(at(container, "startupProbe", "httpGet")).isEqualTo(Map.of("path", "/health/started", "port", "http"));

        Object podLabels = at(pod, "metadata", "labels");
        assertThat(at(deployment, "spec", "selector", "matchLabels")).isEqualTo(podLabels);
        Map<String, Object> budget = chart.one("PodDisruptionBudget");
        assertThat(at(budget, "spec", "selector", "matchLabels")).isEqualTo(podLabels);
        assertThat(at(budget, "spec", "maxUnavailable")).isEqualTo(1);
        Map<String, Object> service = chart.one("Service", RenderedChart.RELEASE);
        assertThat(selector(service)).isEqualTo(podLabels);
        assertThat(map(list(at(service, "spec", "ports")).get(0))).containsEntry("targetPort", "http");
    }

    private static Object selector(Map<String, Object> service) {
        return at(service, "spec", "selector");
    }

    private static Map<String, Object> configMap(RenderedChart chart) {
        return map(at(chart.one("ConfigMap"), "data"));
    }
}
