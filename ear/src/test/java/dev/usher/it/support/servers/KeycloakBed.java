package dev.usher.it.support.servers;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One Keycloak and one Usher server that trusts it (configured only through the README's
 * environment variables), shared by every Keycloak test of the run. Both start in the
 * background, side by side, as soon as the test plan holds a test tagged {@value #TAG}, so they
 * boot while other tests run; they are stopped when the plan ends.
 */
public final class KeycloakBed implements TestExecutionListener {

    public static final String TAG = "keycloak";

    /** The running pair. */
    public record Running(Keycloak keycloak, LibertyProcess usher, String usherUrl) {
    }

    private static CompletableFuture<Running> running;
    private static CompletableFuture<Void> settled;
    private static Keycloak keycloak;
    private static LibertyProcess usher;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean wanted = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(test -> test.getTags().stream().anyMatch(tag -> TAG.equals(tag.getName())));
        if (wanted) {
            start();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        stop();
    }

    /** Waits for the pair (starting it if nothing has yet). */
    public static Running await() {
        return start().join();
    }

    private static synchronized CompletableFuture<Running> start() {
        if (running == null) {
            String port = System.getProperty("usher.it.keycloak.usher.httpPort");
            String usherUrl = "http://localhost:" + port;
            keycloak = new Keycloak();
            usher = new LibertyProcess(System.getProperty("usher.it.keycloak.usher.serverName"), port,
                    TestEnvironment.serverEnvWithIdentity(System.getProperty("usher.it.keycloak.usher.db.url"), port,
                            System.getProperty("usher.it.keycloak.usher.httpsPort"), List.of(
                                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION=" + keycloak.jwksUrl(),
                                    "MP_JWT_VERIFY_ISSUER=" + keycloak.issuer(),
                                    "MP_JWT_VERIFY_AUDIENCES=" + Keycloak.AUDIENCE,
                                    "USHER_OIDC_ISSUER=" + keycloak.issuer(),
                                    "USHER_OIDC_CLIENT_ID=" + Keycloak.CLIENT_ID)));
            ExecutorService threads = Executors.newFixedThreadPool(2, work -> {
                Thread thread = new Thread(work, "keycloak-bed");
                thread.setDaemon(true);
                return thread;
            });
            CompletableFuture<Void> keycloakUp = CompletableFuture.runAsync(() -> timed("Keycloak", () -> keycloak.start(usherUrl)), threads);
            CompletableFuture<Void> usherUp = CompletableFuture.runAsync(() -> timed("Usher for Keycloak", usher::start), threads);
            running = keycloakUp.thenCombine(usherUp, (up, alsoUp) -> new Running(keycloak, usher, usherUrl));
            settled = CompletableFuture.allOf(keycloakUp, usherUp).handle((done, failure) -> null);
            settled.whenComplete((done, failure) -> threads.shutdown());
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakBed::stop));
        }
        return running;
    }

    /** Runs a start and says in the test log how long it took (a figure to keep an eye on: CI time). */
    private static void timed(String what, Runnable start) {
        Instant begin = Instant.now();
        start.run();
        System.out.printf("%s was ready %d s after its start%n", what, Duration.between(begin, Instant.now()).toSeconds());
    }

    private static synchronized void stop() {
        if (running == null) {
            return;
        }
        settled.join(); // a start still under way finishes (or fails) first, so nothing is left running
        keycloak.close();
        usher.close();
        running = null;
    }
}
