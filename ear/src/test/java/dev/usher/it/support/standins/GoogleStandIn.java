package dev.usher.it.support.standins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server in the test JVM standing in for Google: the authorization page (which consents
 * at once and redirects back), the token endpoint (code exchange checked against the PKCE S256
 * challenge, refresh), revocation, and the People API's {@code contactGroups.list} and
 * {@code people.connections.list} with paging by {@code nextPageToken}. Each test makes an
 * {@link Account} of its own, with its contacts and how to misbehave (429s, expired access tokens),
 * so tests never see each other's requests. Which account consents: the authorization URL's
 * {@code account} parameter when a test adds it (the user picking an account), else the default
 * account a browser test set.
 */
public final class GoogleStandIn {

    public static final String CLIENT_ID = "usher-test.apps.googleusercontent.com";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A Google account: its groups, its contacts, and what the test asked it to do. */
    public static final class Account {
        final String id = "acct" + random(6);
        final List<JsonObject> groups = Collections.synchronizedList(new ArrayList<>());
        final List<JsonObject> contacts = Collections.synchronizedList(new ArrayList<>());
        /** People API requests (path and query) with the status answered. */
        public final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        public final AtomicInteger codeExchanges = new AtomicInteger();
        public final AtomicInteger refreshes = new AtomicInteger();
        public final AtomicInteger revocations = new AtomicInteger();
        /** Every token and code handed out for this account: none may reach Usher's logs. */
        public final List<String> secretsIssued = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger throttle = new AtomicInteger();
        volatile int pageSize = 2;

        public String id() {
            return id;
        }

        public Account group(String resourceName, String name) {
            groups.add(Json.createObjectBuilder().add("resourceName", resourceName).add("name", name)
                    .add("formattedName", name).add("groupType", "USER_CONTACT_GROUP")
                    .add("memberCount", (int) contacts.stream().filter(c -> c.toString().contains(resourceName)).count())
                    .build());
            return this;
        }

