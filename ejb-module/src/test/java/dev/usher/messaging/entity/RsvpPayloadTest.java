package dev.usher.messaging.entity;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RsvpPayloadTest {

    @Test
    void aPayloadReadsBackAsItWasWritten() {
        RsvpPayload payload = new RsvpPayload(UUID.randomUUID(), RsvpAnswer.no);
        assertThat(RsvpPayload.parse(payload.format())).contains(payload);
        assertThat(payload.answer().status().name()).isEqualTo("declined");
    }

    @Test
    void anythingElseIsNotAnUsherPayload() {
        assertThat(RsvpPayload.parse(null)).isEmpty();
        assertThat(RsvpPayload.parse("Yes")).isEmpty();
        assertThat(RsvpPayload.parse("usher-rsvp:not-a-uuid:yes")).isEmpty();
        assertThat(RsvpPayload.parse("usher-rsvp:" + UUID.randomUUID() + ":maybe")).isEmpty();
    }
}
