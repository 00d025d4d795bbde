package dev.usher.api.input;

import dev.usher.platform.errors.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;

/**
 * A JSON body an operation may go without (e.g. a resend's options): no body at all, with no
 * Content-Type, is null, as clients have always posted it; a body is read as strictly as any
 * other ({@link StrictJsonReader}) and must say it is JSON. The runtime would answer a body-less
 * request without a Content-Type 415 before the operation, hence the raw stream.
 */
public final class OptionalJsonBody {

    private OptionalJsonBody() {
    }

    public static <T extends Record> T read(Class<T> type, HttpHeaders headers, InputStream body) {
        try {
            PushbackInputStream in = new PushbackInputStream(body, 1);
            int first = in.read();
            if (first < 0) {
                return null;
            }
            in.unread(first);
            MediaType sent = headers.getMediaType();
            if (sent == null || !(MediaType.APPLICATION_JSON_TYPE.isCompatible(sent)
                    || sent.getSubtype().endsWith("+json"))) {
                throw new BadRequestException("This body is JSON: send it with Content-Type: application/json");
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            T read = (T) new StrictJsonReader().readFrom((Class) type, type, new Annotation[0], sent,
                    headers.getRequestHeaders(), in);
            return read;
        } catch (IOException e) {
            throw new BadRequestException("The body could not be read");
        }
    }
}
