package dev.usher.mail;

/**
 * A message that did not get through. Temporary failures (SMTP 4xx, a dropped connection) are
 * worth retrying; permanent ones (5xx: no such mailbox, refused) are not.
 */
public class MailFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** The code of a failure with no SMTP reply: refused, reset or timed-out connections. */
    public static final String NO_CONNECTION = "connection";

    private final boolean temporary;
    private final String code;

    public MailFailure(boolean temporary, String code, String reason, Throwable cause) {
        super(reason, cause);
        this.temporary = temporary;
        this.code = code;
    }

    public boolean temporary() {
        return temporary;
    }

    /** The SMTP reply code (e.g. {@code 550}), or a word for failures without one. */
    public String code() {
        return code;
    }

    public String reason() {
        return getMessage();
    }
}
