import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * Measures the guest-import job end to end against a running Usher, next to the ceiling:
 * COPY of the same file into a bare table with the same columns, through the JDBC driver's
 * CopyManager, on the same database. Run by bench/import-benchmark.sh.
 */
public class ImportBenchmark {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String dbUrl = args[1];
        String dbUser = args[2];
        int rows = Integer.parseInt(args[3]);

        Path csv = Files.createTempFile("usher-bench-", ".csv");
        StringBuilder text = new StringBuilder("first name,last name,phone,email,side,party size\n");
        for (int i = 0; i < rows; i++) {
            text.append("Guest").append(i).append(",Family").append(i % 997).append(",+97250")
                    .append(String.format("%07d", i)).append(",guest").append(i).append("@example.com,")
                    .append(i % 2 == 0 ? "bride" : "groom").append(',').append(1 + i % 4).append('\n');
        }
        Files.writeString(csv, text);
        byte[] content = Files.readAllBytes(csv);
        System.out.printf("file: %d rows, %.1f MB%n", rows, content.length / 1e6);

        // the ceiling: COPY into a bare table of the same columns
        double copySeconds;
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, "")) {
            db.createStatement().execute("CREATE TEMP TABLE bench_guests (first_name text, last_name text, "
                    + "phone text, email text, side text, party_size integer)");
            long start = System.nanoTime();
            long copied = db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bench_guests FROM STDIN (FORMAT csv, HEADER true)", new StringReader(text.toString()));
            copySeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("COPY (ceiling): %d rows in %.2f s = %,.0f rows/s%n", copied, copySeconds,
                    copied / copySeconds);
        }

        String token = post(base + "/api/dev/tokens", "application/json",
                "{\"email\":\"bench@example.com\"}".getBytes(StandardCharsets.UTF_8), null);
        token = field(token, "token");
        String event = post(base + "/api/events", "application/json",
                "{\"name\":\"Import benchmark\",\"phoneRegion\":\"IL\"}".getBytes(StandardCharsets.UTF_8), token);
        String eventId = field(event, "id");

        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long submitted = System.nanoTime();
        String job = post(base + "/api/events/" + eventId + "/guests/import-file",
                "multipart/form-data; boundary=" + boundary, body.toByteArray(), token);
        String executionId = number(job, "executionId");
        String status;
        do {
            Thread.sleep(100);
            job = get(base + "/api/jobs/" + executionId, token);
            status = field(job, "batchStatus");
        } while (!status.equals("COMPLETED") && !status.equals("FAILED") && !status.equals("STOPPED"));
        double wall = (System.nanoTime() - submitted) / 1e9;
        double jobSeconds = Duration.between(OffsetDateTime.parse(field(job, "startedAt")),
                OffsetDateTime.parse(field(job, "endedAt"))).toMillis() / 1e3;
        System.out.printf("import job: %s, %s rows inserted; job %.2f s = %,.0f rows/s; upload to end %.2f s%n",
                status, number(job, "inserted"), jobSeconds, rows / jobSeconds, wall);
        System.out.printf("ratio: import job takes %.1fx the time of COPY (upload to end: %.1fx)%n",
                jobSeconds / copySeconds, wall / copySeconds);
    }

    static String post(String url, String type, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "0";
    }
}
