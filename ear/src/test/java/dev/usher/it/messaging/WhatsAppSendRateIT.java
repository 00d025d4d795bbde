package dev.usher.it.messaging;

import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GraphApiStub;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.count;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WhatsApp send rate of a business number is one for all servers on the database: a broadcast
 * takes its sends from the number's timeline in {@code whatsapp_send_timeline}, where other servers
 * reserve theirs, and a throttling answer from Meta moves that timeline for every server. The other
 * server is played here by the database row it would write (times are the database's clock, the
 * same machine's as this test's).
 */
class WhatsAppSendRateIT extends ArquillianIT {

    private static final GraphApiStub GRAPH = TestEnvironment.graphApi();
    private static final String NUMBER = TestEnvironment.WHATSAPP_PHONE_NUMBER_ID;
    private static final String BROADCAST = "{\"template\":{\"name\":\"gala_invite\",\"language\":\"en\","
            + "\"bodyParameters\":[\"{firstName}\"]},\"side\":\"rate\"}";

    @Test
    void aBroadcastWaitsForTheSendsAnotherServerReservedOnItsNumber() {
        Fixture f = Fixture.create();
        Map<String, Long> calledAt = new ConcurrentHashMap<>();
        List<String> phones = List.of(uniquePhone(), uniquePhone(), uniquePhone());
        for (String phone : phones) {
            Fixture.created(f.editor.post(f.events("/guests"),
                    "{\"firstName\":\"Rate\",\"phone\":\"" + phone + "\",\"side\":\"rate\"}"));
            GRAPH.whenCalled(phone, () -> calledAt.put(phone, System.currentTimeMillis()));
        }
        // Another server has reserved the number's next 4 seconds of sends.
        Db.update("INSERT INTO whatsapp_send_timeline (phone_number_id, next_at) "
                + "VALUES (?, clock_timestamp() + interval '4 seconds') ON CONFLICT (phone_number_id) "
                + "DO UPDATE SET next_at = greatest(whatsapp_send_timeline.next_at, EXCLUDED.next_at)", NUMBER);
        long reservedUntil = nextAt();

        JsonObject job = awaitEnd(f.editor, executionId(f.editor.post(f.events("/whatsapp/broadcast"), BROADCAST)));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(count(job, "sent")).isEqualTo(3);
        assertThat(calledAt).hasSize(3);
        assertThat(calledAt.values()).as("no send before the other server's reserved time ends")
                .allSatisfy(at -> assertThat(at).isGreaterThanOrEqualTo(reservedUntil - 20));
        assertThat(nextAt()).as("this server's sends were reserved after it").isGreaterThan(reservedUntil);
    }

    @Test
    void aThrottledAnswerHoldsOffEveryServersSendsOnTheNumber() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        Fixture.created(f.editor.post(f.events("/guests"),
                "{\"firstName\":\"Throttled\",\"phone\":\"" + phone + "\",\"side\":\"rate\"}"));
        long[] throttledAt = new long[1];
        GRAPH.answer(phone, GraphApiStub.Reply.THROTTLED.withRetryAfter("3"));
        GRAPH.whenCalled(phone, () -> {
            if (throttledAt[0] == 0) {
                throttledAt[0] = System.currentTimeMillis();
            }
        });

        JsonObject job = awaitEnd(f.editor, executionId(f.editor.post(f.events("/whatsapp/broadcast"), BROADCAST)));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(count(job, "sent")).as("sent on the retry").isEqualTo(1);
        assertThat(GRAPH.requestsTo(phone)).hasSize(2);
        assertThat(nextAt()).as("Meta's 3 s wait is on the shared timeline, for the other servers too")
                .isGreaterThanOrEqualTo(throttledAt[0] + 2_900);
    }

    /** The number's next send time on the shared timeline, in epoch milliseconds. */
    private static long nextAt() {
        return Db.count("SELECT (extract(epoch FROM next_at) * 1000)::bigint FROM whatsapp_send_timeline "
                + "WHERE phone_number_id = ?", NUMBER);
    }
}
