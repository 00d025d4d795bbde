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
        double seconds = slots / perSecond;
        try (Connection connection = dataSource.getConnection()) {
            asynchronousCommit(connection);
            try (PreparedStatement statement = connection.prepareStatement(RESERVE)) {
                statement.setString(1, phoneNumberId);
                statement.setDouble(2, seconds);
                statement.setDouble(3, seconds);
                statement.setDouble(4, seconds);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return Duration.ofNanos(Math.round(row.getDouble(1) * 1e9));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reserve WhatsApp sends", e);
        }
    }

    /** Nothing more goes on this number, from any server, sooner than {@code wait} from now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void holdOff(String phoneNumberId, Duration wait) {
        double seconds = wait.toNanos() / 1e9;
        try (Connection connection = dataSource.getConnection()) {
            asynchronousCommit(connection);
            try (PreparedStatement statement = connection.prepareStatement(HOLD_OFF)) {
                statement.setString(1, phoneNumberId);
                statement.setDouble(2, seconds);
                statement.setDouble(3, seconds);
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot hold off WhatsApp sends", e);
        }
    }

    private static void asynchronousCommit(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SET LOCAL synchronous_commit = off")) {
            statement.execute();
        }
    }
}
