package dev.usher.imports.control;

/** The file as a whole cannot be imported (not CSV or XLSX, no name column): the job fails with this reason. */
public class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
