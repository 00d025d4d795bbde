import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The requests of an event day, as the station and the console send them (loopback only). Each
 * throws when the answer is not the expected one, which the benchmark counts as an error.
 */
final class DoorApi {

    private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"([a-z-]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    /** A request that takes longer than this is an error, not a wait without end. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    DoorApi(String base) {
        this.base = base;
    }

    /** A bearer token from the development issuer of `mvn -Prun` (POST /api/dev/tokens), as Bench gets its own. */
    String token(String email, String group) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/dev/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, UTF_8) + "&groups=" + group)));
        expect(answer, 200, "No development token");
        return answer.body().strip();
    }

    /** Creates an event (its creator becomes its admin, so may watch its arrivals); returns its id. */
    String createEvent(String organizer, String name) throws Exception {
        HttpResponse<String> answer = send(signed("/api/events", organizer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"date\":\"2031-06-01\","
                        + "\"startTime\":\"19:00\",\"timeZone\":\"Asia/Jerusalem\",\"location\":\"Tel Aviv\","
                        + "\"phoneRegion\":\"IL\"}")));
        expect(answer, 201, "No event");
        Matcher id = ID.matcher(answer.body());
        if (!id.find()) {
            throw new IllegalStateException("No event id in " + answer.body());
        }
        return id.group(1);
    }

    /** A station bound to the event scans a code at its gate; returns the door's answer (admitted, already-used...). */
    String checkIn(String scanner, String eventId, String code, String station, String gate) throws Exception {
        HttpResponse<String> answer = send(signed("/api/check-ins", scanner).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + code + "\",\"station\":\"" + station
                        + "\",\"gate\":\"" + gate + "\",\"eventId\":\"" + eventId + "\",\"nonce\":\"" + UUID.randomUUID()
                        + "\"}")));
        expect(answer, 200, "Check-in");
        Matcher outcome = OUTCOME.matcher(answer.body());
        if (!outcome.find()) {
            throw new IllegalStateException("Check-in answered no outcome: " + answer.body());
        }
        return outcome.group(1);
    }

    /** The station's search by name or phone; returns "found" or "none" (an empty list). */
    String search(String scanner, String eventId, String q) throws Exception {
        HttpResponse<String> answer = send(signed("/api/check-ins/guests?eventId=" + eventId + "&q="
                + URLEncoder.encode(q, UTF_8), scanner).GET());
        expect(answer, 200, "Search");
        return answer.body().contains("\"invitationId\"") ? "found" : "none";
    }

    /** The cheapest signed-in request there is: the ceiling of any signed-in request on this stack. */
    String me(String token) throws Exception {
        expect(send(signed("/api/me", token).GET()), 200, "GET /api/me");
        return null;
    }

    /** One organizer's console: polls the arrivals with the last ETag, as the browser does for arrivals-panel.js. */
    final class Console {
        private final String token;
        private final String eventId;
        private String etag;

        Console(String token, String eventId) {
            this.token = token;
            this.eventId = eventId;
        }

        /** One poll; returns "200" (new counts) or "304" (unchanged, no body). */
        String poll() throws Exception {
            HttpRequest.Builder request = signed("/api/events/" + eventId + "/arrivals", token).GET();
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            HttpResponse<String> answer = send(request);
            if (answer.statusCode() == 304) {
                return "304";
            }
            expect(answer, 200, "Arrivals");
            etag = answer.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("Arrivals without ETag"));
            return "200";
        }
    }

    private HttpRequest.Builder signed(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            String body = answer.body();
            throw new IllegalStateException(what + " answered " + answer.statusCode() + " "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }
}
