package dev.usher.jobs.control;

/**
 * Exit statuses as the batch runtime can store them. Liberty keeps a job's and a step's exit
 * status in a 512-character column; a longer one fails the write of the job's final status and
 * leaves the job STARTED forever, so every status Usher writes goes through here.
 */
public final class ExitStatus {

    /** Well inside Liberty's 512 characters, with room for the ellipsis. */
    public static final int MAX_LENGTH = 500;

    private ExitStatus() {
    }

    /** {@code FAILED: <reason>}, bounded. */
    public static String failed(String reason) {
        return bounded("FAILED: " + (reason == null || reason.isBlank() ? "no reason given" : reason));
    }

    /** The text cut to {@link #MAX_LENGTH} characters (never in a surrogate pair), marked as cut. */
    public static String bounded(String text) {
        if (text == null || text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * Why a step failed, from its exception: the first message an Usher rule wrote (a problem
     * meant for people), else the innermost message, else the exception's type.
     */
    public static String reason(Throwable failure) {
        String innermost = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof dev.usher.platform.errors.UsherException && t.getMessage() != null) {
                return t.getMessage();
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                innermost = t.getMessage();
            } else if (innermost == null) {
                innermost = t.getClass().getSimpleName();
            }
        }
        return innermost;
    }
}