        public Account contact(String resourceName, String given, String family, String email, String phone,
                               String... groupNames) {
            JsonObjectBuilder person = Json.createObjectBuilder().add("resourceName", resourceName)
                    .add("etag", "%E" + random(4))
                    .add("names", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("displayName", given + " " + family).add("givenName", given).add("familyName", family)
                            .add("metadata", Json.createObjectBuilder().add("primary", true))));
            if (email != null) {
                person.add("emailAddresses", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", email)));
            }
            if (phone != null) {
                person.add("phoneNumbers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", phone)));
            }
            JsonArrayBuilder memberships = Json.createArrayBuilder();
            for (String group : groupNames) {
                memberships.add(Json.createObjectBuilder().add("contactGroupMembership",
                        Json.createObjectBuilder().add("contactGroupResourceName", group)
                                .add("contactGroupId", group.substring(group.indexOf('/') + 1))));
            }
            contacts.add(person.add("memberships", memberships).build());
            return this;
        }

        public Account pageSize(int size) {
            pageSize = size;
            return this;
        }

        /** The next {@code times} People API requests answer 429 with Retry-After: 1. */
        public Account throttle(int times) {
            throttle.set(times);
            return this;
        }
    }

    private record Code(Account account, String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final String clientSecret = "GOCSPX-" + random(12);
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Account> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Account> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private volatile Account browserAccount;

    private GoogleStandIn(HttpServer server) {
        this.server = server;
    }

    public static GoogleStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            GoogleStandIn google = new GoogleStandIn(server);
            server.createContext("/o/oauth2/v2/auth", google::authorize);
            server.createContext("/token", google::token);
            server.createContext("/revoke", google::revoke);
            server.createContext("/v1/", google::people);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "google-stand-in");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return google;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Account account() {
        Account account = new Account();
        accounts.put(account.id, account);
        return account;
    }

    /** The account that consents when the authorization URL names none (a browser following Usher's URL). */
    public void consentAs(Account account) {
        browserAccount = account;
    }

    /** Every access token issued for the account stops working, as an hour-old one does. */
    public void expireAccessTokens(Account account) {
        accessTokens.values().removeIf(a -> a == account);
    }

    /** The user removes Usher's access at Google: its refresh tokens stop working. */
    public void revokeAtGoogle(Account account) {
        refreshTokens.forEach((token, a) -> {
            if (a == account) {
                revoked.add(token);
            }
        });
        expireAccessTokens(account);
    }

    public boolean isRevoked(String refreshToken) {
        return revoked.contains(refreshToken);
    }

    /** The refresh tokens issued for the account. */
    public List<String> refreshTokensOf(Account account) {
        return refreshTokens.entrySet().stream().filter(e -> e.getValue() == account).map(Map.Entry::getKey).toList();
    }

    // --- endpoints

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        String redirect = q.get("redirect_uri");
        if (!CLIENT_ID.equals(q.get("client_id")) || redirect == null || !"code".equals(q.get("response_type"))
                || !"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null
                || !String.valueOf(q.get("scope")).contains("contacts.readonly") || q.get("state") == null) {
            send(exchange, 400, "text/plain", "Error 400: invalid_request");
            return;
        }
        Account account = q.containsKey("account") ? accounts.get(q.get("account")) : browserAccount;
        String back;
        if (account == null || "deny".equals(q.get("account"))) {
            back = redirect + "?error=access_denied&state=" + enc(q.get("state"));
        } else {
            String code = "4/0A" + random(16);
            account.secretsIssued.add(code);
            codes.put(code, new Code(account, q.get("code_challenge"), redirect));
            back = redirect + "?state=" + enc(q.get("state")) + "&code=" + enc(code)
                    + "&scope=" + enc("https://www.googleapis.com/auth/contacts.readonly");
        }
        exchange.getResponseHeaders().set("Location", back);
        send(exchange, 302, "text/plain", "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!CLIENT_ID.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        if ("authorization_code".equals(form.get("grant_type"))) {
            Code code = codes.remove(String.valueOf(form.get("code"))); // a code is good once
            String verifier = form.get("code_verifier");
            if (code == null || verifier == null || !code.challenge().equals(s256(verifier))
                    || !code.redirectUri().equals(form.get("redirect_uri"))) {
                send(exchange, 400, "application/json",
                        "{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}");
                return;
            }
            code.account().codeExchanges.incrementAndGet();
            String refresh = "1//0g" + random(20);
            refreshTokens.put(refresh, code.account());
            code.account().secretsIssued.add(refresh);
            send(exchange, 200, "application/json", Json.createObjectBuilder()
                    .add("access_token", access(code.account())).add("expires_in", 3599)
                    .add("refresh_token", refresh).add("scope", "https://www.googleapis.com/auth/contacts.readonly")
                    .add("token_type", "Bearer").build().toString());
        } else if ("refresh_token".equals(form.get("grant_type"))) {
            String refresh = String.valueOf(form.get("refresh_token"));
            Account account = refreshTokens.get(refresh);
            if (account == null || revoked.contains(refresh)) {
                send(exchange, 400, "application/json",
                        "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");
                return;
            }
            account.refreshes.incrementAndGet();
            send(exchange, 200, "application/json", Json.createObjectBuilder()
                    .add("access_token", access(account)).add("expires_in", 3599)
                    .add("scope", "https://www.googleapis.com/auth/contacts.readonly")
                    .add("token_type", "Bearer").build().toString());
        } else {
            send(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private void revoke(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String token = String.valueOf(form.get("token"));
        Account account = refreshTokens.get(token);
        if (account == null || revoked.contains(token)) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        revoked.add(token);
        account.revocations.incrementAndGet();
        expireAccessTokens(account);
        send(exchange, 200, "application/json", "{}");
    }

    private void people(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Account account = authorization == null || !authorization.startsWith("Bearer ") ? null
                : accessTokens.get(authorization.substring("Bearer ".length()));
        String target = exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery();
        if (account == null) {
            send(exchange, 401, "application/json", "{\"error\":{\"code\":401,\"message\":\"Request had invalid "
                    + "authentication credentials.\",\"status\":\"UNAUTHENTICATED\"}}");
            return;
        }
        if (account.throttle.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            account.requests.add("429 " + target);
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 429, "application/json", "{\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\"}}");
            return;
        }
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        String path = exchange.getRequestURI().getPath();
        List<JsonObject> items;
        String field;
        if (path.equals("/v1/contactGroups")) {
            items = List.copyOf(account.groups);
            field = "contactGroups";
        } else if (path.equals("/v1/people/me/connections") && q.containsKey("personFields")) {
            items = List.copyOf(account.contacts);
            field = "connections";
        } else {
            send(exchange, 400, "application/json", "{\"error\":{\"code\":400,\"status\":\"INVALID_ARGUMENT\"}}");
            return;
        }
        account.requests.add("200 " + target);
        int from = q.containsKey("pageToken") ? Integer.parseInt(q.get("pageToken").substring(1)) : 0;
        int to = Math.min(items.size(), from + account.pageSize);
        JsonArrayBuilder page = Json.createArrayBuilder();
        items.subList(from, to).forEach(page::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add(field, page);
        if (field.equals("connections")) {
            body.add("totalPeople", items.size()).add("totalItems", items.size());
        } else {
            body.add("totalItems", items.size());
        }
        if (to < items.size()) {
            body.add("nextPageToken", "p" + to);
        }
        send(exchange, 200, "application/json", body.build().toString());
    }

    private String access(Account account) {
        String token = "ya29.a0" + random(20);
        accessTokens.put(token, account);
        account.secretsIssued.add(token);
        return token;
    }

    // --- helpers

    public static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> query(String raw) {
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

    public static Map<String, String> queryOf(String url) {
        return query(URI.create(url).getRawQuery());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
