package dev.usher.platform.errors;

import java.util.Map;

/**
 * A messaging provider refused the message for a reason the caller can fix: an unknown or
 * unreachable recipient, a template that is not approved, parameters that do not fit it.
 */
public class RefusedByProviderException extends UsherException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> extensions;

    public RefusedByProviderException(String detail, Map<String, Object> extensions) {
        super(detail);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String type() {
        return "refused-by-provider";
    }

    @Override
    public String title() {
        return "Refused by the messaging provider";
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
