/** The reminder-send job: one reminder per guest who has not answered, never twice. */
package dev.usher.batch.reminders;
