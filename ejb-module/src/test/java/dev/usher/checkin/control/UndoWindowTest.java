package dev.usher.checkin.control;

import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UndoWindowTest {

    private static final UUID STAFF = UUID.randomUUID();
    private static final OffsetDateTime AT = OffsetDateTime.of(2027, 6, 1, 19, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration FIVE = Duration.ofMinutes(5);

    @Test
    void theStaffMemberWhoAdmittedMayUndoUntilTheWindowEnds() {
        assertThatCode(() -> UndoWindow.check(false, STAFF, STAFF, AT, AT.plusSeconds(10), FIVE))
                .doesNotThrowAnyException();
        assertThatCode(() -> UndoWindow.check(false, STAFF, STAFF, AT, AT.plus(FIVE), FIVE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UndoWindow.check(false, STAFF, STAFF, AT, AT.plus(FIVE).plusSeconds(1), FIVE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("5 minutes to undo this admission at the station ended at 19:05:00 UTC");
    }

    @Test
    void otherStaffMayNotButCorrectorsMayAtAnyTime() {
        assertThatThrownBy(() -> UndoWindow.check(false, UUID.randomUUID(), STAFF, AT, AT.plusSeconds(1), FIVE))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Only the staff member who made this admission");
        assertThatThrownBy(() -> UndoWindow.check(false, STAFF, null, AT, AT.plusSeconds(1), FIVE))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> UndoWindow.check(true, UUID.randomUUID(), STAFF, AT, AT.plusSeconds(3600), FIVE))
                .doesNotThrowAnyException();
    }
}
