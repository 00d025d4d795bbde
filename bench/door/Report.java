import java.util.Map;

/** The benchmark's printed lines: latencies in milliseconds, and ratios to the ceiling of the same run. */
final class Report {

    private Report() {
    }

    static void header(String title) {
        System.out.printf("%n%s%n", title);
    }

    /** An open-loop line: latencies from the scheduled moment, acts done of those scheduled, achieved rate. */
    static void open(String what, Latencies l, long scheduled, double seconds) {
        System.out.printf("  %-44s p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  %,6d of %,6d scheduled, %6.1f /s"
                        + "  errors %d%s%n", what, l.p50(), l.p99(), l.max(), l.count(), scheduled, l.count() / seconds,
                l.errors(), answers(l));
        firstError(l);
    }

    /** A closed-loop line: the rate `clients` clients got, and its latencies from send to answer. */
    static void closed(String what, ClosedLoop.Result r) {
        Latencies l = r.latencies();
        System.out.printf("  %-44s %8.0f /s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %d%n", what, r.perSecond(),
                l.p50(), l.p99(), l.max(), l.errors());
        firstError(l);
    }

    /** p50 and p99 of a figure divided by those of its ceiling (1: as fast as the ceiling; 4: four times its time). */
    static void latencyRatio(String what, Latencies figure, Latencies ceiling) {
        System.out.printf("  %-44s p50 %6.1f x   p99 %6.1f x%n", what, figure.p50() / ceiling.p50(),
                figure.p99() / ceiling.p99());
    }

    static void line(String format, Object... args) {
        System.out.printf("  " + format + "%n", args);
    }

    private static String answers(Latencies l) {
        Map<String, Integer> answers = l.answers();
        return answers.isEmpty() ? "" : "  " + answers;
    }

    private static void firstError(Latencies l) {
        if (l.firstError() != null) {
            System.out.printf("    first error: %s%n", l.firstError());
        }
    }
}
