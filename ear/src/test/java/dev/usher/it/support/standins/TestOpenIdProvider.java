package dev.usher.it.support.standins;

import dev.usher.it.support.servers.TestEnvironment;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small OpenID Connect provider in the test JVM, for the browser tests: discovery, an
 * authorization endpoint with a sign-in page (e-mail and groups typed in), a token endpoint
 * that insists on PKCE (S256) and an end-session endpoint. It signs with the test key the
 * server trusts, as the issuer the server expects, so the console's real sign-in flow runs
 * end to end. Codes are single use.
 */
public final class TestOpenIdProvider {

    public static final String CLIENT_ID = "usher-console-it";

    private static TestOpenIdProvider running;

    private final HttpServer server;
    private final String base;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<String> exchanges = new CopyOnWriteArrayList<>();

    /** What the sign-in page granted, waiting for the code to be exchanged. */
    private record Grant(String redirectUri, String challenge, String nonce, String email, List<String> groups) {
    }

    private TestOpenIdProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/logout", this::logout);
        server.createContext("/jwks", this::jwks);
        server.start();
    }

    /** The provider of this test run, started on a free loopback port on first use. */
    public static synchronized TestOpenIdProvider instance() {
        if (running == null) {
            try {
                running = new TestOpenIdProvider();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    /** The provider's signing keys as a JWK set: what the main test server verifies tokens with. */
    public String jwksUrl() {
        return base + "/jwks";
    }

    public String discoveryUrl() {
        return base + "/.well-known/openid-configuration";
    }

    public String base() {
        return base;
    }

    /** The e-mails for which a code was exchanged with a matching PKCE verifier, in order. */
    public List<String> verifiedExchanges() {
        return List.copyOf(exchanges);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("issuer", Tokens.ISSUER)
                .add("authorization_endpoint", base + "/authorize")
                .add("token_endpoint", base + "/token")
                .add("end_session_endpoint", base + "/logout")
                .add("jwks_uri", jwksUrl())
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("S256"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"));
        send(exchange, 200, "application/json", doc.build().toString());
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) TestEnvironment.trusted().getPublic());
        key.setKeyId(Tokens.KEY_ID);
        key.setUse("sig");
        key.setAlgorithm("RS256");
        send(exchange, 200, "application/json", new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String code = UUID.randomUUID().toString();
            List<String> groups = Arrays.stream(form.getOrDefault("groups", "").split(","))
                    .map(String::strip).filter(g -> !g.isEmpty()).toList();
            codes.put(code, new Grant(form.get("redirect_uri"), form.get("code_challenge"), form.get("nonce"),
                    form.get("email"), groups));
            redirect(exchange, form.get("redirect_uri") + "?code=" + encode(code) + "&state=" + encode(form.get("state")));
            return;
        }
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type")) || !CLIENT_ID.equals(query.get("client_id"))
                || !"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null
                || query.get("redirect_uri") == null || query.get("state") == null) {
            send(exchange, 400, "text/plain", "invalid_request: " + query.keySet());
            return;
        }
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("redirect_uri", "state", "nonce", "code_challenge")) {
            hidden.append("<input type=hidden name=").append(name).append(" value=\"")
                    .append(escape(query.getOrDefault(name, ""))).append("\">");
        }
        send(exchange, 200, "text/html; charset=utf-8", """
                <!doctype html><html lang=en><head><title>Test provider</title></head><body>
                <h1>Sign in to the test provider</h1>
                <form method=post action="/authorize">%s
                <label for=op-email>E-mail</label> <input id=op-email name=email type=email>
                <label for=op-groups>Groups</label> <input id=op-groups name=groups>
                <button id=op-submit type=submit>Sign in</button></form></body></html>
                """.formatted(hidden));
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type, Accept");
            exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "POST");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !CLIENT_ID.equals(form.get("client_id")) || !grant.redirectUri().equals(form.get("redirect_uri"))
                || form.get("code_verifier") == null || !s256(form.get("code_verifier")).equals(grant.challenge())) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        exchanges.add(grant.email());
        JwtClaims id = new JwtClaims();
        id.setIssuer(Tokens.ISSUER);
        id.setAudience(CLIENT_ID);
        id.setSubject(grant.email());
        id.setClaim("email", grant.email());
        if (grant.nonce() != null) {
            id.setClaim("nonce", grant.nonce());
        }
        id.setIssuedAt(NumericDate.now());
        id.setExpirationTime(NumericDate.fromSeconds(Instant.now().plusSeconds(3600).getEpochSecond()));
        String body = Json.createObjectBuilder()
                .add("access_token", Tokens.valid(grant.email(), grant.groups().toArray(String[]::new)))
                .add("id_token", Tokens.withClaims(id))
                .add("token_type", "Bearer")
                .add("expires_in", 3600)
                .build().toString();
        send(exchange, 200, "application/json", body);
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String back = query.get("post_logout_redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id")) || back == null) {
            send(exchange, 400, "text/plain", "invalid_request");
            return;
        }
        redirect(exchange, back);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        URI.create(location); // refuse to answer with a malformed Location
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

}
