package dev.usher.platform.errors;

/** The caller is known and may see the thing, but their role does not allow this action. */
public class ForbiddenException extends UsherException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String type() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
