package dev.usher.audit;

import dev.usher.audit.control.AuditChanges;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangesTest {

    private record Guest(String firstName, String email, Integer partySize, LocalDate since, List<String> tags,
                         String rsvpToken, String apiKey) {
    }

    @Test
    void anUpdateListsOnlyTheFieldsThatDifferWithBeforeAndAfter() {
        Guest before = new Guest("Noa", null, 1, LocalDate.of(2027, 6, 1), List.of("a"), "t1", "k1");
        Guest after = new Guest("Noa", "noa@example.com", 2, LocalDate.of(2027, 6, 1), List.of("a", "b"), "t2", "k2");
        JsonObject changes = AuditChanges.of(before, after);
        assertThat(changes.keySet()).containsExactly("email", "partySize", "tags");
        assertThat(changes.getJsonObject("email").isNull("before")).isTrue();
        assertThat(changes.getJsonObject("email").getString("after")).isEqualTo("noa@example.com");
        assertThat(changes.getJsonObject("partySize").getInt("before")).isEqualTo(1);
        assertThat(changes.getJsonObject("tags").getJsonArray("after")).hasSize(2);
    }

    @Test
    void aCreationListsTheFieldsSetAndARemovalTheFieldsHeldNeverATokenOrKey() {
        Guest guest = new Guest("Noa", null, 1, LocalDate.of(2027, 6, 1), List.of(), "secret-token", "key");
        assertThat(AuditChanges.of(null, guest).toString())
                .isEqualTo("{\"firstName\":\"Noa\",\"partySize\":1,\"since\":\"2027-06-01\",\"tags\":[]}");
        assertThat(AuditChanges.of(guest, null).keySet()).containsExactly("firstName", "partySize", "since", "tags");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", "INV-1");
        map.put("secret", "whsec_x");
        map.put("password", "p");
        assertThat(AuditChanges.of(null, map).toString()).isEqualTo("{\"number\":\"INV-1\"}");
    }

    @Test
    void pickKeepsTheNamedFieldsInTheirOrderNullsIncluded() {
        Guest guest = new Guest("Noa", null, 3, null, List.of(), "t", "k");
        Map<String, Object> picked = AuditChanges.pick(guest, "partySize", "email", "rsvpToken", "nope");
        assertThat(picked).containsExactly(Map.entry("partySize", 3), new java.util.AbstractMap.SimpleEntry<>("email", null));
    }

    @Test
    void anUnchangedUpdateIsEmpty() {
        Guest guest = new Guest("Noa", null, 3, null, List.of(), "t", "k");
        assertThat(AuditChanges.of(guest, guest)).isEmpty();
    }
}
