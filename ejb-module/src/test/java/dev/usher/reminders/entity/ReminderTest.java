package dev.usher.reminders.entity;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reminder moves once: scheduled, then started or cancelled. */
class ReminderTest {

    private static Reminder scheduled() {
        return new Reminder(UUID.randomUUID(), ReminderChannel.email, false, "Please answer", null,
                OffsetDateTime.now().plusHours(1), UUID.randomUUID());
    }

    @Test
    void aScheduledReminderStartsOnce() {
        Reminder reminder = scheduled();
        assertThat(reminder.state()).isEqualTo(ReminderState.scheduled);
        assertThat(reminder.started(7)).isTrue();
        assertThat(reminder.state()).isEqualTo(ReminderState.started);
        assertThat(reminder.jobInstanceId()).isEqualTo(7);
        assertThat(reminder.started(8)).isFalse();
        assertThat(reminder.jobInstanceId()).isEqualTo(7);
        assertThat(reminder.cancel()).isFalse();
        assertThat(reminder.state()).isEqualTo(ReminderState.started);
    }

    @Test
    void aCancelledReminderNeverStarts() {
        Reminder reminder = scheduled();
        assertThat(reminder.cancel()).isTrue();
        assertThat(reminder.cancelledAt()).isNotNull();
        assertThat(reminder.started(9)).isFalse();
        assertThat(reminder.state()).isEqualTo(ReminderState.cancelled);
        assertThat(reminder.jobInstanceId()).isNull();
    }

    @Test
    void aWhatsAppReminderNeedsItsContent() {
        assertThatThrownBy(() -> new Reminder(UUID.randomUUID(), ReminderChannel.whatsapp, false, null, null,
                OffsetDateTime.now(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
