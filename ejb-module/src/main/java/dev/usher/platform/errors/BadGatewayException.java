package dev.usher.platform.errors;

import java.util.Map;

/** A provider Usher depends on failed or answered in a way Usher did not expect. */
public class BadGatewayException extends UsherException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> extensions;

    public BadGatewayException(String detail, Map<String, Object> extensions) {
        super(detail);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public int status() {
        return 502;
    }

    @Override
    public String type() {
        return "bad-gateway";
    }

    @Override
    public String title() {
        return "Bad gateway";
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
