import com.sun.net.httpserver.HttpServer;
import org.postgresql.PGConnection;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The batch-job benchmark bench/jobs-benchmark.sh runs against a started server; see that script.
 * Arguments: baseUrl jdbcUrl stubPort rows messages [serverPid].
 *
 * <p>Import: a generated CSV of `rows` rows through the guest-import job (upload, then the job
 * until COMPLETED), next to COPY of the same text into a bare table of the same columns through
 * the driver's CopyManager (the ceiling). Broadcast: `messages` guests sent one WhatsApp text
 * each by the whatsapp-broadcast job (rate limit off) to a stand-in of the Graph API inside this
 * JVM, next to the same number of bare POSTs of a message to the same stand-in from one thread
 * (the ceiling). Each side is run once smaller first, so both are measured warm (just started, the
 * server's JIT compiler takes as much CPU as the work itself).
 */
public class JobsBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int stubPort = Integer.parseInt(args[2]);
        int rows = Integer.parseInt(args[3]);
        int messages = Integer.parseInt(args[4]);
        serverPid = args.length > 5 ? Long.parseLong(args[5]) : 0;

        // The JDK's HTTP server writes a response's headers and body separately; without
        // TCP_NODELAY, Nagle's algorithm and the client's delayed ACK add ~40 ms to every answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer stub = graphApiStub(stubPort);
        try {
            String token = field(post(base + "/api/dev/tokens", "application/json",
                    "{\"email\":\"bench@example.com\"}".getBytes(StandardCharsets.UTF_8), null), "token");

            if (rows > 0) {
                importBenchmark(base, token, jdbc, rows);
            }
            if (messages > 0) {
                broadcastBenchmark(base, token, jdbc, stubPort, messages);
            }
        } finally {
            stub.stop(0);
            System.exit(0); // the stand-in's worker threads would keep this JVM, and the server, running
        }
    }

    static void importBenchmark(String base, String token, String jdbc, int rows) throws Exception {
        System.out.printf("%nImport: %,d rows%n", rows);
        String floorEvent = newEvent(base, token, "Import floor");
        // Warm-up: the server's JIT compiles the import's path (compiling costs as much CPU as the work).
        importJob(base, token, csv(20_000, "w"));
        copy(jdbc, csv(20_000, "w"), floorEvent);
        String text = csv(rows, "");
        double cpu = serverCpuSeconds();
        Timing job = importJob(base, token, text);
        double jobCpu = serverCpuSeconds() - cpu;
        Copy copied = copy(jdbc, text, floorEvent);
        double copy = copied.bare();
        System.out.printf("  server  guest-import job      %6.2f s = %,8.0f rows/s  (upload to end %.2f s)%n",
                job.jobSeconds(), rows / job.jobSeconds(), job.wallSeconds());
        System.out.printf("  ceiling COPY, same file       %6.2f s = %,8.0f rows/s%n", copy, rows / copy);
        System.out.printf("  ratio: the job takes %.1fx the time of COPY (upload to end %.1fx)%n",
                job.jobSeconds() / copy, job.wallSeconds() / copy);
        System.out.printf("  for scale: the same rows INSERT ... SELECT into guests, one statement, %.2f s "
                + "(the job takes %.1fx that)%n", copied.intoGuests(), job.jobSeconds() / copied.intoGuests());
        if (serverPid > 0) {
            System.out.printf("  server CPU (user + system) during the job: %.1f s = %.1f us a row%n", jobCpu,
                    jobCpu / rows * 1e6);
        }
    }

    static void broadcastBenchmark(String base, String token, String jdbc, int stubPort, int messages)
        throws Exception {
        System.out.printf("%nBroadcast: %,d WhatsApp messages to a local Graph API stand-in, rate limit off%n",
                messages);
        String stubUrl = "http://127.0.0.1:" + stubPort + "/v20.0/1065403522/messages";
        broadcast(base, token, jdbc, 1_000); // warm-up, as above
        barePosts(stubUrl, 1_000);
        double cpu = serverCpuSeconds();
        Timing sent = broadcast(base, token, jdbc, messages);
        double sendCpu = serverCpuSeconds() - cpu;
        double bare = barePosts(stubUrl, messages);
        System.out.printf("  server  whatsapp-broadcast job  %6.2f s = %,7.0f messages/s  (start to end %.2f s)%n",
                sent.jobSeconds(), messages / sent.jobSeconds(), sent.wallSeconds());
        System.out.printf("  ceiling bare POSTs, one thread  %6.2f s = %,7.0f messages/s%n", bare, messages / bare);
        System.out.printf("  ratio (server / ceiling)        %6.2f%n", bare / sent.jobSeconds());
        if (serverPid > 0) {
            System.out.printf("  server CPU (user + system) during the job: %.1f s = %.2f ms a message%n", sendCpu,
                    sendCpu / messages * 1e3);
        }
        System.out.println();
    }

    /** The server's process id, to read its CPU time from /proc (Linux); 0 when not known. */
    static long serverPid;

    /** CPU seconds (user + system) the server process has used so far; NaN when not known. */
    static double serverCpuSeconds() throws Exception {
        if (serverPid <= 0) {
            return Double.NaN;
        }
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + serverPid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in 1/100 s
    }

    record Timing(double jobSeconds, double wallSeconds) {
    }

    /** Answers every POST like the Cloud API's messages endpoint, with a fresh message id. */
    static HttpServer graphApiStub(int port) throws Exception {
        AtomicLong ids = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            byte[] answer = ("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],"
                    + "\"messages\":[{\"id\":\"wamid.bench" + ids.incrementAndGet() + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    static String csv(int rows, String prefix) {
        StringBuilder text = new StringBuilder("first name,last name,phone,email,side,party size\n");
        for (int i = 0; i < rows; i++) {
            text.append("Guest").append(i).append(",Family").append(i % 997).append(",+97250")
                    .append(String.format("%07d", i)).append(",guest").append(prefix).append(i)
                    .append("@example.com,").append(i % 2 == 0 ? "bride" : "groom").append(',').append(1 + i % 4)
                    .append('\n');
        }
        return text.toString();
    }

    /** Seconds of COPY into a bare table, and of moving those rows into guests (not a ceiling: a floor). */
    record Copy(double bare, double intoGuests) {
    }

    /**
     * COPY of the file into a fresh temporary table with the same columns (the ceiling); then, for
     * scale, the same rows moved into the real guests table of an event by one INSERT ... SELECT,
     * rolled back: what the table alone costs (its indexes, checks, foreign keys and WAL).
     */
    static Copy copy(String jdbc, String text, String eventId) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "usher", "")) {
            db.createStatement().execute("CREATE TEMP TABLE bench_guests (first_name text, last_name text, "
                    + "phone text, email text, side text, party_size integer)");
            long start = System.nanoTime();
            db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bench_guests FROM STDIN (FORMAT csv, HEADER true)", new StringReader(text));
            double bare = (System.nanoTime() - start) / 1e9;
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO guests (id, event_id, first_name, last_name, phone, email, side, party_size)
                    SELECT gen_random_uuid(), ?::uuid, first_name, last_name, phone, email, side, party_size
                    FROM bench_guests""")) {
                insert.setString(1, eventId);
                start = System.nanoTime();
                insert.executeUpdate();
                double intoGuests = (System.nanoTime() - start) / 1e9;
                db.rollback();
                return new Copy(bare, intoGuests);
            }
        }
    }

    /** Uploads the file into a new event and waits for the job; its own start-to-end time and the wall time. */
    static Timing importJob(String base, String token, String text) throws Exception {
        String eventId = newEvent(base, token, "Import benchmark");
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long submitted = System.nanoTime();
        String job = post(base + "/api/events/" + eventId + "/guests/import-file",
                "multipart/form-data; boundary=" + boundary, body.toByteArray(), token);
        return await(base, token, number(job, "executionId"), submitted, "inserted");
    }

    /** A broadcast of one text to `guests` new guests of a new event; the job's time and the wall time. */
    static Timing broadcast(String base, String token, String jdbc, int guests) throws Exception {
        String eventId = newEvent(base, token, "Broadcast benchmark");
        try (Connection c = DriverManager.getConnection(jdbc, "usher", "");
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO guests (id, event_id, first_name, last_name, phone, side)
                     SELECT gen_random_uuid(), ?::uuid, 'Guest' || g, 'Family', '+97250' || lpad(g::text, 7, '0'),
                            'broadcast'
                     FROM generate_series(1, ?) g""")) {
            s.setString(1, eventId);
            s.setInt(2, guests);
            s.executeUpdate();
        }
        long submitted = System.nanoTime();
        String job = post(base + "/api/events/" + eventId + "/whatsapp/broadcast", "application/json",
                "{\"text\":\"Hi {firstName}, see you at {eventName}! Reply yes or no.\"}"
                        .getBytes(StandardCharsets.UTF_8), token);
        Timing timing = await(base, token, number(job, "executionId"), submitted, "sent");
        return timing;
    }

    static Timing await(String base, String token, String executionId, long submitted, String counter)
            throws Exception {
        String job;
        String status;
        do {
            Thread.sleep(200); // polling costs the server too: gently
            job = get(base + "/api/jobs/" + executionId, token);
            status = field(job, "batchStatus");
        } while (!status.equals("COMPLETED") && !status.equals("FAILED") && !status.equals("STOPPED"));
        double wall = (System.nanoTime() - submitted) / 1e9;
        if (!status.equals("COMPLETED")) {
            throw new IllegalStateException("The job ended " + status + ": " + job);
        }
        double seconds = Duration.between(OffsetDateTime.parse(field(job, "startedAt")),
                OffsetDateTime.parse(field(job, "endedAt"))).toMillis() / 1e3;
        System.out.printf("  (job %s: %s %s)%n", executionId, number(job, counter), counter);
        return new Timing(seconds, wall);
    }

    /** The ceiling: POSTs of one message body each, one after the other, over one kept-alive connection. */
    static double barePosts(String url, int count) throws Exception {
        URI uri = URI.create(url);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer bench-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
                            + "\"individual\",\"to\":\"+97250" + String.format("%07d", i) + "\",\"type\":\"text\","
                            + "\"text\":{\"preview_url\":false,\"body\":\"Hi Guest" + i
                            + ", see you at Broadcast benchmark! Reply yes or no.\"}}"))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("wamid")) {
                throw new IllegalStateException("The stand-in answered " + response.statusCode());
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static String newEvent(String base, String token, String name) throws Exception {
        return field(post(base + "/api/events", "application/json",
                ("{\"name\":\"" + name + "\",\"phoneRegion\":\"IL\"}").getBytes(StandardCharsets.UTF_8), token), "id");
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
