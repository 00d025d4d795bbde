package dev.usher.platform.errors;

/** The thing does not exist, or the caller may not know that it does. */
public class NotFoundException extends UsherException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String type() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }
}
