package dev.usher.imports.control;

import dev.usher.guests.entity.GuestData;

import java.util.Set;

/** A row that passed the guest rules, with the fields its file actually filled (for merges). */
public record CheckedRow(int number, GuestData data, Set<GuestField> provided) {
}
