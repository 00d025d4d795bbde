package dev.usher.it.support.clients;

import dev.usher.it.support.standins.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the server under test, as one caller (a bearer token or none). */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** Trusts any certificate: only for the test server's own self-signed one, on loopback. */
    private static final HttpClient HTTPS = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(trustAll())
            .build();

    private final String token;
    private final boolean https;
    private final String base;
    private final String forwardedFor;

    private Api(String token) {
        this(token, false, null, null);
    }

    private Api(String token, boolean https, String base, String forwardedFor) {
        this.token = token;
        this.https = https;
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    /** The same caller on the server's HTTPS port, trusting its self-signed test certificate. */
    public Api overHttps() {
        return new Api(token, true, base, forwardedFor);
    }

    /** The same caller talking to another server (the crash tests' own). */
    public Api at(String baseUrl) {
        return new Api(token, https, baseUrl, forwardedFor);
    }

    /** The same caller as a client at another address (usherIT and the cluster trust X-Forwarded-For from loopback; usherDevIT ignores it). */
    public Api from(String clientAddress) {
        return new Api(token, https, base, clientAddress);
    }

    public static String baseUrl() {
        return System.getProperty("usher.it.baseUrl", "http://localhost:9180");
    }

    public static String httpsBaseUrl() {
        return "https://localhost:" + System.getProperty("usher.it.httpsPort", "9543");
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api bearer(String token) {
        return new Api(token);
    }

    /** A caller with a fresh, unique e-mail and these global groups. */
    public static Api newUser(String... groups) {
        return as(uniqueEmail("user"), groups);
    }

    public static Api as(String email, String... groups) {
        return new Api(Tokens.valid(email, groups));
    }

    private static javax.net.ssl.SSLContext trustAll() {
        try {
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, new java.security.SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Reply patch(String path, String json) {
        return send("PATCH", path, json, "application/merge-patch+json");
    }

    /** A multipart/form-data POST with text fields and one file part named {@code file}. */
    public Reply postFile(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "usher-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(utf8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return exchange("POST", path, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    public Reply send(String method, String path, String body, String contentType) {
        return exchange(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body),
                contentType == null ? Map.of() : Map.of("Content-Type", contentType));
    }

    /** A request with a body of exact bytes and any headers (a signed webhook, for one). */
    public Reply sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        return exchange(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    private Reply exchange(String method, String path, HttpRequest.BodyPublisher body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((base != null ? base : https ? httpsBaseUrl() : baseUrl()) + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body);
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = (https ? HTTPS : HTTP).send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw bytes of a GET (images). */
    public byte[] bytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((base != null ? base : baseUrl()) + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, Location and the body, parsed as JSON on demand, and all headers. */
    public record Reply(int status, String contentType, String location, String body,
                        java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        public JsonStructure json() {
            try {
                return Json.createReader(new StringReader(body)).read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        public String string(String name) {
            JsonValue value = object().get(name);
            return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null
                    : value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
