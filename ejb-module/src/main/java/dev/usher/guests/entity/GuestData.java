package dev.usher.guests.entity;

/**
 * A guest's details after validation and normalization: names trimmed, phone in E.164,
 * e-mail lower-cased, blanks turned into nulls, party size at least 1.
 */
public record GuestData(String firstName, String lastName, String phone, String email, String side,
                        GuestStatus status, int partySize, String notes) {
}
