package dev.usher.reminders.entity;

/** How a reminder reaches a guest. */
public enum ReminderChannel {
    email, whatsapp
}
