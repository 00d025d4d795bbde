package dev.usher.invitations.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The counters behind {@link ClientRateLimit}, in PostgreSQL ({@code rate_limit_windows}), so every
 * server on the database counts together. Windows are the database clock's minutes, so servers
 * with skewed clocks still agree. Each call commits on its own: a refused or failed request still
 * counts. One statement a call (plain JDBC, for the text arrays).
 */
@ApplicationScoped
public class RateLimitCounters {

    /** The counts of a window, in the order asked, and the time left in it. */
    public record Window(List<Long> counts, Duration left) {
    }

    private static final String HIT_AND_READ = """
            WITH hit AS (
                INSERT INTO rate_limit_windows (bucket, window_start, hits) VALUES (?, date_trunc('minute', now()), 1)
                ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
                RETURNING hits)
            SELECT (SELECT hits FROM hit),
                   (SELECT array_agg(coalesce(w.hits, 0) ORDER BY b.n)
                      FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS b (bucket, n)
                      LEFT JOIN rate_limit_windows w
                        ON w.bucket = b.bucket AND w.window_start = date_trunc('minute', now())),
                   extract(epoch FROM date_trunc('minute', now()) + interval '1 minute' - clock_timestamp())""";

    private static final String HIT_ALL = """
            INSERT INTO rate_limit_windows (bucket, window_start, hits)
            SELECT b, date_trunc('minute', now()), 1 FROM unnest(CAST(? AS text[])) AS b
            ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1""";

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    /** Adds one hit to {@code counted}; answers its count in this window, then the counts of {@code alsoRead}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Window hit(String counted, List<String> alsoRead) {
        try (Connection connection = dataSource.getConnection()) {
            forgetOldWindows(connection);
            try (PreparedStatement statement = connection.prepareStatement(HIT_AND_READ)) {
                statement.setString(1, counted);
                statement.setArray(2, connection.createArrayOf("text", alsoRead.toArray()));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    List<Long> counts = new ArrayList<>(List.of(row.getLong(1)));
                    if (!alsoRead.isEmpty()) {
                        for (Object count : (Object[]) row.getArray(2).getArray()) {
                            counts.add(((Number) count).longValue());
                        }
                    }
                    return new Window(counts, Duration.ofMillis(Math.round(row.getDouble(3) * 1000)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the request", e);
        }
    }

    /** Adds one hit to each bucket. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hit(List<String> buckets) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(HIT_ALL)) {
            statement.setArray(1, connection.createArrayOf("text", buckets.toArray()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the request", e);
        }
    }

    /** Now and then (one call in 200), drops windows over ten minutes old: the table holds minutes, not history. */
    private static void forgetOldWindows(Connection connection) throws SQLException {
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM rate_limit_windows WHERE window_start < now() - interval '10 minutes'")) {
                delete.executeUpdate();
            }
        }
    }
}
