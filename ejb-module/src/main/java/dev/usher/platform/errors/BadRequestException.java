package dev.usher.platform.errors;

/** The request itself is malformed: an unknown sort key, a filter that cannot be parsed. */
public class BadRequestException extends UsherException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String type() {
        return "bad-request";
    }

    @Override
    public String title() {
        return "Bad request";
    }
}
