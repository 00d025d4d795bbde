package dev.usher.it.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Three Usher servers from the one built EAR on one database, behind Debian's HAProxy on loopback:
 * round robin, no sticky sessions, each server checked on {@code /health}. Started once per test
 * JVM (the cluster execution's) and stopped when it ends. The servers run the shipped
 * configuration plus what README's "Running several servers" asks of every server behind a load
 * balancer: one database, the same issuer settings (the test key, dev issuer off), one
 * {@code PUBLIC_BASE_URL} (the load balancer's), one TLS key, and the balancer trusted for
 * {@code X-Forwarded-For} ({@code USHER_TRUSTED_PROXIES}).
 */
public final class Cluster {

    private static Cluster started;

    private final List<Node> nodes = new ArrayList<>();
    private final Path dir = Path.of(System.getProperty("usher.it.cluster.dir", "target/cluster"));
    private final int lbPort = Integer.getInteger("usher.it.cluster.lbPort");
    private Process haproxy;
    private boolean stopped;

    /** The cluster, started on first use; later calls start again only servers that were killed. */
    public static synchronized Cluster get() {
        if (started == null) {
            started = new Cluster();
            // Registered first: a start that fails half-way leaves no server or balancer behind.
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            started.start();
        }
        return started;
    }

    private Cluster() {
        String[] names = System.getProperty("usher.it.cluster.serverNames").split(",");
        String[] http = System.getProperty("usher.it.cluster.httpPorts").split(",");
        String[] https = System.getProperty("usher.it.cluster.httpsPorts").split(",");
        for (int i = 0; i < names.length; i++) {
            nodes.add(new Node("s" + (i + 1), names[i], http[i], https[i], serverEnv(http[i], https[i])));
        }
    }

    /** One server behind the balancer: its HAProxy name ({@code s1}...), as the {@code X-Usher-Server} header names it. */
    public static final class Node extends LibertyProcess {
        private final String id;
        private final String httpsPort;

        Node(String id, String name, String port, String httpsPort, String env) {
            super(name, port, env);
            this.id = id;
            this.httpsPort = httpsPort;
        }

        public String id() {
            return id;
        }

        public String httpsUrl() {
            return "https://localhost:" + httpsPort;
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    /** The load balancer's address, every test's default (usher.it.baseUrl). */
    public String url() {
        return "http://localhost:" + lbPort;
    }

    private String serverEnv(String http, String https) {
        Map<String, String> lines = new LinkedHashMap<>();
        TestEnvironment.serverEnvFor(System.getProperty("usher.it.db.url"), http, https, List.of(
                "PUBLIC_BASE_URL=" + url(),
                // The balancer adds the client's address to X-Forwarded-For; each server trusts that
                // header from the balancer's address only (here loopback), so per-address limits see
                // the client.
                TestEnvironment.TRUST_LOOPBACK,
                // A dead server is noticed within 16 s. 5 s (as in JobsAcrossServersIT, one server)
                // was missed by a live server of three at load 25-41: its job was declared dead.
                "USHER_JOBS_HEARTBEAT_SECONDS=1",
                "USHER_JOBS_SERVER_TIMEOUT_SECONDS=15",
                // Fast enough for a few thousand guests, slow enough to stop a broadcast midway.
                "USHER_WHATSAPP_BROADCAST_RATE=" + BROADCAST_RATE)).lines().forEach(line -> {
                    String key = line.contains("=") && !line.startsWith("#") ? line.substring(0, line.indexOf('=')) : line;
                    lines.remove(key);
                    lines.put(key, line);
                });
        return String.join("\n", lines.values()) + "\n";
    }

    /** Messages per second of the business number, for all three servers together. */
    public static final int BROADCAST_RATE = Integer.getInteger("usher.it.cluster.broadcastRate", 200);

    private void start() {
        try {
            Files.createDirectories(dir);
            // The first server makes the TLS key the others share (Liberty's batch REST API
            // forwards a stop to the server running the job over HTTPS); those two start together.
            nodes.get(0).start();
            for (Node node : nodes.subList(1, nodes.size())) {
                shareKeystore(nodes.get(0), node);
            }
            CompletableFuture.allOf(nodes.subList(1, nodes.size()).stream()
                    .map(node -> CompletableFuture.runAsync(node::start)).toArray(CompletableFuture[]::new)).join();
            startHaproxy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void shareKeystore(Node from, Node to) throws IOException {
        Path key = to.directory().resolve("resources/security/key.p12");
        Files.createDirectories(key.getParent());
        Files.copy(from.directory().resolve("resources/security/key.p12"), key, StandardCopyOption.REPLACE_EXISTING);
        String password = Files.readString(from.directory().resolve("server.env")).lines()
                .filter(l -> l.startsWith("keystore_password=")).findFirst().orElseThrow();
        Path env = to.directory().resolve("server.env");
        Files.writeString(env, Files.readString(env).lines().filter(l -> !l.startsWith("keystore_password="))
                .reduce("", (a, b) -> a + b + "\n") + password + "\n");
    }

    /** The HAProxy configuration this cluster runs with (also README's example). */
    String haproxyConfig() {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 4096
                    # Health changes and failed requests, to target/cluster/haproxy.log.
                    log stdout format raw local0 notice
                defaults
                    mode http
                    log global
                    option dontlog-normal
                    option log-health-checks
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                    # A health answer may take seconds on a loaded machine; not a reason to drop a server.
                    timeout check 10s
                    # The client's address for per-address limits (the servers trust it from here).
                    option forwardfor
                    # A request that cannot reach its server (one just killed) goes to another.
                    retries 3
                    option redispatch
                frontend usher
                    bind 127.0.0.1:%d
                    default_backend usher
                backend usher
                    balance roundrobin
                    option httpchk GET /health
                    http-check expect status 200
                    default-server inter 1s fall 3 rise 2
                    # Which server answered: the test's proof that requests are spread.
                    http-response set-header X-Usher-Server %%s
                """.formatted(lbPort));
        for (Node node : nodes) {
            config.append("    server ").append(node.id()).append(" 127.0.0.1:")
                    .append(node.baseUrl().substring(node.baseUrl().lastIndexOf(':') + 1)).append(" check\n");
        }
        return config.toString();
    }

    private void startHaproxy() throws IOException {
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig());
        // -db: in the foreground, a child of this JVM, so it ends with it.
        haproxy = new ProcessBuilder(System.getProperty("usher.it.cluster.haproxy", "/usr/sbin/haproxy"),
                "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("haproxy.log").toFile()))
                .start();
        // Ready once every server passed its health checks.
        Readiness.await(url(), java.time.Duration.ofMinutes(1), () -> {
            if (!haproxy.isAlive()) {
                throw new AssertionError("haproxy ended with " + haproxy.exitValue() + "; see " + dir.resolve("haproxy.log"));
            }
        }, "The load balancer");
        for (int i = 0; i < 480 && !allUp(); i++) {
            LibertyProcess.sleep(250);
        }
        if (!allUp()) {
            throw new AssertionError("Not every server passed the load balancer's health check; see "
                    + dir.resolve("haproxy.log"));
        }
    }

    /** Whether three requests in a row reached three different servers. */
    private boolean allUp() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < nodes.size() * 2; i++) {
            try {
                // HTTP/1.1: the JDK client's default h2c upgrade is tunnelled by HAProxy, whose
                // response header then never reaches the client.
                seen.add(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url() + "/health")).build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                        .headers().firstValue("X-Usher-Server").orElse(""));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return seen.size() == nodes.size();
    }

    /** Stops the balancer and the servers (again at the JVM's end, which then finds nothing to do). */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (haproxy != null) {
            haproxy.destroy();
        }
        nodes.parallelStream().forEach(node -> {
            try {
                node.close();
            } catch (RuntimeException e) {
                System.err.println("Cluster: stopping " + node.id() + ": " + e);
            }
        });
    }
}
