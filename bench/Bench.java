import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark bench/checkin-and-send.sh runs against a started server; see that script.
 * Arguments: baseUrl jdbcUrl smtpPort invitations stations mails [serverPid].
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int smtpPort = Integer.parseInt(args[2]);
        int invitations = Integer.parseInt(args[3]);
        int stations = Integer.parseInt(args[4]);
        int mails = Integer.parseInt(args[5]);
        serverPid = args.length > 6 ? Long.parseLong(args[6]) : 0;

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String scanner = token(base, "bench-scanner@example.com", "scanner");
            String organizer = token(base, "bench-organizer@example.com", "super-admin");

            System.out.printf("%nCheck-in: %,d invitations, %d concurrent stations%n", invitations, stations);
            // Warm-up: just started, the server's JIT compiler takes as much CPU as the requests.
            List<String> warm = seed(jdbc, 5_000);
            checkIns(base, scanner, warm, stations);
            signedInNoOps(base, scanner, 2_000, stations);
            bareUpdates(jdbc, seed(jdbc, 5_000), stations);
            List<String> codes = seed(jdbc, invitations);
            double cpu = serverCpuSeconds();
            Result server = checkIns(base, scanner, codes, stations);
            double checkInCpu = (serverCpuSeconds() - cpu) / invitations * 1e3;
            Result ceiling = bareUpdates(jdbc, seed(jdbc, invitations), stations);
            cpu = serverCpuSeconds();
            Result noOp = signedInNoOps(base, scanner, invitations, stations);
            double noOpCpu = (serverCpuSeconds() - cpu) / invitations * 1e3;
            System.out.printf("  server  POST /api/check-ins       %8.0f /s   p50 %6.2f ms   p99 %6.2f ms%n",
                    server.perSecond(), server.p50(), server.p99());
            System.out.printf("  ceiling UPDATE ... RETURNING      %8.0f /s   p50 %6.2f ms   p99 %6.2f ms%n",
                    ceiling.perSecond(), ceiling.p50(), ceiling.p99());
            System.out.printf("  ratio (server / ceiling)          %8.2f%n", server.perSecond() / ceiling.perSecond());
            System.out.printf("  for scale: GET /api/me (signed-in no-op) %6.0f /s   p50 %6.2f ms; check-in / no-op %.2f%n",
                    noOp.perSecond(), noOp.p50(), server.perSecond() / noOp.perSecond());
            if (serverPid > 0) {
                System.out.printf("  server CPU per request (user + system): check-in %.2f ms, GET /api/me %.2f ms%n",
                        checkInCpu, noOpCpu);
            }

            System.out.printf("%nSending: %,d invitation e-mails to a local SMTP server (GreenMail)%n", mails);
            sendThroughServer(base, organizer, jdbc, 200);
            bareSends(smtpPort, 200);
            double serverRate = sendThroughServer(base, organizer, jdbc, mails);
            double bareRate = bareSends(smtpPort, mails);
            System.out.printf("  server  POST /events/{id}/invitations  %8.1f mails/s (QR, composition, SMTP, ledger)%n",
                    serverRate);
            System.out.printf("  bare    ZXing + SMTP, one connection   %8.1f mails/s%n", bareRate);
            System.out.printf("  ratio (server / bare)                  %8.2f%n%n", serverRate / bareRate);
        } finally {
            smtp.stop();
        }
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

    record Result(int count, long nanos, long[] latencies) {
        double perSecond() {
            return count / (nanos / 1e9);
        }

        double p50() {
            return latencies[latencies.length / 2] / 1e6;
        }

        double p99() {
            return latencies[Math.min(latencies.length - 1, (int) (latencies.length * 0.99))] / 1e6;
        }
    }

    static String token(String base, String email, String group) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/dev/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&groups=" + group))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No development token: " + response.statusCode() + " " + response.body());
        }
        return response.body().strip();
    }

    /** Inserts single-seat invitations straight into the database and returns their tokens. */
    static List<String> seed(String jdbc, int count) throws Exception {
        List<String> tokens = new ArrayList<>(count);
        try (Connection c = DriverManager.getConnection(jdbc, "usher", "");
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO invitations (id, number, token, recipient_name, email, seats, status)
                     SELECT gen_random_uuid(), 'INV-' || CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END,
                            replace(gen_random_uuid()::text, '-', '') || substr(md5(random()::text), 1, 8),
                            'Bench Guest ' || g, 'bench' || g || '@bench.test', 1, 'sent'
                     FROM (SELECT g, nextval('invitation_number_seq') AS n FROM generate_series(1, ?) g) numbered
                     RETURNING token""")) {
            s.setInt(1, count);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    tokens.add(rows.getString(1));
                }
            }
        }
        return tokens;
    }

    interface Work {
        void run(int index) throws Exception;
    }

    /** Runs work(0..count-1) on `threads` threads (each takes every threads-th index) and times each call. */
    static Result timed(int count, int threads, Work work) throws Exception {
        long[] latencies = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            futures.add(pool.submit(() -> {
                for (int i = first; i < count; i += threads) {
                    long begin = System.nanoTime();
                    work.run(i);
                    latencies[i] = System.nanoTime() - begin;
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(count, nanos, latencies);
    }

    static Result checkIns(String base, String scanner, List<String> tokens, int stations) throws Exception {
        URI uri = URI.create(base + "/api/check-ins");
        return timed(tokens.size(), stations, i -> {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + scanner)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + tokens.get(i) + "\",\"station\":\"Gate "
                            + (i % stations) + "\",\"nonce\":\"" + UUID.randomUUID() + "\"}"))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"admitted\"")) {
                throw new IllegalStateException("Check-in answered " + response.statusCode() + " " + response.body());
            }
        });
    }

    /** The same number of the cheapest signed-in request there is, to separate the platform's cost from admission's. */
    static Result signedInNoOps(String base, String token, int count, int stations) throws Exception {
        URI uri = URI.create(base + "/api/me");
        return timed(count, stations, i -> {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/me answered " + response.statusCode());
            }
        });
    }

    /**
     * The ceiling: one single-row UPDATE ... RETURNING per code, autocommit, one connection per
     * station, opened before the clock starts (as the server's pool is) and closed after.
     */
    static Result bareUpdates(String jdbc, List<String> tokens, int stations) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            List<PreparedStatement> statements = new ArrayList<>();
            for (int t = 0; t < stations; t++) {
                Connection c = DriverManager.getConnection(jdbc, "usher", "");
                connections.add(c);
                statements.add(c.prepareStatement("""
                        UPDATE invitations SET seats_admitted = seats_admitted + 1, scan_count = scan_count + 1,
                               status = 'scanned', scanned_at = coalesce(scanned_at, now()), updated_at = now()
                        WHERE token = ? AND status <> 'revoked' AND seats_admitted < seats
                        RETURNING seats - seats_admitted"""));
            }
            // timed() gives station t the indices t, t + stations, ...: each station keeps its own connection.
            return timed(tokens.size(), stations, i -> {
                PreparedStatement s = statements.get(i % stations);
                s.setString(1, tokens.get(i));
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("Nothing admitted");
                    }
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** Invites `mails` guests through the API, 500 per request (the endpoint's maximum), one request at a time. */
    static double sendThroughServer(String base, String organizer, String jdbc, int mails) throws Exception {
        List<String> events = new ArrayList<>();
        for (int left = mails; left > 0; left -= 500) {
            int guests = Math.min(500, left);
            HttpRequest create = HttpRequest.newBuilder(URI.create(base + "/api/events"))
                    .header("Authorization", "Bearer " + organizer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench gala\",\"date\":\"2031-06-01\","
                            + "\"startTime\":\"19:00\",\"timeZone\":\"Europe/Paris\",\"location\":\"Paris\"}"))
                    .build();
            HttpResponse<String> created = HTTP.send(create, HttpResponse.BodyHandlers.ofString());
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("No event: " + created.body());
            }
            String eventId = id.group(1);
            try (Connection c = DriverManager.getConnection(jdbc, "usher", "");
                 PreparedStatement s = c.prepareStatement("""
                         INSERT INTO guests (id, event_id, first_name, last_name, email)
                         SELECT gen_random_uuid(), ?::uuid, 'Guest', 'No ' || g, 'guest' || g || '-' || ? || '@bench.test'
                         FROM generate_series(1, ?) g""")) {
                s.setString(1, eventId);
                s.setString(2, eventId.substring(0, 8));
                s.setInt(3, guests);
                s.executeUpdate();
            }
            events.add(eventId);
        }
        long start = System.nanoTime();
        int sent = 0;
        for (String eventId : events) {
            HttpRequest invite = HttpRequest.newBuilder(URI.create(base + "/api/events/" + eventId + "/invitations"))
                    .header("Authorization", "Bearer " + organizer).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"filter\":{},\"customMessage\":\"Dress code: black tie\"}"))
                    .build();
            HttpResponse<String> report = HTTP.send(invite, HttpResponse.BodyHandlers.ofString());
            Matcher count = Pattern.compile("\"sent\":(\\d+)").matcher(report.body());
            if (report.statusCode() != 200 || !count.find()) {
                throw new IllegalStateException("Invitation run answered " + report.statusCode() + " " + report.body());
            }
            sent += Integer.parseInt(count.group(1));
        }
        long nanos = System.nanoTime() - start;
        if (sent != mails) {
            throw new IllegalStateException("Only " + sent + " of " + mails + " invitations were sent");
        }
        return mails / (nanos / 1e9);
    }

    /** The bare loop: encode a QR code as PNG, wrap it in a message, send it; one SMTP connection for all. */
    static double bareSends(int smtpPort, int mails) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        Session session = Session.getInstance(properties);
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 4);
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < mails; i++) {
                String url = "http://localhost/validate-invitation?token=" + UUID.randomUUID().toString().replace("-", "")
                        + "abcdefgh";
                BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
                int size = matrix.getWidth() * 10;
                BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        image.setRGB(x, y, matrix.get(x / 10, y / 10) ? 0xFF000000 : 0xFFFFFFFF);
                    }
                }
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("bench@bench.test"));
                message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("bare" + i + "@bench.test"));
                message.setSubject("Bare " + i);
                MimeBodyPart text = new MimeBodyPart();
                text.setText("Your code", "UTF-8");
                MimeBodyPart image1 = new MimeBodyPart();
                image1.setDataHandler(new DataHandler(new ByteArrayDataSource(png.toByteArray(), "image/png")));
                MimeMultipart body = new MimeMultipart();
                body.addBodyPart(text);
                body.addBodyPart(image1);
                message.setContent(body);
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        return mails / ((System.nanoTime() - start) / 1e9);
    }
}
