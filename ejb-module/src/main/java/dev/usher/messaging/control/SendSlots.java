package dev.usher.messaging.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A business number's send timeline in PostgreSQL ({@code whatsapp_send_timeline}), shared by every
 * server on the database: a reservation moves the number's next send time forward by the slots it
 * takes, so servers sending on one number together stay within its rate. Times are the database's
 * clock and answered as a wait from now, so servers with skewed clocks still agree. Each call
 * commits on its own and skips waiting for the disk: a reservation lost in a crash only leaves a
 * gap in the timeline.
 */
@ApplicationScoped
public class SendSlots {

    private static final String RESERVE = """
            INSERT INTO whatsapp_send_timeline AS t (phone_number_id, next_at)
            VALUES (?, clock_timestamp() + make_interval(secs => ?))
            ON CONFLICT (phone_number_id) DO UPDATE
               SET next_at = greatest(t.next_at, clock_timestamp()) + make_interval(secs => ?)
            RETURNING extract(epoch FROM t.next_at - make_interval(secs => ?) - clock_timestamp())""";

    private static final String HOLD_OFF = """
            INSERT INTO whatsapp_send_timeline AS t (phone_number_id, next_at)
            VALUES (?, clock_timestamp() + make_interval(secs => ?))
            ON CONFLICT (phone_number_id) DO UPDATE
               SET next_at = greatest(t.next_at, clock_timestamp() + make_interval(secs => ?))""";

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    /**
     * Reserves {@code slots} consecutive sends at {@code perSecond} on this number; answers how long
     * from now the first of them may go (zero or less: at once), the others following one period apart.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration reserve(String phoneNumberId, int slots, double perSecond) {
        return Duration.ofNanos(Math.round(upsert(RESERVE, phoneNumberId, slots / perSecond) * 1e9));
    }

    /** Nothing more goes on this number, from any server, sooner than {@code wait} from now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void holdOff(String phoneNumberId, Duration wait) {
        upsert(HOLD_OFF, phoneNumberId, wait.toNanos() / 1e9);
    }

    /**
     * Runs one of the statements above: the number, then {@code seconds} for every other parameter;
     * answers the first column of its row, if it returns one (else 0).
     */
    private double upsert(String sql, String phoneNumberId, double seconds) {
        try (Connection connection = dataSource.getConnection()) {
            asynchronousCommit(connection);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, phoneNumberId);
                long parameters = sql.chars().filter(c -> c == '?').count();
                for (int i = 2; i <= parameters; i++) {
                    statement.setDouble(i, seconds);
                }
                if (!statement.execute()) {
                    return 0;
                }
                try (ResultSet row = statement.getResultSet()) {
                    row.next();
                    return row.getDouble(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the WhatsApp send timeline of " + phoneNumberId, e);
        }
    }

    private static void asynchronousCommit(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SET LOCAL synchronous_commit = off")) {
            statement.execute();
        }
    }
}
