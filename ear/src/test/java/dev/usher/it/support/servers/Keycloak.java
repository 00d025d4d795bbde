package dev.usher.it.support.servers;

import dev.usher.it.support.clients.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * A real Keycloak (the distribution from Maven Central that the build unpacks into target/),
 * started on loopback in development mode with an in-memory database and the realm of
 * src/test/keycloak/usher-realm.json imported: users with groups and the console's public
 * client (PKCE S256, a groups mapper and an audience mapper). Keycloak 26 needs Java 21+, so it
 * runs on the JDK named by {@code usher.it.keycloak.javaHome}. Passwords are random per run.
 */
public final class Keycloak implements AutoCloseable {

    static final String REALM = "usher";
    static final String CLIENT_ID = "usher-console";
    static final String AUDIENCE = "usher";

    private final Path home = Path.of(System.getProperty("usher.it.keycloak.home"));
    private final String port = System.getProperty("usher.it.keycloak.port");
    private final String adminPassword = random();
    private final Map<String, String> passwords = Map.of("dana", random(), "omer", random());
    private Process process;

    /** The realm's users: Dana is in the super-admin group, Omer in none. */
    public String password(String username) {
        return passwords.get(username);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return base() + "/realms/" + REALM;
    }

    String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** Imports the realm with the console's address as its redirect URI, starts Keycloak and waits until the realm answers. */
    void start(String consoleUrl) {
        try {
            Path realm = Path.of(System.getProperty("usher.it.keycloak.realm"));
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.writeString(imports.resolve("usher-realm.json"), Files.readString(realm)
                    .replace("${usher.url}", consoleUrl)
                    .replace("${dana.password}", passwords.get("dana"))
                    .replace("${omer.password}", passwords.get("omer")));
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--db=dev-mem", "--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--hostname=" + base(), "--health-enabled=false", "--metrics-enabled=false")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolveSibling("keycloak.log").toFile());
            Path javaHome = Path.of(System.getProperty("usher.it.keycloak.javaHome"));
            if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
                throw new IllegalStateException("Keycloak 26 needs Java 21 or newer and there is no JDK at " + javaHome
                        + ": install one (Temurin's is under /usr/lib/jvm on the project's machines) and name it with"
                        + " -Dit.keycloak.java.home=...");
            }
            builder.environment().put("JAVA_HOME", javaHome.toString());
            // A small heap and the quick JIT only: Keycloak's defaults size the heap from the machine's
            // memory and compile for the long run, too much for a test JVM that lives a few minutes.
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Only so a broken start cannot hang the build: a first start augments the distribution
        // (Quarkus's build step), which took 4 minutes on a loaded 2-core machine.
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(20));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see "
                        + home.resolveSibling("keycloak.log"));
            }
            try {
                if (Api.anonymous().at(base()).get("/realms/" + REALM + "/.well-known/openid-configuration").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            LibertyProcess.sleep(500);
        }
        throw new AssertionError("Keycloak did not come up; see " + home.resolveSibling("keycloak.log"));
    }

    /** The realm's signing key providers (components of type KeyProvider). */
    JsonArray keyProviders() {
        return admin("GET", "/components?type=org.keycloak.keys.KeyProvider&parent=" + realmId(), null).array();
    }

    /** The realm's published JWK set. */
    public String jwks() {
        return Api.anonymous().at(base()).get("/realms/" + REALM + "/protocol/openid-connect/certs").body();
    }

    /**
     * Key rotation as an operator does it: a new RSA key with a higher priority (so it signs from now
     * on), then the old RSA keys deleted, so Keycloak neither signs with nor publishes them.
     */
    public void rotateSigningKey() {
        JsonArray before = keyProviders();
        admin("POST", "/components", Json.createObjectBuilder()
                .add("name", "rsa-rotated-" + random().substring(0, 6))
                .add("providerId", "rsa-generated")
                .add("providerType", "org.keycloak.keys.KeyProvider")
                .add("parentId", realmId())
                .add("config", Json.createObjectBuilder()
                        .add("priority", Json.createArrayBuilder().add("1000"))
                        .add("enabled", Json.createArrayBuilder().add("true"))
                        .add("active", Json.createArrayBuilder().add("true"))
                        .add("algorithm", Json.createArrayBuilder().add("RS256"))
                        .add("keySize", Json.createArrayBuilder().add("2048")))
                .build().toString());
        for (JsonObject provider : before.getValuesAs(JsonObject.class)) {
            if ("rsa-generated".equals(provider.getString("providerId"))) {
                admin("DELETE", "/components/" + provider.getString("id"), null);
            }
        }
    }

    private String realmId() {
        return admin("GET", "", null).object().getString("id");
    }

    /** Calls Keycloak's admin REST API on the realm as the bootstrap administrator. */
    private Api.Reply admin(String method, String path, String json) {
        Api.Reply token = Api.anonymous().at(base()).send("POST", "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password="
                        + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        if (token.status() != 200) {
            throw new IllegalStateException("No admin token: " + token);
        }
        Api.Reply reply = Api.bearer(token.object().getString("access_token")).at(base())
                .send(method, "/admin/realms/" + REALM + path, json, json == null ? null : "application/json");
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + reply);
        }
        return reply;
    }

    private static String random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stops Keycloak (kc.sh's JVM and the script around it). */
    @Override
    public void close() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
