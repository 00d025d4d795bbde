package dev.usher.checkin.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;

/**
 * What the door answered. Stored and shown with hyphens ({@code already-used}), which a Java
 * name cannot have, hence {@link #wire()} and the converter.
 */
public enum ScanOutcome {
    /** Seats were admitted now. */
    admitted("admitted"),
    /** Every seat of the code was already admitted. */
    already_used("already-used"),
    /** Fewer seats are left than the station asked for; nobody was admitted. */
    not_enough_seats("not-enough-seats"),
    revoked("revoked"),
    /** The station is bound to another event than the code's. */
    wrong_event("wrong-event"),
    /** No invitation has this code. */
    unknown("unknown"),
    /**
     * The station asked to be told instead of admitting every seat: the code has more than one
     * seat left, or some of its party already came. Nothing is admitted or recorded; the station
     * asks how many arrive now and posts again with that count.
     */
    choose_seats("choose-seats"),
    /** The station's list does not admit this code (its invitation type or guest group). */
    not_on_list("not-on-list"),
    /** The station's list is not open now (before it opens, or after it closed). */
    outside_hours("outside-hours"),
    /** An exit scan let people out; with re-entry they may come back in. */
    exited("exited"),
    /** An exit scan of a code none of whose party is inside. */
    not_inside("not-inside"),
    /** An exit scan on a list that keeps no exits. */
    no_exits("no-exits"),
    /**
     * The code's expiry instant has passed ({@code InvitationExpiry}); nobody was admitted. Exits
     * are still let out: whoever is inside may leave.
     */
    expired("expired");

    private final String wire;

    ScanOutcome(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static ScanOutcome ofWire(String wire) {
        return Arrays.stream(values()).filter(o -> o.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No scan outcome " + wire));
    }

    /** Stores the hyphenated spelling. */
    @Converter
    public static class Column implements AttributeConverter<ScanOutcome, String> {

        @Override
        public String convertToDatabaseColumn(ScanOutcome outcome) {
            return outcome == null ? null : outcome.wire;
        }

        @Override
        public ScanOutcome convertToEntityAttribute(String wire) {
            return wire == null ? null : ofWire(wire);
        }
    }
}
