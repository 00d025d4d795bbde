package dev.usher.it.identity;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.servers.CrashServer;
import dev.usher.it.support.standins.Tokens;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No bearer token, refused or accepted, reaches any file of the server: messages.log, console.log,
 * trace.log, FFDC incidents and summaries. It runs against a server of its own built from the
 * shipped server.xml (not the test server's), with trace switched on for the security components,
 * as an operator chasing a sign-in problem would: Liberty then writes its hidden messages to
 * trace.log, so that file is scanned too.
 *
 * <p>Tokens whose signature fails (signed by another key under the key id the server trusts, or
 * with a damaged signature) are among them: jose4j quotes such a token in full in the exception
 * mpJwt writes to an FFDC incident, so Usher's interceptor (server-config/token-check) refuses them
 * before mpJwt reads them. Without it, this test finds them in the FFDC files and trace.log.
 */
class TokensStayOutOfLogsIT {

    /** What an operator turns on to see why tokens are refused (the issue's trace.log came from it). */
    static final String TRACE = "*=info:com.ibm.ws.security.mp.jwt.*=event:com.ibm.ws.security.jwt.*=event"
            + ":com.ibm.ws.webcontainer.security.*=event";

    private static CrashServer server;
    private static Path serverDir;

    @BeforeAll
    static void start() throws IOException {
        serverDir = Path.of(System.getProperty("usher.it.wlpHome"), "usr/servers",
                System.getProperty("usher.it.crash.serverName"));
        server = new CrashServer();
        deleteRecursively(serverDir.resolve("logs"));
        Files.createDirectories(serverDir.resolve("configDropins/overrides"));
        Files.writeString(traceDropin(), "<server><logging traceSpecification=\"" + TRACE + "\"/></server>\n");
        server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            Files.deleteIfExists(traceDropin());
        }
    }

    private static Path traceDropin() {
        return serverDir.resolve("configDropins/overrides/it-trace.xml");
    }

    @Test
    void noTokenSentInAnyWayIsWrittenToAnyLogTraceOrFfdcFile() throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("valid", Tokens.valid(Api.uniqueEmail("valid"), "batch-operator"));
        tokens.put("valid super-admin", Tokens.valid(Api.uniqueEmail("admin"), "super-admin"));
        tokens.put("expired", Tokens.expired(Api.uniqueEmail("expired")));
        tokens.put("other issuer", Tokens.otherIssuer(Api.uniqueEmail("issuer")));
        JwtClaims audience = Tokens.claims(Api.uniqueEmail("audience"), Tokens.ISSUER, Instant.now().plusSeconds(600));
        audience.setAudience("someone-else");
        tokens.put("wrong audience", Tokens.withClaims(audience));
        JwtClaims early = Tokens.claims(Api.uniqueEmail("early"), Tokens.ISSUER, Instant.now().plusSeconds(600));
        early.setNotBefore(org.jose4j.jwt.NumericDate.fromSeconds(Instant.now().plusSeconds(1800).getEpochSecond()));
        tokens.put("not yet valid", Tokens.withClaims(early));
        tokens.put("alg none", Tokens.unsigned(Api.uniqueEmail("none")));
        String good = Tokens.valid(Api.uniqueEmail("tampered"));
        String[] parts = good.split("\\.");
        tokens.put("tampered payload", parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2]);
        tokens.put("signed by another key under the trusted key id", Tokens.foreignSigned(Api.uniqueEmail("foreign")));
        tokens.put("damaged signature", parts[0] + "." + parts[1] + "." + damaged(parts[2]));
        tokens.put("malformed", "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24gYXQgYWxs.c2lnbmF0dXJlLXRoYXQtaXMtbm90LWEtc2lnbmF0dXJl");
        tokens.put("two parts", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0");

        Api https = Api.anonymous().overHttps().at("https://localhost:" + System.getProperty("usher.it.crash.httpsPort"));
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            Api caller = Api.bearer(token.getValue()).at(server.baseUrl());
            Api.Reply me = caller.get("/api/me");
            assertThat(me.status()).as(token.getKey()).isEqualTo(token.getKey().startsWith("valid") ? 200 : 401);
            if (me.status() == 401) {
                // Refused by the interceptor or by mpJwt, the caller sees the same answer.
                assertThat(me.header("Content-Type")).as(token.getKey()).startsWith("application/problem+json");
                assertThat(me.header("WWW-Authenticate")).as(token.getKey()).startsWith("Bearer");
            }
            caller.get("/api/events");
            caller.post("/api/events", "{\"name\":\"x\"}");
            // A request that fails inside the server (an FFDC incident) while the caller is signed in.
            caller.post("/api/events", "{\"name\":\"nul \\u0000 in a name\"}");
            caller.send("PATCH", "/api/events/" + java.util.UUID.randomUUID(), "[1,2]", "application/merge-patch+json");
            // Public paths, where the token is not needed but still presented.
            caller.get("/api/public/config");
            caller.get("/api/validate-invitation/" + "B".repeat(32));
            caller.get("/health/ready");
            // Liberty's own batch REST API, over HTTPS.
            Api.bearer(token.getValue()).overHttps()
                    .at("https://localhost:" + System.getProperty("usher.it.crash.httpsPort"))
                    .get("/ibm/api/batch/jobinstances");
            // The token in a cookie and a lower-case scheme: not accepted, never written either.
            Api.anonymous().at(server.baseUrl()).sendBytes("GET", "/api/me", null,
                    Map.of("Cookie", "Bearer=" + token.getValue(), "X-Auth", token.getValue()));
            Api.anonymous().at(server.baseUrl()).sendBytes("GET", "/api/me", null,
                    Map.of("Authorization", "bearer " + token.getValue()));
        }
        assertThat(https.get("/health/ready").status()).isEqualTo(200);

        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(serverDir.resolve("logs"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the trace is on, so trace.log exists")
                .anyMatch(file -> file.getFileName().toString().startsWith("trace"));
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                for (String piece : pieces(token.getValue())) {
                    if (text.contains(piece)) {
                        found.add(token.getKey() + " in " + serverDir.relativize(file) + ": ..."
                                + around(text, piece) + "...");
                    }
                }
            }
        }
        assertThat(found).as("token material in the server's files").isEmpty();
    }

    /** The same signature with its first characters changed: still base64url, no longer valid. */
    private static String damaged(String signature) {
        String start = signature.startsWith("AAAA") ? "BBBB" : "AAAA";
        return start + signature.substring(4);
    }

    /** The whole token, its signed part (header and claims) and its signature, each long enough to be unique. */
    private static List<String> pieces(String token) {
        List<String> pieces = new ArrayList<>(List.of(token));
        int lastDot = token.lastIndexOf('.');
        if (lastDot > 0) {
            pieces.add(token.substring(0, lastDot));
            String signature = token.substring(lastDot + 1);
            if (signature.length() >= 16) {
                pieces.add(signature);
            }
        }
        int firstDot = token.indexOf('.');
        if (firstDot > 0 && lastDot > firstDot) {
            pieces.add(token.substring(firstDot + 1, lastDot));
        }
        return pieces;
    }

    private static String around(String text, String piece) {
        int at = text.indexOf(piece);
        return text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
