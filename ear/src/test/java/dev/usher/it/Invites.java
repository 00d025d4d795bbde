package dev.usher.it;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations for tests: made through the API by a super-admin, tokens read from the database. */
public final class Invites {

    public static final Api SUPER_ADMIN = Api.as("super-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
            "super-admin");
    public static final Api SCANNER = Api.as("scanner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
            "scanner");

    private Invites() {
    }

    /** A pending (unsent) invitation for this event (or none) admitting {@code seats}. */
    public static JsonObject draft(String eventId, int seats) {
        String email = Api.uniqueEmail("guest");
        String event = eventId == null ? "" : ",\"eventId\":\"" + eventId + "\"";
        Api.Reply reply = SUPER_ADMIN.post("/api/admin/official-invitations",
                "{\"recipientName\":\"Dana Cohen\",\"email\":\"" + email + "\",\"seats\":" + seats + event
                        + ",\"send\":false}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    /** The token of an invitation, as only the database (and the QR code) knows it. */
    public static String token(String invitationId) {
        try (Connection c = Db.connect();
             PreparedStatement s = c.prepareStatement("SELECT token FROM invitations WHERE id = ?")) {
            s.setObject(1, UUID.fromString(invitationId));
            try (ResultSet rows = s.executeQuery()) {
                assertThat(rows.next()).as("invitation " + invitationId).isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String checkIn(String token, String station, Integer seats, String nonce, String eventId) {
        StringBuilder json = new StringBuilder("{\"token\":\"" + token + "\",\"station\":\"" + station + "\"");
        if (seats != null) {
            json.append(",\"seats\":").append(seats);
        }
        if (nonce != null) {
            json.append(",\"nonce\":\"").append(nonce).append('"');
        }
        if (eventId != null) {
            json.append(",\"eventId\":\"").append(eventId).append('"');
        }
        return json.append('}').toString();
    }
}
