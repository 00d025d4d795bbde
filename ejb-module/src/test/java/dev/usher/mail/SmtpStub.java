package dev.usher.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server on a loopback port, scripted: each RCPT TO is answered with the next reply
 * of the script (then 250), so a test can see a 451 or a 550 exactly as a mail server sends it.
 */
public final class SmtpStub implements AutoCloseable {

    private final ServerSocket socket;
    private final Deque<String> rcptReplies = new ArrayDeque<>();
    public final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();

    public SmtpStub(String... rcptReplies) throws IOException {
        this.rcptReplies.addAll(java.util.List.of(rcptReplies));
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "smtp-stub");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                talk(client);
            } catch (IOException e) {
                // closed, or the client hung up
            }
        }
    }

    private void talk(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        out.print("220 stub ESMTP\r\n");
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 stub");
                case "MAIL", "RSET", "NOOP" -> reply(out, "250 ok");
                case "RCPT" -> {
                    String scripted;
                    synchronized (rcptReplies) {
                        scripted = rcptReplies.poll();
                    }
                    reply(out, scripted == null ? "250 ok" : scripted);
                }
                case "DATA" -> {
                    reply(out, "354 go on");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message
                    }
                    accepted.incrementAndGet();
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 unknown");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
