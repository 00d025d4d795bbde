package dev.usher.it.support.clients;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP/1.1 request written by hand over a socket to the test server, for the headers the JDK's
 * client will not send as given (a foreign {@code Host}). Answers the status line's code and the
 * whole response text.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Answer(int status, String text) {
    }

    public static Answer send(String method, String path, String host, Map<String, String> headers, String contentType,
                       String body) {
        int port = Integer.parseInt(System.getProperty("usher.it.httpPort", "9180"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
