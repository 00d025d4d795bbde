package dev.usher.platform.errors;

import java.util.Map;

/**
 * Usher cannot do this right now for a reason on the server's side that an operator can fix
 * or that will pass: a service that is not configured, a provider that refuses Usher's
 * credentials or throttles it. The caller's request itself was fine.
 */
public class ServiceUnavailableException extends UsherException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> extensions;

    public ServiceUnavailableException(String detail) {
        this(detail, Map.of());
    }

    public ServiceUnavailableException(String detail, Map<String, Object> extensions) {
        super(detail);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String type() {
        return "service-unavailable";
    }

    @Override
    public String title() {
        return "Service unavailable";
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
