package dev.usher.reminders.entity;

/** {@code scheduled} until a server claims it and starts its job ({@code started}); {@code cancelled} before that. */
public enum ReminderState {
    scheduled, started, cancelled
}
