import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one kind of request measured: each latency, errors (a failed request, or an answer that is
 * not the expected one) and the answers counted by kind. Thread-safe; every method is short.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int errors;
    private String firstError;
    private final Map<String, Integer> answers = new TreeMap<>();

    synchronized void add(long latencyNanos, String answer) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
        if (answer != null) {
            answers.merge(answer, 1, Integer::sum);
        }
    }

    synchronized void error(long latencyNanos, Exception e) {
        add(latencyNanos, null);
        errors++;
        if (firstError == null) {
            firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized String firstError() {
        return firstError;
    }

    synchronized Map<String, Integer> answers() {
        return new TreeMap<>(answers);
    }

    /** The q-quantile in milliseconds (0.5: the median; 1: the maximum); NaN when nothing was measured. */
    synchronized double ms(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, (int) (count * q))] / 1e6;
    }

    double p50() {
        return ms(0.5);
    }

    double p99() {
        return ms(0.99);
    }

    double max() {
        return ms(1);
    }
}
