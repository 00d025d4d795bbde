/** Reminders to guests who have not answered: scheduled or sent now, by e-mail or WhatsApp, as the reminder-send job. */
package dev.usher.reminders;
