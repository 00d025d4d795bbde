package dev.usher.platform.errors;

import java.util.Map;

/** The request is well-formed but clashes with the current state (a duplicate, the last admin). */
public class ConflictException extends UsherException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> extensions;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, Object> extensions) {
        super(detail);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String type() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Conflict";
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
