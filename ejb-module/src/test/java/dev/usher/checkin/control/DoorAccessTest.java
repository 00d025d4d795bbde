package dev.usher.checkin.control;

import dev.usher.events.entity.EventRole;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DoorAccessTest {

    private static final UUID EVENT = UUID.randomUUID();

    @Test
    void scannersAdmitAtAnyDoorAndAnEventsAdminsAtTheirs() {
        assertThat(DoorAccess.refusal(true, null, null)).isEmpty();
        assertThat(DoorAccess.refusal(true, EVENT, null)).isEmpty();
        assertThat(DoorAccess.refusal(false, EVENT, EventRole.admin)).isEmpty();
    }

    @Test
    void everyoneElseIsToldWhy() {
        assertThat(DoorAccess.refusal(false, null, null)).get().asString()
                .contains("every event needs the scanner role");
        assertThat(DoorAccess.refusal(false, EVENT, EventRole.editor)).get().asString()
                .contains("admin role in the event").endsWith("you are an editor");
        assertThat(DoorAccess.refusal(false, EVENT, EventRole.viewer)).get().asString().endsWith("you are a viewer");
        assertThat(DoorAccess.refusal(false, EVENT, null)).get().asString().endsWith("you are not a member of it");
    }
}
