package dev.usher.platform.errors;

/**
 * The request does not prove who sent it: for public endpoints that authenticate their
 * caller themselves, such as a webhook with a missing or wrong signature.
 */
public class UnauthorizedException extends UsherException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String type() {
        return "unauthorized";
    }

    @Override
    public String title() {
        return "Unauthorized";
    }
}
