package dev.usher.api.problems;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@code usher.http.max-body-bytes} (default 10 MB; guest file
 * uploads {@code usher.import.max-file-bytes}, default 50 MB) with 413:
 * at once when Content-Length says so, else as soon as the streamed body passes the limit.
 * Nothing is written, since the body is read before any boundary is called.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "usher.http.max-body-bytes", defaultValue = "10485760")
    long defaultLimit;

    /** Guest files may be larger than JSON bodies; the import boundary checks this limit too. */
    @Inject
    @ConfigProperty(name = "usher.import.max-file-bytes", defaultValue = "52428800")
    long importLimit;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = request.getUriInfo().getPath().endsWith("/import-file") ? importLimit + 65536 : defaultLimit;
        if (request.getLength() > limit) {
            request.abortWith(Problem.of(413, "body-too-large", "Request body too large",
                    "The request body is larger than " + limit + " bytes").toResponse());
            return;
        }
        // Form bodies are left alone: the servlet container may already have parsed them into
        // parameters, which JAX-RS then reads instead of the stream.
        if (request.hasEntity() && !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
